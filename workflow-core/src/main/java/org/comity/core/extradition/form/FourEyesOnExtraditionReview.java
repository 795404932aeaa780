package org.comity.core.extradition.form;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.extradition.ExtraditionProcesses.Requesting;
import org.comity.core.extradition.intake.ExtraditionRecords;
import org.comity.core.form.FourEyesOnReview;
import org.comity.core.identity.Actor;
import org.comity.core.task.TaskCompletionRule;
import org.comity.core.validation.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Four-eyes on the review of an extradition request (DESIGN §4.1): the reviewing supervisor neither
 * drafted (submitted) the request nor last corrected it ({@link FourEyesOnReview}).
 */
@Component
class FourEyesOnExtraditionReview implements TaskCompletionRule<ReviewRequestForm> {

    private final ExtraditionRecords records;

    FourEyesOnExtraditionReview(ExtraditionRecords records) {
        this.records = records;
    }

    @Override
    public Class<ReviewRequestForm> formType() {
        return ReviewRequestForm.class;
    }

    @Override
    public void check(Actor actor, Task task, String caseId, ReviewRequestForm form) {
        FourEyesOnReview.check(
                        actor.id(),
                        records.submitter(UUID.fromString(caseId)),
                        records.submittersOf(caseId, Requesting.CORRECT_REQUEST))
                .ifPresent(error -> {
                    throw new InvalidInputException(List.of(error));
                });
    }
}
