package org.comity.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side for auditors: filtered, paged queries over the log in sequence order, and a
 * streaming walk for exports of any size. The SQL is assembled from fixed fragments and bound
 * parameters only, never from caller text.
 */
@Service
public class AuditSearch {

    /** Largest page a caller may ask for; exports use {@link #forEach} instead. */
    public static final int MAX_PAGE_SIZE = 500;

    private static final int EXPORT_BATCH = 1_000;

    private final JdbcClient jdbc;

    AuditSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public AuditPage search(AuditQuery query, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        Filter filter = Filter.of(query);
        long total = filter.bind(jdbc.sql("SELECT COUNT(*) FROM audit_log" + filter.where()))
                .query(Long.class)
                .single();
        List<AuditEntry> entries = filter.bind(jdbc.sql("SELECT " + AuditRows.COLUMNS + " FROM audit_log"
                        + filter.where() + " ORDER BY seq LIMIT :limit OFFSET :offset"))
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(AuditRows.MAPPER)
                .list();
        return new AuditPage(entries, page, size, total);
    }

    /** Hands every matching entry, in sequence order, to {@code sink}, a batch at a time. */
    @Transactional(readOnly = true)
    public void forEach(AuditQuery query, Consumer<AuditEntry> sink) {
        Filter filter = Filter.of(query);
        String and = filter.where().isEmpty() ? " WHERE " : filter.where() + " AND ";
        long after = 0;
        List<AuditEntry> batch;
        do {
            batch = filter.bind(jdbc.sql("SELECT " + AuditRows.COLUMNS + " FROM audit_log" + and
                            + "seq > :after ORDER BY seq LIMIT :limit"))
                    .param("after", after)
                    .param("limit", EXPORT_BATCH)
                    .query(AuditRows.MAPPER)
                    .list();
            batch.forEach(sink);
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1).sequence();
        } while (batch.size() == EXPORT_BATCH);
    }

    private record Filter(AuditQuery query, String where) {

        static Filter of(AuditQuery query) {
            List<String> conditions = new ArrayList<>();
            add(conditions, query.actorId(), "actor_id = :actorId");
            add(conditions, query.from(), "recorded_at >= :from");
            add(conditions, query.to(), "recorded_at < :to");
            add(conditions, query.caseId(), "case_id = :caseId");
            add(conditions, query.category(), "category = :category");
            add(conditions, query.objectType(), "object_type = :objectType");
            add(conditions, query.objectId(), "object_id = :objectId");
            return new Filter(query, conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
        }

        private static void add(List<String> conditions, Object value, String condition) {
            if (value != null) {
                conditions.add(condition);
            }
        }

        StatementSpec bind(StatementSpec spec) {
            bindIfSet(spec, "actorId", query.actorId());
            bindIfSet(spec, "from", query.from() == null ? null : AuditRows.utc(query.from()));
            bindIfSet(spec, "to", query.to() == null ? null : AuditRows.utc(query.to()));
            bindIfSet(spec, "caseId", query.caseId());
            bindIfSet(
                    spec,
                    "category",
                    query.category() == null ? null : query.category().name());
            bindIfSet(
                    spec,
                    "objectType",
                    query.objectType() == null ? null : query.objectType().name());
            bindIfSet(spec, "objectId", query.objectId());
            return spec;
        }

        private static void bindIfSet(StatementSpec spec, String name, Object value) {
            if (value != null) {
                spec.param(name, value);
            }
        }
    }
}
