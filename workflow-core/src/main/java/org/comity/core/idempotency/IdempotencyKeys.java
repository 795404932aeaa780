package org.comity.core.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.comity.core.failure.ConflictException;
import org.comity.core.identity.Actor;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes creating API calls safe to retry (DESIGN.md §7): per caller and {@code Idempotency-Key},
 * the first request creates and records what it created, in the same transaction; a repeat with the
 * same body replays that result and creates nothing; a repeat with another body is refused (422);
 * a repeat while the first is still running is a conflict (409). A key is remembered for
 * {@code comity.idempotency.retention} (ISO-8601, default {@code P7D}) from its first use: after that
 * it counts as unused (a repeat creates anew) and {@link IdempotencyKeyExpiry} erases it. The API
 * requires the header on every creating call; in-process callers (the tasklist's wizard, whose draft
 * is locked while it is submitted) may pass {@code null} for none.
 */
@Component
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";

    private final JdbcClient jdbc;
    private final ObjectMapper canonical;
    private final Clock clock;
    private final Duration retention;

    IdempotencyKeys(
            JdbcClient jdbc,
            ObjectMapper mapper,
            Clock clock,
            @Value("${comity.idempotency.retention:P7D}") Duration retention) {
        this.jdbc = jdbc;
        this.canonical = mapper.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        this.clock = clock;
        this.retention = retention;
    }

    /** How long a key is remembered from its first use. */
    public Duration retention() {
        return retention;
    }

    /** Runs {@code create} (returning the new resource's id) at most once per caller and key. */
    @Transactional(propagation = Propagation.MANDATORY)
    public IdempotentResult once(Actor actor, String key, Object request, Supplier<String> create) {
        if (key == null) {
            return new IdempotentResult(create.get(), false);
        }
        IdempotencyKeyRule.check(key);
        String hash = hash(request);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        // an expired key is no longer remembered: its row goes, and this call is a first use
        jdbc.sql("DELETE FROM idempotency_key WHERE actor_id = ? AND idempotency_key = ? AND created_at < ?")
                .params(actor.id(), key, now.minus(retention))
                .update();
        Optional<String[]> earlier = jdbc.sql(
                        "SELECT request_hash, resource_id FROM idempotency_key WHERE actor_id = ? AND idempotency_key = ?")
                .params(actor.id(), key)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional();
        if (earlier.isPresent()) {
            if (!earlier.get()[0].equals(hash)) {
                throw new InvalidInputException(
                        List.of(new FieldError(HEADER, "Reused", "was already used with a different request")));
            }
            return new IdempotentResult(earlier.get()[1], true);
        }
        try {
            jdbc.sql(
                            "INSERT INTO idempotency_key (actor_id, idempotency_key, request_hash, created_at) VALUES (?, ?, ?, ?)")
                    .params(actor.id(), key, hash, now)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("A request with this Idempotency-Key is being processed", e);
        }
        String id = create.get();
        jdbc.sql("UPDATE idempotency_key SET resource_id = ? WHERE actor_id = ? AND idempotency_key = ?")
                .params(id, actor.id(), key)
                .update();
        return new IdempotentResult(id, false);
    }

    private String hash(Object request) {
        try {
            byte[] json = canonical.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("A validated request can always be hashed", e);
        }
    }
}
