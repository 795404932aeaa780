package org.comity.core.mla;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.form.FourEyesOnReview;
import org.comity.core.identity.Actor;
import org.comity.core.mla.MlaProcesses.Requesting;
import org.comity.core.mla.form.MlaReviewRequestForm;
import org.comity.core.task.CaseSubmissions;
import org.comity.core.task.TaskCompletionRule;
import org.comity.core.validation.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Four-eyes on the review of an MLA request (DESIGN §4.3): the reviewing supervisor neither drafted
 * the request nor last corrected it ({@link FourEyesOnReview}).
 */
@Component
class FourEyesOnMlaReview implements TaskCompletionRule<MlaReviewRequestForm> {

    private final MlaRecords records;
    private final CaseSubmissions submissions;

    FourEyesOnMlaReview(MlaRecords records, CaseSubmissions submissions) {
        this.records = records;
        this.submissions = submissions;
    }

    @Override
    public Class<MlaReviewRequestForm> formType() {
        return MlaReviewRequestForm.class;
    }

    @Override
    public void check(Actor actor, Task task, String caseId, MlaReviewRequestForm form) {
        FourEyesOnReview.check(
                        actor.id(),
                        records.drafter(UUID.fromString(caseId)),
                        submissions.submittersOf(caseId, Requesting.CORRECT_REQUEST))
                .ifPresent(error -> {
                    throw new InvalidInputException(List.of(error));
                });
    }
}
