package org.comity.core.extradition.completion;

import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.extradition.form.CheckCompletenessForm;
import org.comity.core.extradition.form.Completeness;
import org.comity.core.identity.Actor;
import org.comity.core.task.TaskCompletionRule;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Where the legal basis sets no period for supplementary information (UN Model Treaty Art. 8), the
 * officer who finds the request incomplete sets it.
 */
@Component
class SupplementaryPeriodWhereBasisSetsNone implements TaskCompletionRule<CheckCompletenessForm> {

    private final LegalBasisOfCase bases;

    SupplementaryPeriodWhereBasisSetsNone(LegalBasisOfCase bases) {
        this.bases = bases;
    }

    @Override
    public Class<CheckCompletenessForm> formType() {
        return CheckCompletenessForm.class;
    }

    @Override
    public void check(Actor actor, Task task, String caseId, CheckCompletenessForm check) {
        if (check.completeness() == Completeness.INCOMPLETE
                && check.replyWithinDays() == null
                && bases.of(caseId).supplementaryInformation().isEmpty()) {
            throw new InvalidInputException(List.of(new FieldError(
                    "replyWithinDays",
                    "PeriodRequired",
                    "must be given: the legal basis sets no period for supplementary information")));
        }
    }
}
