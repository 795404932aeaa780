package org.comity.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Tells an access token (a JWT: three dot-separated parts) from a fixed demo token in an
 * {@code Authorization: Bearer} header, so that each goes to its own check and neither is tried as
 * the other.
 */
final class AccessTokens implements BearerTokenResolver {

    private final DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();

    static boolean isAccessToken(String authorizationHeader) {
        return authorizationHeader.chars().filter(c -> c == '.').count() == 2;
    }

    @Override
    public String resolve(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && isAccessToken(authorization) ? header.resolve(request) : null;
    }
}
