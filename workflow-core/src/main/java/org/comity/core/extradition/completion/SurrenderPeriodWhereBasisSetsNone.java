package org.comity.core.extradition.completion;

import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.extradition.form.AgreeSurrenderForm;
import org.comity.core.identity.Actor;
import org.comity.core.task.TaskCompletionRule;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Where the legal basis sets no period for the surrender (UN Model Treaty Art. 11), the officer who
 * agrees the surrender sets it.
 */
@Component
class SurrenderPeriodWhereBasisSetsNone implements TaskCompletionRule<AgreeSurrenderForm> {

    private final LegalBasisOfCase bases;

    SurrenderPeriodWhereBasisSetsNone(LegalBasisOfCase bases) {
        this.bases = bases;
    }

    @Override
    public Class<AgreeSurrenderForm> formType() {
        return AgreeSurrenderForm.class;
    }

    @Override
    public void check(Actor actor, Task task, String caseId, AgreeSurrenderForm surrender) {
        if (surrender.removeWithinDays() == null && bases.of(caseId).surrender().isEmpty()) {
            throw new InvalidInputException(List.of(new FieldError(
                    "removeWithinDays",
                    "PeriodRequired",
                    "must be given: the legal basis sets no period for the surrender")));
        }
    }
}
