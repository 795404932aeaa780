package org.comity.web.security;

import java.time.Clock;
import java.time.Instant;
import org.comity.core.audit.AuditActor;
import org.comity.core.audit.AuditCategory;
import org.comity.core.audit.AuditEvent;
import org.comity.core.audit.AuditLog;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.identity.Agencies;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Authorization Server's record of issued tokens (JDBC, shared by every node), with what
 * Comity adds around it in the same transaction: each issued and each revoked access token is an
 * entry of the audit log (actions {@value #ISSUED} and {@value #REVOKED}, object the agency, the
 * token's id in the purpose), and a revoked token's id goes to {@link TokenRevocations}, which
 * every node consults per request. Client credentials issue one token per authorization and no
 * refresh token, so a saved authorization is either a new token or a revoked one.
 */
final class AuditedAuthorizationService implements OAuth2AuthorizationService {

    static final String ISSUED = "agency.token-issue";
    static final String REVOKED = "agency.token-revoke";

    private final OAuth2AuthorizationService stored;
    private final TokenRevocations revocations;
    private final Agencies agencies;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AuditedAuthorizationService(
            OAuth2AuthorizationService stored,
            TokenRevocations revocations,
            Agencies agencies,
            AuditLog audit,
            TransactionTemplate transaction,
            Clock clock) {
        this.stored = stored;
        this.revocations = revocations;
        this.agencies = agencies;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        transaction.executeWithoutResult(status -> {
            stored.save(authorization);
            OAuth2Authorization.Token<OAuth2AccessToken> token = authorization.getAccessToken();
            if (token == null) {
                return;
            }
            String tokenId = String.valueOf(
                    token.getClaims() == null
                            ? authorization.getId()
                            : token.getClaims().get("jti"));
            if (token.isInvalidated()) {
                Instant expires = token.getToken().getExpiresAt();
                Instant now = clock.instant();
                revocations.revokeToken(tokenId, now, expires == null || expires.isBefore(now) ? now : expires);
                record(authorization.getPrincipalName(), REVOKED, tokenId);
            } else {
                record(authorization.getPrincipalName(), ISSUED, tokenId);
            }
        });
    }

    private void record(String agencyId, String action, String tokenId) {
        String jurisdiction = agencies.find(agencyId).map(a -> a.jurisdiction()).orElse(null);
        audit.record(AuditEvent.of(AuditActor.agency(agencyId, jurisdiction), AuditCategory.ALTERATION, action)
                .object(AuditObjectType.AGENCY, agencyId)
                .purpose("access token " + tokenId)
                .build());
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        stored.remove(authorization);
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return stored.findById(id);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return stored.findByToken(token, tokenType);
    }
}
