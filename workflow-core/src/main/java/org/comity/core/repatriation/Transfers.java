package org.comity.core.repatriation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.comity.core.repatriation.request.TransferInput;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Transfers and their manifests, in {@code repatriation_transfer} and {@code repatriation_transfer_person}. */
@Repository
public class Transfers {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Transfers(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insert(Transfer t, String createdBy, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO repatriation_transfer (id, operation_id, border_point, transfer_mode, vehicle, capacity,
                    transfer_date, status, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        t.id(),
                        t.operationId(),
                        t.borderPoint(),
                        t.mode().name(),
                        t.vehicle(),
                        t.capacity(),
                        t.transferDate(),
                        t.status(),
                        createdBy,
                        now)
                .update();
        List<Object[]> escorts = new ArrayList<>();
        for (int i = 0; i < t.escorts().size(); i++) {
            TransferInput.Escort e = t.escorts().get(i);
            escorts.add(new Object[] {t.id(), i, e.name(), e.agency(), e.badge()});
        }
        batch.batchUpdate(
                "INSERT INTO repatriation_transfer_escort (transfer_id, position, name, agency, badge) "
                        + "VALUES (?, ?, ?, ?, ?)",
                escorts);
        batch.batchUpdate(
                "INSERT INTO repatriation_transfer_person (transfer_id, person_id) VALUES (?, ?)",
                t.personIds().stream().map(p -> new Object[] {t.id(), p}).toList());
    }

    void linkProcess(UUID transferId, String processInstanceId) {
        jdbc.sql("UPDATE repatriation_transfer SET process_instance_id = ? WHERE id = ?")
                .params(processInstanceId, transferId)
                .update();
    }

    public Optional<Transfer> find(UUID operationId, UUID id) {
        List<UUID> persons = jdbc.sql("SELECT person_id FROM repatriation_transfer_person WHERE transfer_id = ?")
                .param(id)
                .query(UUID.class)
                .list();
        List<TransferInput.Escort> escorts = jdbc.sql("SELECT name, agency, badge FROM repatriation_transfer_escort "
                        + "WHERE transfer_id = ? ORDER BY position")
                .param(id)
                .query((rs, n) -> new TransferInput.Escort(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        return jdbc.sql("SELECT * FROM repatriation_transfer WHERE id = ? AND operation_id = ?")
                .params(id, operationId)
                .query((rs, n) -> new Transfer(
                        id,
                        operationId,
                        rs.getString("border_point"),
                        TransferInput.TransferMode.valueOf(rs.getString("transfer_mode")),
                        rs.getString("vehicle"),
                        rs.getInt("capacity"),
                        rs.getObject("transfer_date", java.time.LocalDate.class),
                        rs.getString("status"),
                        persons,
                        escorts))
                .optional();
    }

    public Optional<UUID> operationOf(UUID transferId) {
        return jdbc.sql("SELECT operation_id FROM repatriation_transfer WHERE id = ?")
                .param(transferId)
                .query(UUID.class)
                .optional();
    }

    /** Which of the persons are already on a transfer's manifest. */
    Set<UUID> alreadyPlanned(List<UUID> personIds) {
        Set<UUID> planned = new HashSet<>();
        for (List<UUID> chunk : RepatriationPersons.chunks(personIds)) {
            planned.addAll(jdbc.sql("SELECT person_id FROM repatriation_transfer_person WHERE person_id IN ("
                            + RepatriationPersons.marks(chunk.size()) + ")")
                    .params(new ArrayList<>(chunk))
                    .query(UUID.class)
                    .list());
        }
        return planned;
    }

    /** The persons held back from the transfer before its handover (recorded as not received). */
    Set<UUID> heldBack(UUID transferId) {
        return new HashSet<>(jdbc.sql("SELECT person_id FROM repatriation_transfer_person WHERE transfer_id = ? "
                        + "AND received = FALSE")
                .param(transferId)
                .query(UUID.class)
                .list());
    }

    void markNotReceived(UUID transferId, UUID personId, String reason) {
        jdbc.sql(
                        "UPDATE repatriation_transfer_person SET received = FALSE, discrepancy = ? WHERE transfer_id = ? AND person_id = ?")
                .params(reason, transferId, personId)
                .update();
    }

    /** The transfer on which the person was recorded as not received, if they still are on one. */
    Optional<UUID> notReceivedOn(UUID personId) {
        return jdbc.sql("SELECT transfer_id FROM repatriation_transfer_person WHERE person_id = ? AND received = FALSE")
                .param(personId)
                .query(UUID.class)
                .optional();
    }

    /** Takes a person not received off the transfer's manifest, free to be planned on another transfer. */
    void removeNotReceived(UUID transferId, UUID personId) {
        jdbc.sql(
                        "DELETE FROM repatriation_transfer_person WHERE transfer_id = ? AND person_id = ? AND received = FALSE")
                .params(transferId, personId)
                .update();
    }

    /** Records a person listed as not received as received after all; the receipt's reason stays. */
    void markReceivedLate(UUID transferId, UUID personId) {
        jdbc.sql("UPDATE repatriation_transfer_person SET received = TRUE WHERE transfer_id = ? AND person_id = ? "
                        + "AND received = FALSE")
                .params(transferId, personId)
                .update();
    }

    /** Marks everyone not listed as missing as received, and returns them. */
    List<UUID> markReceived(UUID transferId) {
        jdbc.sql("UPDATE repatriation_transfer_person SET received = TRUE WHERE transfer_id = ? AND received IS NULL")
                .param(transferId)
                .update();
        return jdbc.sql("SELECT person_id FROM repatriation_transfer_person WHERE transfer_id = ? AND received")
                .param(transferId)
                .query(UUID.class)
                .list();
    }

    /** Assigns the received persons, in person-id order, to chunks of {@code size}; returns the chunk count. */
    int assignChunks(UUID transferId, List<UUID> received, int size) {
        List<UUID> ordered = received.stream().sorted().toList();
        List<Object[]> rows = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            rows.add(new Object[] {i / size, transferId, ordered.get(i)});
        }
        batch.batchUpdate(
                "UPDATE repatriation_transfer_person SET handover_chunk = ? WHERE transfer_id = ? "
                        + "AND person_id = ?",
                rows);
        return (ordered.size() + size - 1) / size;
    }

    /** The persons of one chunk, as assigned when the handover was recorded. */
    List<UUID> chunk(UUID transferId, int chunk) {
        return jdbc.sql(
                        "SELECT person_id FROM repatriation_transfer_person WHERE transfer_id = ? AND handover_chunk = ? "
                                + "ORDER BY person_id")
                .params(transferId, chunk)
                .query(UUID.class)
                .list();
    }

    void changeStatus(UUID transferId, String status) {
        jdbc.sql("UPDATE repatriation_transfer SET status = ? WHERE id = ?")
                .params(status, transferId)
                .update();
    }

    void release(UUID transferId) {
        jdbc.sql("DELETE FROM repatriation_transfer_person WHERE transfer_id = ?")
                .param(transferId)
                .update();
    }
}
