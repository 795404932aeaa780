package org.comity.web.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.comity.core.identity.Agency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Revoked access tokens and clients, in {@code comity_token_revocation}, shared by every node. An
 * access token is a signed JWT that each node checks on its own; what makes a revocation take effect
 * at once everywhere is this table, read with the agency in one indexed query per request: a token is
 * refused when its id ({@code jti}) is listed, or when its client was revoked at or after the token
 * was issued (so that a client registered anew gets working tokens again). A row is kept until the
 * longest-lived token it could concern has expired.
 */
@Repository
class TokenRevocations {

    private static final String AGENCY_OF_A_VALID_TOKEN = """
            SELECT a.id, a.name, a.jurisdiction, a.enabled FROM comity_agency a
            WHERE a.id = ? AND a.enabled = TRUE AND NOT EXISTS (SELECT 1 FROM comity_token_revocation r
                WHERE r.subject = ? OR (r.subject = ? AND r.revoked_at >= ?))""";

    private final JdbcClient jdbc;

    TokenRevocations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The enabled agency a token was issued to, unless the token or its client was revoked. */
    Optional<Agency> agencyOf(String clientId, String tokenId, Instant issuedAt) {
        return jdbc.sql(AGENCY_OF_A_VALID_TOKEN)
                .params(clientId, token(tokenId), client(clientId), utc(issuedAt))
                .query((rs, n) -> new Agency(
                        rs.getString("id"),
                        rs.getString("name"),
                        rs.getString("jurisdiction"),
                        rs.getBoolean("enabled")))
                .optional();
    }

    void revokeToken(String tokenId, Instant now, Instant expiresAt) {
        forgetExpired(now);
        if (jdbc.sql("UPDATE comity_token_revocation SET revoked_at = ? WHERE subject = ?")
                        .params(utc(now), token(tokenId))
                        .update()
                == 0) {
            jdbc.sql("INSERT INTO comity_token_revocation (subject, revoked_at, expires_at) VALUES (?, ?, ?)")
                    .params(token(tokenId), utc(now), utc(expiresAt))
                    .update();
        }
    }

    /** Every token the client holds now stops working; {@code keepUntil}: when the last of them expires. */
    void revokeClient(String clientId, Instant now, Instant keepUntil) {
        forgetExpired(now);
        if (jdbc.sql("UPDATE comity_token_revocation SET revoked_at = ?, expires_at = ? WHERE subject = ?")
                        .params(utc(now), utc(keepUntil), client(clientId))
                        .update()
                == 0) {
            jdbc.sql("INSERT INTO comity_token_revocation (subject, revoked_at, expires_at) VALUES (?, ?, ?)")
                    .params(client(clientId), utc(now), utc(keepUntil))
                    .update();
        }
    }

    private void forgetExpired(Instant now) {
        jdbc.sql("DELETE FROM comity_token_revocation WHERE expires_at < ?")
                .param(utc(now))
                .update();
    }

    private static String token(String tokenId) {
        return "token:" + tokenId;
    }

    private static String client(String clientId) {
        return "client:" + clientId;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
