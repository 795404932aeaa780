package org.comity.core.routeconflict;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code route_conflict}: one row per person held and request seeking them, and its decision. */
@Repository
class RouteConflictRecords {

    /** How many ids one {@code IN} list holds, well below every database's limit on parameters. */
    private static final int CHUNK = 500;

    /** What applying a decision needs of a conflict. */
    record Decided(UUID personId, UUID operationId, UUID transferId, String decision) {}

    /** A conflict as recorded, with the reference of the requesting case. */
    record Row(
            UUID id,
            UUID personId,
            UUID extraditionCaseId,
            String extraditionReference,
            UUID transferId,
            String status,
            String decision,
            String reasons,
            Instant detectedAt,
            String decidedBy,
            Instant decidedAt) {

        /** The conflict as the holding state sees it, with the person's names as held. */
        RouteConflictView view(HeldPersons.Held person) {
            return new RouteConflictView(
                    id.toString(),
                    personId.toString(),
                    person == null ? null : person.nameInOriginalScript(),
                    person == null ? null : person.nameInLatinScript(),
                    extraditionCaseId.toString(),
                    extraditionReference,
                    transferId == null ? null : transferId.toString(),
                    status,
                    decision,
                    reasons,
                    detectedAt,
                    decidedBy,
                    decidedAt);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    RouteConflictRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean exists(UUID personId, UUID extraditionCaseId) {
        return jdbc.sql("SELECT COUNT(*) FROM route_conflict WHERE person_id = ? AND extradition_case_id = ?")
                        .params(personId, extraditionCaseId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(UUID id, UUID operationId, UUID personId, UUID extraditionCaseId) {
        jdbc.sql("""
                INSERT INTO route_conflict (id, operation_id, person_id, extradition_case_id, status, detected_at)
                VALUES (?, ?, ?, ?, 'OPEN', ?)""")
                .params(id, operationId, personId, extraditionCaseId, now())
                .update();
    }

    /** The transfer the person was held back from, so that a decision to proceed can release them from it. */
    void heldBackFrom(UUID conflictId, UUID transferId) {
        jdbc.sql("UPDATE route_conflict SET transfer_id = ? WHERE id = ?")
                .params(transferId, conflictId)
                .update();
    }

    void linkProcess(UUID conflictId, String processInstanceId) {
        jdbc.sql("UPDATE route_conflict SET process_instance_id = ? WHERE id = ?")
                .params(processInstanceId, conflictId)
                .update();
    }

    /** Records the decision if the conflict is still open; whether it was. */
    boolean decide(UUID conflictId, String decision, String reasons, String decidedBy) {
        return jdbc.sql("""
                UPDATE route_conflict SET status = 'DECIDED', decision = ?, reasons = ?, decided_by = ?, decided_at = ?
                WHERE id = ? AND status = 'OPEN'""")
                        .params(decision, reasons, decidedBy, now(), conflictId)
                        .update()
                == 1;
    }

    Decided decided(UUID conflictId) {
        return jdbc.sql("SELECT person_id, operation_id, transfer_id, decision FROM route_conflict WHERE id = ?")
                .param(conflictId)
                .query((rs, n) -> new Decided(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getString(4)))
                .single();
    }

    /** Which of the persons have an open conflict. */
    Set<UUID> open(List<UUID> personIds) {
        Set<UUID> open = new HashSet<>();
        for (int from = 0; from < personIds.size(); from += CHUNK) {
            List<UUID> chunk = personIds.subList(from, Math.min(from + CHUNK, personIds.size()));
            open.addAll(jdbc.sql("SELECT person_id FROM route_conflict WHERE status = 'OPEN' AND person_id IN ("
                            + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")
                    .params(new ArrayList<>(chunk))
                    .query(UUID.class)
                    .list());
        }
        return open;
    }

    List<Row> ofOperation(UUID operationId) {
        return jdbc.sql("""
                SELECT r.*, c.reference FROM route_conflict r JOIN comity_case c ON c.id = r.extradition_case_id
                WHERE r.operation_id = ? ORDER BY r.detected_at, r.id""").param(operationId).query((rs, n) -> row(rs)).list();
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getObject("extradition_case_id", UUID.class),
                rs.getString("reference"),
                rs.getObject("transfer_id", UUID.class),
                rs.getString("status"),
                rs.getString("decision"),
                rs.getString("reasons"),
                instant(rs.getTimestamp("detected_at")),
                rs.getString("decided_by"),
                instant(rs.getTimestamp("decided_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
