package org.comity.web.security;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.comity.core.audit.AuditActor;
import org.comity.core.audit.AuditCategory;
import org.comity.core.audit.AuditEvent;
import org.comity.core.audit.AuditLog;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.identity.Agencies;
import org.comity.core.identity.Agency;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An agency's OAuth 2.0 client: its client id is the agency's id, its secret is hashed once here, at
 * registration (bcrypt, checked once per token request, not per API call), it may use the
 * {@code client_credentials} grant only, with the scopes of {@link AgencyScopes}. Revoking a client
 * removes its registration (no new tokens) and ends every token it holds at once
 * ({@link TokenRevocations}); both are audited.
 */
@Service
public class AgencyClients {

    static final String REGISTERED = "agency.client-register";
    static final String REVOKED = "agency.client-revoke";
    static final String ROTATED = "agency.client-secret-rotate";

    private final RegisteredClientRepository clients;
    private final Agencies agencies;
    private final PasswordEncoder encoder;
    private final OAuth2Settings settings;
    private final TokenRevocations revocations;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final Clock clock;

    AgencyClients(
            RegisteredClientRepository clients,
            Agencies agencies,
            PasswordEncoder encoder,
            OAuth2Settings settings,
            TokenRevocations revocations,
            AuditLog audit,
            TransactionTemplate transaction,
            JdbcClient jdbc,
            Clock clock) {
        this.clients = clients;
        this.agencies = agencies;
        this.encoder = encoder;
        this.settings = settings;
        this.revocations = revocations;
        this.audit = audit;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Registers the agency's client with this secret unless it has one; returns whether it was
     * registered. Safe when several nodes register at once (the unique client id decides).
     */
    public boolean registerIfAbsent(String agencyId, String secret) {
        Agency agency = agency(agencyId);
        return clients.findByClientId(agencyId) == null && register(agency, encoder.encode(secret));
    }

    /**
     * Gives the agency's client this secret, already hashed with bcrypt ({@code comity.agencies}):
     * registers the client if it has none, rotates its secret if the hash differs (audited as
     * {@value #ROTATED}; tokens issued before stay valid until they expire), else changes nothing.
     */
    public void saveHashedSecret(String agencyId, String secretHash) {
        Agency agency = agency(agencyId);
        RegisteredClient existing = clients.findByClientId(agencyId);
        if (existing == null) {
            register(agency, secretHash);
        } else if (!secretHash.equals(existing.getClientSecret())) {
            transaction.executeWithoutResult(status -> {
                clients.save(
                        RegisteredClient.from(existing).clientSecret(secretHash).build());
                record(agency, ROTATED);
            });
        }
    }

    private boolean register(Agency agency, String secretHash) {
        RegisteredClient client = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(agency.id())
                .clientName(agency.name())
                .clientSecret(secretHash)
                .clientIdIssuedAt(clock.instant())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(AgencyScopes.ALL))
                .tokenSettings(TokenSettings.builder()
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(settings.accessTokenLifetime())
                        .build())
                .build();
        try {
            transaction.executeWithoutResult(status -> {
                clients.save(client);
                record(agency, REGISTERED);
            });
        } catch (DuplicateKeyException registeredMeanwhile) {
            return false;
        }
        return true;
    }

    private Agency agency(String agencyId) {
        return agencies.find(agencyId).orElseThrow(() -> new IllegalArgumentException("No agency " + agencyId));
    }

    /** Ends the agency's client: no new token, and every token issued so far refused from now on. */
    public void revoke(String agencyId) {
        Agency agency = agency(agencyId);
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM oauth2_registered_client WHERE client_id = ?")
                    .param(agencyId)
                    .update();
            revocations.revokeClient(agencyId, now, now.plus(settings.accessTokenLifetime()));
            record(agency, REVOKED);
        });
    }

    private void record(Agency agency, String action) {
        audit.record(
                AuditEvent.of(AuditActor.agency(agency.id(), agency.jurisdiction()), AuditCategory.ALTERATION, action)
                        .object(AuditObjectType.AGENCY, agency.id())
                        .build());
    }
}
