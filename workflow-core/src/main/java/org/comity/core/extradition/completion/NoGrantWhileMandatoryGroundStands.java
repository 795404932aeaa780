package org.comity.core.extradition.completion;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.extradition.form.ExecutiveDecision;
import org.comity.core.extradition.form.ExecutiveDecisionForm;
import org.comity.core.identity.Actor;
import org.comity.core.task.TaskCompletionRule;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The executive may not grant extradition while a mandatory refusal ground stands: only a refusal is
 * accepted (legal-domain.md §9 item 15; DESIGN §5).
 */
@Component
@Order(2)
class NoGrantWhileMandatoryGroundStands implements TaskCompletionRule<ExecutiveDecisionForm> {

    private final StandingMandatoryGrounds grounds;

    NoGrantWhileMandatoryGroundStands(StandingMandatoryGrounds grounds) {
        this.grounds = grounds;
    }

    @Override
    public Class<ExecutiveDecisionForm> formType() {
        return ExecutiveDecisionForm.class;
    }

    @Override
    public void check(Actor actor, Task task, String caseId, ExecutiveDecisionForm decision) {
        Set<String> mandatory = grounds.of(caseId);
        if (decision.decision() != ExecutiveDecision.REFUSE && !mandatory.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldError(
                    "decision",
                    "MandatoryGroundStands",
                    "must be REFUSE while a mandatory refusal ground stands: " + String.join(", ", mandatory))));
        }
    }
}
