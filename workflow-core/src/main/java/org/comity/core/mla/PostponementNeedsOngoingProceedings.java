package org.comity.core.mla;

import java.util.List;
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
 * A postponement rests on ongoing proceedings in the requested state that execution would hinder
 * (UNTOC Art. 18(25); ICJA Art. 16): the officer confirms them.
 */
@Component
@Order(2)
class PostponementNeedsOngoingProceedings implements TaskCompletionRule<MlaAssessRequestForm> {

    @Override
    public Class<MlaAssessRequestForm> formType() {
        return MlaAssessRequestForm.class;
    }

    @Override
    public void check(Actor actor, Task task, String caseId, MlaAssessRequestForm form) {
        if (form.decision() == AssessmentDecision.POSTPONE && !Boolean.TRUE.equals(form.hindersOngoingProceedings())) {
            throw new InvalidInputException(List.of(new FieldError(
                    "hindersOngoingProceedings",
                    "PostponementGround",
                    "must be confirmed: a postponement needs ongoing proceedings here that execution would hinder")));
        }
    }
}
