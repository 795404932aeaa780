package org.comity.core.repatriation;

import org.camunda.bpm.engine.task.Task;
import org.comity.core.identity.Actor;
import org.comity.core.repatriation.form.IssueTravelDocumentForm;
import org.comity.core.repatriation.rules.TravelDocumentNumberUnique;
import org.comity.core.task.TaskCompletionListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores the travel document the receiving state issued (legal-domain.md §5.3
 * {@code person.travelDocument}) on the person when {@code Task_IssueTravelDocument} is completed,
 * so that manifests and readiness checks read it from the person instead of from form submissions.
 * The person is found by the task's process instance, which is the person's own.
 *
 * <p>Two completions at the same moment can both pass {@link TravelDocumentNumberUnique}'s read; the
 * database's unique constraint on the number (migration V12_2) then refuses the later one, which is
 * answered as that rule's field error, so the officer reads the same thing either way.
 */
@Component
class TravelDocuments implements TaskCompletionListener {

    private final JdbcClient jdbc;

    TravelDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void completed(Actor actor, Task task, String caseId, Record form) {
        if (form instanceof IssueTravelDocumentForm issued) {
            int updated;
            try {
                updated = jdbc.sql("""
                        UPDATE repatriation_person SET travel_document_type = ?, travel_document_number = ?,
                            travel_document_expiry = ? WHERE process_instance_id = ?""")
                        .params(
                                issued.travelDocumentType().name(), issued.travelDocumentNumber(),
                                issued.travelDocumentExpiry(), task.getProcessInstanceId())
                        .update();
            } catch (DuplicateKeyException taken) {
                throw TravelDocumentNumberUnique.taken();
            }
            if (updated != 1) {
                throw new IllegalStateException("No person has process " + task.getProcessInstanceId());
            }
        }
    }
}
