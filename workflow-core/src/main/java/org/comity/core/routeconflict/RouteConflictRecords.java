package org.comity.core.routeconflict;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.comity.core.person.PersonKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.comity.core.repatriation.RepatriationModel;
import org.comity.core.repatriation.RepatriationPersons;
import org.comity.core.repatriation.Transfer;

/** The table {@code route_conflict}, and the person look-ups that find conflicts. */
@Repository
class RouteConflictRecords {

    /** A person of a repatriation that may be the one an extradition request seeks. */
    record Candidate(UUID personId, UUID operationId, String processInstanceId) {
    }

    /** What applying a decision needs of a conflict. */
    record Decided(UUID personId, UUID operationId, UUID transferId, String decision) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    RouteConflictRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Persons held by {@code holdingState} with the same date of birth and a name key, or a document number. */
    List<Candidate> candidates(String holdingState, PersonKeys keys, LocalDate dateOfBirth, Set<String> documents) {
        List<Object> params = new ArrayList<>(List.of(holdingState, dateOfBirth, keys.latin(),
                keys.original() == null ? keys.latin() : keys.original()));
        String byDocument = "";
        if (!documents.isEmpty()) {
            byDocument = " OR p.id IN (SELECT d.person_id FROM repatriation_person_document d WHERE d.document_number IN ("
                    + RepatriationPersons.marks(documents.size()) + "))";
            params.addAll(documents);
        }
        return jdbc.sql("""
                SELECT p.id, p.operation_id, p.process_instance_id FROM repatriation_person p
                JOIN repatriation_operation o ON o.id = p.operation_id
                WHERE o.holding_state = ? AND ((p.date_of_birth = ? AND (p.name_key_latin = ? OR p.name_key_original = ?))"""
                + byDocument + ")").params(params)
                .query((rs, n) -> new Candidate(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)))
                .list();
    }

    Optional<String> processOf(UUID personId) {
        return jdbc.sql("SELECT process_instance_id FROM repatriation_person WHERE id = ?").param(personId)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(p -> p);
    }

    boolean exists(UUID personId, UUID extraditionCaseId) {
        return jdbc.sql("SELECT COUNT(*) FROM route_conflict WHERE person_id = ? AND extradition_case_id = ?")
                .params(personId, extraditionCaseId).query(Long.class).single() > 0;
    }

    void insert(UUID id, UUID operationId, UUID personId, UUID extraditionCaseId) {
        jdbc.sql("""
                INSERT INTO route_conflict (id, operation_id, person_id, extradition_case_id, status, detected_at)
                VALUES (?, ?, ?, ?, 'OPEN', ?)""").params(id, operationId, personId, extraditionCaseId, now()).update();
    }

    /**
     * Holds the person back from the planned transfer they are on, if any and if the holding state has
     * not yet executed its handover: recorded as not received, with the reason, so that the handover
     * passes over them and the receipt accounts for them.
     */
    Optional<UUID> holdBack(UUID conflictId, UUID personId, String reason) {
        Optional<UUID> transfer = jdbc.sql("""
                SELECT tp.transfer_id FROM repatriation_transfer_person tp
                JOIN repatriation_transfer t ON t.id = tp.transfer_id
                WHERE tp.person_id = ? AND tp.received IS NULL AND t.status = ? AND NOT EXISTS (
                    SELECT 1 FROM task_submission s WHERE s.process_instance_id = t.process_instance_id
                    AND s.task_key = ?)""").params(personId, Transfer.PLANNED, RepatriationModel.TASK_EXECUTE_HANDOVER)
                .query(UUID.class).optional();
        transfer.ifPresent(id -> {
            jdbc.sql("UPDATE repatriation_transfer_person SET received = FALSE, discrepancy = ? WHERE transfer_id = ? "
                    + "AND person_id = ?").params(reason, id, personId).update();
            jdbc.sql("UPDATE route_conflict SET transfer_id = ? WHERE id = ?").params(id, conflictId).update();
        });
        return transfer;
    }

    void linkProcess(UUID conflictId, String processInstanceId) {
        jdbc.sql("UPDATE route_conflict SET process_instance_id = ? WHERE id = ?").params(processInstanceId, conflictId)
                .update();
    }

    /** Records the decision if the conflict is still open; whether it was. */
    boolean decide(UUID conflictId, String decision, String reasons, String decidedBy) {
        return jdbc.sql("""
                UPDATE route_conflict SET status = 'DECIDED', decision = ?, reasons = ?, decided_by = ?, decided_at = ?
                WHERE id = ? AND status = 'OPEN'""").params(decision, reasons, decidedBy, now(), conflictId).update() == 1;
    }

    Decided decided(UUID conflictId) {
        return jdbc.sql("SELECT person_id, operation_id, transfer_id, decision FROM route_conflict WHERE id = ?")
                .param(conflictId).query((rs, n) -> new Decided(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getString(4))).single();
    }

    /** Whether the person is on a transfer whose handover the holding state has executed. */
    boolean handedOver(UUID personId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM repatriation_transfer_person tp JOIN repatriation_transfer t ON t.id = tp.transfer_id
                JOIN task_submission s ON s.process_instance_id = t.process_instance_id AND s.task_key = ?
                WHERE tp.person_id = ? AND (tp.received IS NULL OR tp.received)""")
                .params(RepatriationModel.TASK_EXECUTE_HANDOVER, personId).query(Long.class).single() > 0;
    }

    /** Takes a person held back off the transfer, free to be planned on another one. */
    void releaseHold(UUID transferId, UUID personId) {
        jdbc.sql("DELETE FROM repatriation_transfer_person WHERE transfer_id = ? AND person_id = ? AND received = FALSE")
                .params(transferId, personId).update();
    }

    /** Which of the persons have an open conflict. */
    Set<UUID> open(List<UUID> personIds) {
        Set<UUID> open = new HashSet<>();
        for (List<UUID> chunk : RepatriationPersons.chunks(personIds)) {
            open.addAll(jdbc.sql("SELECT person_id FROM route_conflict WHERE status = 'OPEN' AND person_id IN ("
                    + RepatriationPersons.marks(chunk.size()) + ")").params(new ArrayList<>(chunk)).query(UUID.class).list());
        }
        return open;
    }

    List<RouteConflictView> ofOperation(UUID operationId) {
        return jdbc.sql("""
                SELECT r.*, p.name_original, p.name_latin, c.reference FROM route_conflict r
                JOIN repatriation_person p ON p.id = r.person_id JOIN comity_case c ON c.id = r.extradition_case_id
                WHERE r.operation_id = ? ORDER BY r.detected_at, r.id""").param(operationId)
                .query((rs, n) -> view(rs)).list();
    }

    private static RouteConflictView view(ResultSet rs) throws SQLException {
        UUID transfer = rs.getObject("transfer_id", UUID.class);
        return new RouteConflictView(rs.getObject("id", UUID.class).toString(),
                rs.getObject("person_id", UUID.class).toString(), rs.getString("name_original"), rs.getString("name_latin"),
                rs.getObject("extradition_case_id", UUID.class).toString(), rs.getString("reference"),
                transfer == null ? null : transfer.toString(), rs.getString("status"), rs.getString("decision"),
                rs.getString("reasons"), instant(rs.getTimestamp("detected_at")), rs.getString("decided_by"),
                instant(rs.getTimestamp("decided_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
