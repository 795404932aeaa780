package org.comity.core.repatriation;

import static org.comity.core.repatriation.RepatriationModel.MESSAGE_PERSON_WITHDRAWN;
import static org.comity.core.repatriation.RepatriationModel.TASK_EXECUTE_HANDOVER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.comity.core.person.PersonIdentity;
import org.comity.core.routeconflict.HeldPersons;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The persons of joint operations as route conflicts see them: who of those a state holds may be a
 * person sought, and what a decided route does to their transfer and process. A person counts while
 * their process runs (or has not been started yet): one repatriated, referred or retained is no
 * longer held for a handover.
 */
@Component
class RepatriationHeldPersons implements HeldPersons {

    private record Match(UUID personId, UUID operationId, String processInstanceId) {}

    private final JdbcClient jdbc;
    private final Operations operations;
    private final RuntimeService runtime;

    RepatriationHeldPersons(JdbcClient jdbc, Operations operations, RuntimeService runtime) {
        this.jdbc = jdbc;
        this.operations = operations;
        this.runtime = runtime;
    }

    @Override
    public Optional<HeldCase> heldCase(UUID caseId) {
        return operations.find(caseId).map(op -> new HeldCase(op.id(), op.holdingState(), op.receivingState()));
    }

    @Override
    public List<Candidate> candidates(String holdingState, PersonIdentity sought) {
        List<Object> params = new ArrayList<>(List.of(
                holdingState,
                sought.dateOfBirth(),
                sought.keys().latin(),
                sought.keys().original() == null
                        ? sought.keys().latin()
                        : sought.keys().original()));
        String byDocument = "";
        if (!sought.documentNumbers().isEmpty()) {
            byDocument =
                    " OR p.id IN (SELECT d.person_id FROM repatriation_person_document d WHERE d.document_number IN ("
                            + RepatriationPersons.marks(sought.documentNumbers().size()) + "))";
            params.addAll(sought.documentNumbers());
        }
        return jdbc
                .sql("""
                SELECT p.id, p.operation_id, p.process_instance_id FROM repatriation_person p
                JOIN repatriation_operation o ON o.id = p.operation_id
                WHERE o.holding_state = ? AND ((p.date_of_birth = ? AND (p.name_key_latin = ? OR p.name_key_original = ?))""" + byDocument + ")")
                .params(params)
                .query((rs, n) -> new Match(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)))
                .list()
                .stream()
                .filter(m -> m.processInstanceId() == null || running(m.processInstanceId()))
                .map(m -> new Candidate(m.personId(), m.operationId()))
                .toList();
    }

    @Override
    public Map<UUID, Held> persons(List<UUID> personIds) {
        Map<UUID, Held> persons = new LinkedHashMap<>();
        for (UUID personId : personIds) {
            List<String> documents = jdbc.sql("SELECT document_number FROM repatriation_person_document "
                            + "WHERE person_id = ? ORDER BY document_number")
                    .param(personId)
                    .query(String.class)
                    .list();
            jdbc.sql("SELECT name_original, name_latin, date_of_birth FROM repatriation_person WHERE id = ?")
                    .param(personId)
                    .query((rs, n) ->
                            new Held(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), documents))
                    .optional()
                    .ifPresent(held -> persons.put(personId, held));
        }
        return persons;
    }

    /**
     * Recorded as not received on the planned transfer whose handover the holding state has not yet
     * executed, with the reason, so that the handover passes over the person and the receipt
     * accounts for them.
     */
    @Override
    public Optional<UUID> holdBack(UUID personId, String reason) {
        Optional<UUID> transfer = jdbc.sql("""
                SELECT tp.transfer_id FROM repatriation_transfer_person tp
                JOIN repatriation_transfer t ON t.id = tp.transfer_id
                WHERE tp.person_id = ? AND tp.received IS NULL AND t.status = ? AND NOT EXISTS (
                    SELECT 1 FROM task_submission s WHERE s.process_instance_id = t.process_instance_id
                    AND s.task_key = ?)""")
                .params(personId, Transfer.PLANNED, TASK_EXECUTE_HANDOVER)
                .query(UUID.class)
                .optional();
        transfer.ifPresent(id -> jdbc.sql("UPDATE repatriation_transfer_person SET received = FALSE, discrepancy = ? "
                        + "WHERE transfer_id = ? AND person_id = ?")
                .params(reason, id, personId)
                .update());
        return transfer;
    }

    /** The person's process ends {@code HeldForExtradition}, unless they were already handed over. */
    @Override
    public void withdraw(UUID personId) {
        String process = jdbc.sql("SELECT process_instance_id FROM repatriation_person WHERE id = ?")
                .param(personId)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                .optional()
                .flatMap(p -> p)
                .orElse(null);
        if (process != null && !handedOver(personId) && running(process)) {
            runtime.createMessageCorrelation(MESSAGE_PERSON_WITHDRAWN)
                    .processInstanceId(process)
                    .correlateWithResult();
        }
    }

    @Override
    public void release(UUID transferId, UUID personId) {
        jdbc.sql(
                        "DELETE FROM repatriation_transfer_person WHERE transfer_id = ? AND person_id = ? AND received = FALSE")
                .params(transferId, personId)
                .update();
    }

    /** Whether the person is on a transfer whose handover the holding state has executed. */
    private boolean handedOver(UUID personId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM repatriation_transfer_person tp JOIN repatriation_transfer t ON t.id = tp.transfer_id
                JOIN task_submission s ON s.process_instance_id = t.process_instance_id AND s.task_key = ?
                WHERE tp.person_id = ? AND (tp.received IS NULL OR tp.received)""")
                        .params(TASK_EXECUTE_HANDOVER, personId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private boolean running(String processInstanceId) {
        return runtime.createProcessInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .count()
                > 0;
    }
}
