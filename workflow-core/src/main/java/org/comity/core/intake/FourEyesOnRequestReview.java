package org.comity.core.intake;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.form.FourEyesOnReview;
import org.comity.core.identity.Actor;
import org.comity.core.task.CaseSubmissions;
import org.comity.core.task.TaskCompletionRule;
import org.comity.core.validation.InvalidInputException;

/**
 * {@link FourEyesOnReview} on a procedure's review of its request (DESIGN §4.1 requesting step 2,
 * §4.3): the reviewing supervisor neither drafted the request nor last corrected it. Each procedure
 * registers one for its review form, naming where its requests are kept and its correction step.
 *
 * @param <F> the procedure's review form
 */
public final class FourEyesOnRequestReview<F extends Record> implements TaskCompletionRule<F> {

    private final Class<F> reviewForm;
    private final RequestRecords<?> records;
    private final String correctionTaskKey;
    private final CaseSubmissions submissions;

    public FourEyesOnRequestReview(
            Class<F> reviewForm, RequestRecords<?> records, String correctionTaskKey, CaseSubmissions submissions) {
        this.reviewForm = reviewForm;
        this.records = records;
        this.correctionTaskKey = correctionTaskKey;
        this.submissions = submissions;
    }

    @Override
    public Class<F> formType() {
        return reviewForm;
    }

    @Override
    public void check(Actor actor, Task task, String caseId, F form) {
        FourEyesOnReview.check(
                        actor.id(),
                        records.drafter(UUID.fromString(caseId)),
                        submissions.submittersOf(caseId, correctionTaskKey))
                .ifPresent(error -> {
                    throw new InvalidInputException(List.of(error));
                });
    }
}
