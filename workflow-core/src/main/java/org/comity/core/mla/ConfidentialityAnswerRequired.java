package org.comity.core.mla;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.identity.Actor;
import org.comity.core.mla.form.AssessmentDecision;
import org.comity.core.mla.form.MlaAssessRequestForm;
import org.comity.core.task.TaskCompletionRule;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A confidential request is accepted only with the answer whether the confidentiality can be kept; if
 * not, the requesting state is notified (UNTOC Art. 18(20); legal-domain.md §9 item 16, §10 item 19).
 */
@Component
@Order(3)
class ConfidentialityAnswerRequired implements TaskCompletionRule<MlaAssessRequestForm> {

    private final MlaRecords records;

    ConfidentialityAnswerRequired(MlaRecords records) {
        this.records = records;
    }

    @Override
    public Class<MlaAssessRequestForm> formType() {
        return MlaAssessRequestForm.class;
    }

    @Override
    public void check(Actor actor, Task task, String caseId, MlaAssessRequestForm form) {
        if (form.decision() != AssessmentDecision.ACCEPT || form.confidentialityCanBeKept() != null) {
            return;
        }
        boolean confidential = records.requestOfCase(UUID.fromString(caseId))
                .map(r -> r.confidential())
                .orElse(false);
        if (confidential) {
            throw new InvalidInputException(List.of(new FieldError(
                    "confidentialityCanBeKept",
                    "ConfidentialityAnswerRequired",
                    "must be answered: the requesting state asked for confidentiality")));
        }
    }
}
