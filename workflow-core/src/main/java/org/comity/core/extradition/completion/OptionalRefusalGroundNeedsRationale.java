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
 * A refusal citing an optional (discretionary) ground needs the officer's rationale: the requesting
 * state is owed the reasons for a discretionary refusal (legal-domain.md §9 item 15; DESIGN §5).
 */
@Component
@Order(3)
class OptionalRefusalGroundNeedsRationale implements TaskCompletionRule<ExecutiveDecisionForm> {

    private final StandingMandatoryGrounds grounds;

    OptionalRefusalGroundNeedsRationale(StandingMandatoryGrounds grounds) {
        this.grounds = grounds;
    }

    @Override
    public Class<ExecutiveDecisionForm> formType() {
        return ExecutiveDecisionForm.class;
    }

    @Override
    public void check(Actor actor, Task task, String caseId, ExecutiveDecisionForm decision) {
        if (decision.decision() != ExecutiveDecision.REFUSE || decision.groundCodes() == null) {
            return;
        }
        Set<String> mandatory = grounds.of(caseId);
        boolean discretionary = decision.groundCodes().stream().anyMatch(code -> !mandatory.contains(code.name()));
        if (discretionary
                && (decision.rationale() == null || decision.rationale().isBlank())) {
            throw new InvalidInputException(List.of(new FieldError(
                    "rationale", "RationaleRequired", "must be given when an optional refusal ground is cited")));
        }
    }
}
