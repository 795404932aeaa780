package org.comity.web.casefile;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.comity.core.casefile.CaseType;
import org.comity.core.casefile.CaseVisibility;
import org.comity.core.identity.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lists the cases an actor may see ({@link CaseVisibility}): those their state opened, those
 * transmitted to it, or all for an auditor; a restricted case only to officers, supervisors and the
 * agency that created it. For the other party a case's "opened" time is when it reached that party.
 */
@Component
public class CaseList {

    private final JdbcClient jdbc;

    CaseList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Schema(name = "CaseListItem")
    public record Item(
            String id,
            String reference,
            String type,
            String status,
            String requestingState,
            String requestedState,
            Instant createdAt) {}

    @Schema(name = "CaseListPage")
    public record Page(List<Item> items, int page, int size, long total) {}

    /**
     * One page, newest first.
     *
     * @param reference part of the reference to look for, any case (e.g. {@code 2026-0001}); {@code null} for all
     */
    public Page page(Actor actor, CaseType type, String status, String reference, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        visibleTo(actor, where, params);
        if (type != null) {
            where.append(" AND case_type = ?");
            params.add(type.name());
        }
        if (status != null) {
            where.append(" AND status = ?");
            params.add(status);
        }
        if (reference != null) {
            where.append(" AND UPPER(reference) LIKE ? ESCAPE '!'");
            params.add("%" + reference.toUpperCase(Locale.ROOT).replaceAll("[!%_]", "!$0") + "%");
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM comity_case" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<Item> items = jdbc.sql("SELECT id, reference, case_type, status, requesting_jurisdiction, "
                        + "requested_jurisdiction, created_at, transmitted_at FROM comity_case" + where
                        + " ORDER BY created_at DESC, reference DESC LIMIT ? OFFSET ?")
                .params(pageParams)
                .query((rs, n) -> new Item(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        CaseVisibility.openedFor(
                                actor, rs.getString(5), rs.getTimestamp(7).toInstant(), instant(rs.getTimestamp(8)))))
                .list();
        return new Page(items, page, size, total);
    }

    /** The statuses that the actor's cases are in, for a filter. */
    public List<String> statuses(Actor actor) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        visibleTo(actor, where, params);
        return jdbc.sql("SELECT DISTINCT status FROM comity_case" + where + " ORDER BY status")
                .params(params)
                .query(String.class)
                .list();
    }

    private static void visibleTo(Actor actor, StringBuilder where, List<Object> params) {
        CaseVisibility.Condition condition = CaseVisibility.condition(actor);
        where.append(" AND ").append(condition.sql());
        params.addAll(condition.params());
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
