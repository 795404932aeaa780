package org.comity.core.extradition.completion;

import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.extradition.ExtraditionProcesses.Requested;
import org.comity.core.extradition.form.ExecutiveDecisionForm;
import org.comity.core.extradition.intake.ExtraditionRecords;
import org.comity.core.identity.Actor;
import org.comity.core.task.TaskCompletionRule;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Four-eyes on the executive decision (DESIGN §4.1): the deciding supervisor is not who recorded the
 * court's ruling.
 */
@Component
@Order(1)
class DeciderDidNotRecordRuling implements TaskCompletionRule<ExecutiveDecisionForm> {

    private final ExtraditionRecords records;

    DeciderDidNotRecordRuling(ExtraditionRecords records) {
        this.records = records;
    }

    @Override
    public Class<ExecutiveDecisionForm> formType() {
        return ExecutiveDecisionForm.class;
    }

    @Override
    public void check(Actor actor, Task task, String caseId, ExecutiveDecisionForm decision) {
        if (records.submittersOf(caseId, Requested.JUDICIAL_REVIEW).stream()
                .findFirst()
                .filter(actor.id()::equals)
                .isPresent()) {
            throw new InvalidInputException(List.of(new FieldError(
                    "decision", "FourEyes", "must be taken by someone other than who recorded the court ruling")));
        }
    }
}
