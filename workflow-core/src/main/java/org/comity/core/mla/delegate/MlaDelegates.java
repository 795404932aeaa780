package org.comity.core.mla.process;

import static org.comity.core.mla.process.MlaProcesses.Variables.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.comity.core.mla.decision.GroundFound;
import org.comity.core.mla.decision.MlaRefusalGroundsInput;
import org.springframework.stereotype.Component;

/**
 * Business rule task {@code BusinessRuleTask_RefusalGrounds}: records the grounds of
 * {@code MlaRefusalGrounds} for the assessment just completed and writes their codes as variables
 * for the case view and the auditor.
 */
@Component("mlaRefusalGrounds")
class MlaRefusalGroundsTask implements JavaDelegate {

    private final MlaGroundsAssessment assessment;

    MlaRefusalGroundsTask(MlaGroundsAssessment assessment) {
        this.assessment = assessment;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> findings = new HashMap<>();
        MlaRefusalGroundsInput.OFFICER_FINDINGS.forEach(f -> findings.put(f, execution.getVariable(f)));
        List<GroundFound> grounds = assessment.record(execution.getBusinessKey(), findings);
        List<String> mandatory = grounds.stream().filter(GroundFound::mandatory).map(g -> g.code().name()).toList();
        execution.setVariable(MANDATORY_GROUND_FOUND, !mandatory.isEmpty());
        execution.setVariable(MANDATORY_GROUNDS, String.join(",", mandatory));
        execution.setVariable(OPTIONAL_GROUNDS, String.join(",",
                grounds.stream().filter(g -> !g.mandatory()).map(g -> g.code().name()).toList()));
    }
}
