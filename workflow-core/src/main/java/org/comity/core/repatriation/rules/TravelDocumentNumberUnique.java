package org.comity.core.repatriation.rules;

import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.identity.Actor;
import org.comity.core.repatriation.form.IssueTravelDocumentForm;
import org.comity.core.task.TaskCompletionRule;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A travel document identifies one person (legal-domain.md §5.3 {@code person.travelDocument}: the
 * manifest lists each person with their own document, and the receiving border checks it against the
 * person): the number given on {@code Task_IssueTravelDocument} may not be the number of a travel
 * document already issued to, or an identity document found with, another person. Re-issuing a
 * person's own number (e.g. confirming the passport found with them) is allowed. The other person
 * is not named: they may be of an operation the officer does not work on.
 */
@Component
public class TravelDocumentNumberUnique implements TaskCompletionRule<IssueTravelDocumentForm> {

    private final JdbcClient jdbc;

    TravelDocumentNumberUnique(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Class<IssueTravelDocumentForm> formType() {
        return IssueTravelDocumentForm.class;
    }

    @Override
    public void check(Actor actor, Task task, String caseId, IssueTravelDocumentForm issued) {
        long taken = jdbc.sql("""
                SELECT COUNT(*) FROM repatriation_person P
                WHERE P.travel_document_number = ? AND (P.process_instance_id IS NULL OR P.process_instance_id <> ?)
                """)
                        .params(issued.travelDocumentNumber(), task.getProcessInstanceId())
                        .query(Long.class)
                        .single()
                + jdbc.sql("""
                SELECT COUNT(*) FROM repatriation_person_document D JOIN repatriation_person P ON P.id = D.person_id
                WHERE D.document_number = ? AND (P.process_instance_id IS NULL OR P.process_instance_id <> ?)
                """)
                        .params(issued.travelDocumentNumber(), task.getProcessInstanceId())
                        .query(Long.class)
                        .single();
        if (taken > 0) {
            throw taken();
        }
    }

    /** The refusal, also given when the database's unique constraint catches a simultaneous completion. */
    public static InvalidInputException taken() {
        return new InvalidInputException(List.of(new FieldError(
                "travelDocumentNumber", "Unique", "is already the number of another person's document")));
    }
}
