package org.comity.core.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Agencies and their API tokens, in table {@code comity_agency}. Tokens are stored as SHA-256
 * hashes: a token is a long random secret, not a password a person chose, so a fast hash is enough
 * and lets a request's token be found by an index lookup instead of trying every agency's bcrypt.
 */
@Repository
public class Agencies {

    private static final RowMapper<Agency> ROW = (rs, n) -> new Agency(
            rs.getString("id"), rs.getString("name"), rs.getString("jurisdiction"), rs.getBoolean("enabled"));

    private final JdbcClient jdbc;
    private final JurisdictionRegistry jurisdictions;
    private final Clock clock;

    Agencies(JdbcClient jdbc, JurisdictionRegistry jurisdictions, Clock clock) {
        this.jdbc = jdbc;
        this.jurisdictions = jurisdictions;
        this.clock = clock;
    }

    /** The enabled agency owning this token, if any. */
    public Optional<Agency> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 512) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM comity_agency WHERE token_hash = ? AND enabled = TRUE")
                .param(hash(token))
                .query(ROW)
                .optional();
    }

    public Optional<Agency> find(String id) {
        return jdbc.sql("SELECT * FROM comity_agency WHERE id = ?")
                .param(id)
                .query(ROW)
                .optional();
    }

    /**
     * Registers the agency with its token unless an agency of that id exists; returns whether it was
     * registered. Safe when several nodes of a cluster register the same agency at once (the primary
     * key decides); call it outside a transaction, as a refused insert ends one on PostgreSQL.
     */
    public boolean registerIfAbsent(Agency agency, String token) {
        jurisdictions.require(agency.jurisdiction());
        if (find(agency.id()).isPresent()) {
            return false;
        }
        try {
            jdbc.sql("""
                    INSERT INTO comity_agency (id, name, jurisdiction, token_hash, enabled, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(
                            agency.id(),
                            agency.name(),
                            agency.jurisdiction(),
                            hash(token),
                            agency.enabled(),
                            OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException registeredMeanwhile) {
            return false;
        }
        return true;
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
