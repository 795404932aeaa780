package org.comity.core.callback;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code callback_endpoint}: one callback per agency. */
@Repository
class CallbackEndpoints {

    private static final RowMapper<CallbackEndpoint> ROW = (rs, n) -> new CallbackEndpoint(
            rs.getString("agency_id"),
            rs.getString("url"),
            rs.getString("secret"),
            rs.getInt("secret_version"),
            rs.getTimestamp("secret_issued_at").toInstant(),
            rs.getString("previous_secret"),
            instant(rs.getTimestamp("previous_secret_until")),
            rs.getTimestamp("registered_at").toInstant(),
            rs.getTimestamp("updated_at").toInstant());

    private final JdbcClient jdbc;

    CallbackEndpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CallbackEndpoint> find(String agencyId) {
        return jdbc.sql("SELECT * FROM callback_endpoint WHERE agency_id = ?")
                .param(agencyId)
                .query(ROW)
                .optional();
    }

    /** The agency's callback, its row locked until the transaction ends (changes of one agency queue). */
    Optional<CallbackEndpoint> lock(String agencyId) {
        return jdbc.sql("SELECT * FROM callback_endpoint WHERE agency_id = ? FOR UPDATE")
                .param(agencyId)
                .query(ROW)
                .optional();
    }

    void insert(String agencyId, String url, String secret, Instant now) {
        jdbc.sql("""
                INSERT INTO callback_endpoint (agency_id, url, secret, secret_version, secret_issued_at, registered_at,
                    updated_at) VALUES (?, ?, ?, 1, ?, ?, ?)""").params(agencyId, url, secret, ts(now), ts(now), ts(now)).update();
    }

    void changeUrl(String agencyId, String url, Instant now) {
        jdbc.sql("UPDATE callback_endpoint SET url = ?, updated_at = ? WHERE agency_id = ?")
                .params(url, ts(now), agencyId)
                .update();
    }

    void rotate(CallbackEndpoint endpoint, String secret, Instant now, Instant previousUntil) {
        jdbc.sql("""
                UPDATE callback_endpoint SET secret = ?, secret_version = ?, secret_issued_at = ?, previous_secret = ?,
                    previous_secret_until = ?, updated_at = ? WHERE agency_id = ?""")
                .params(
                        secret,
                        endpoint.secretVersion() + 1,
                        ts(now),
                        endpoint.secret(),
                        ts(previousUntil),
                        ts(now),
                        endpoint.agencyId())
                .update();
    }

    boolean delete(String agencyId) {
        return jdbc.sql("DELETE FROM callback_endpoint WHERE agency_id = ?")
                        .param(agencyId)
                        .update()
                == 1;
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
