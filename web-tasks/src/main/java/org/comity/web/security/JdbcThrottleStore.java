package org.comity.web.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sign-in throttle's failures in {@code comity_login_failure}, shared by every node of a state:
 * a guesser spread over several nodes meets one count. A failure is one atomic {@code UPDATE} (or the
 * first {@code INSERT}); counts older than twice the longest wait are deleted as new failures come in.
 */
@Repository
class JdbcThrottleStore implements ThrottleStore {

    private final JdbcClient jdbc;

    JdbcThrottleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Failures> find(String key) {
        return jdbc.sql("SELECT failures, last_failure FROM comity_login_failure WHERE throttle_key = ?")
                .param(key)
                .query((rs, n) -> new Failures(
                        rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .optional();
    }

    @Override
    public void failed(String key, Instant now, Instant forgetBefore) {
        if (increment(key, now, forgetBefore) > 0) {
            return;
        }
        jdbc.sql("DELETE FROM comity_login_failure WHERE last_failure < ?")
                .param(utc(forgetBefore))
                .update();
        try {
            jdbc.sql("INSERT INTO comity_login_failure (throttle_key, failures, last_failure) VALUES (?, 1, ?)")
                    .params(key, utc(now))
                    .update();
        } catch (DuplicateKeyException countedMeanwhile) {
            increment(key, now, forgetBefore);
        }
    }

    private int increment(String key, Instant now, Instant forgetBefore) {
        return jdbc.sql("""
                UPDATE comity_login_failure
                SET failures = CASE WHEN last_failure < ? THEN 1 ELSE failures + 1 END, last_failure = ?
                WHERE throttle_key = ?""").params(utc(forgetBefore), utc(now), key).update();
    }

    @Override
    public void clear(String key) {
        jdbc.sql("DELETE FROM comity_login_failure WHERE throttle_key = ?")
                .param(key)
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
