package org.comity.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.comity.core.identity.Agencies;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates agencies by a fixed {@code Authorization: Bearer <token>} on the API: the demo
 * profile's tokens ({@code demo-cn-mps}), on only where {@code comity.oauth2.static-tokens} is on (the
 * demo profile and the tests). Access tokens (JWTs, which contain dots) are left to the resource
 * server. A wrong fixed token is answered at once with 401 and counted against the client address
 * like a failed password.
 */
class AgencyTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final Agencies agencies;
    private final LoginThrottle throttle;
    private final AuthenticationEntryPoint entryPoint;

    AgencyTokenFilter(Agencies agencies, LoginThrottle throttle, AuthenticationEntryPoint entryPoint) {
        this.agencies = agencies;
        this.throttle = throttle;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || AccessTokens.isAccessToken(header)) {
            chain.doFilter(request, response);
            return;
        }
        var agency = agencies.authenticate(header.substring(BEARER.length()).strip());
        if (agency.isEmpty()) {
            throttle.failed(null, request.getRemoteAddr());
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("invalid token"));
            return;
        }
        var authentication = new PreAuthenticatedAuthenticationToken(
                new AgencyPrincipal(agency.get()),
                null,
                List.of(
                        new SimpleGrantedAuthority("ROLE_AGENCY"),
                        new SimpleGrantedAuthority("SCOPE_" + AgencyScopes.READ),
                        new SimpleGrantedAuthority("SCOPE_" + AgencyScopes.WRITE)));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        chain.doFilter(request, response);
    }
}
