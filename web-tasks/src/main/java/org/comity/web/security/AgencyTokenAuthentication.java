package org.comity.web.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;

/**
 * Turns a validly signed, unexpired access token into the agency it was issued to: one indexed
 * query ({@link TokenRevocations#agencyOf}) that also refuses a revoked token, a revoked client and a
 * disabled agency. The token's scopes become {@code SCOPE_*} authorities ({@link AgencyScopes}).
 */
final class AgencyTokenAuthentication implements Converter<Jwt, AbstractAuthenticationToken> {

    private final TokenRevocations revocations;

    AgencyTokenAuthentication(TokenRevocations revocations) {
        this.revocations = revocations;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        var agency = jwt.getSubject() == null || jwt.getId() == null || jwt.getIssuedAt() == null
                ? null
                : revocations
                        .agencyOf(jwt.getSubject(), jwt.getId(), jwt.getIssuedAt())
                        .orElse(null);
        if (agency == null) {
            throw new InvalidBearerTokenException("The access token was revoked or its agency is disabled");
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_AGENCY"));
        List<String> scopes = jwt.getClaimAsStringList("scope");
        if (scopes != null) {
            scopes.forEach(scope -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
        }
        return new PreAuthenticatedAuthenticationToken(new AgencyPrincipal(agency), jwt, authorities);
    }
}
