package org.comity.core.extradition.completion;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.extradition.form.JudicialReviewForm;
import org.comity.core.extradition.form.Ruling;
import org.comity.core.identity.Actor;
import org.comity.core.task.TaskCompletionRule;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * A court cannot rule a person extraditable while a mandatory refusal ground stands: mandatory grounds
 * cannot be overridden (legal-domain.md §9 item 15; DESIGN §5).
 */
@Component
class NoExtraditableRulingOverMandatoryGround implements TaskCompletionRule<JudicialReviewForm> {

    private final StandingMandatoryGrounds grounds;

    NoExtraditableRulingOverMandatoryGround(StandingMandatoryGrounds grounds) {
        this.grounds = grounds;
    }

    @Override
    public Class<JudicialReviewForm> formType() {
        return JudicialReviewForm.class;
    }

    @Override
    public void check(Actor actor, Task task, String caseId, JudicialReviewForm ruling) {
        Set<String> mandatory = grounds.of(caseId);
        if (ruling.ruling() == Ruling.EXTRADITABLE && !mandatory.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldError(
                    "ruling",
                    "MandatoryGroundStands",
                    "cannot be EXTRADITABLE while a mandatory refusal ground stands: "
                            + String.join(", ", mandatory))));
        }
    }
}
