package org.comity.bpmn.extradition;

import static org.comity.core.extradition.process.ExtraditionProcesses.Variables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.comity.bpmn.CaseDriver;
import org.comity.core.extradition.decision.ExtraditionDecisions.RefusalGrounds;
import org.comity.core.extradition.decision.RefusalGroundsInput;
import org.comity.core.extradition.legalbasis.LegalBasisRegistry;
import org.comity.core.extradition.process.ExtraditionMessageSender;
import org.comity.core.extradition.process.ExtraditionOutcome;
import org.comity.core.extradition.process.ExtraditionProcesses.Requesting;
import org.comity.core.extradition.process.ExtraditionStatus;
import org.comity.core.extradition.process.ExtraditionWindows;
import org.comity.core.extradition.request.Urgency;

/**
 * Drives both extradition processes in a test ({@link CaseDriver}): registers the delegates (the
 * real message sender and windows; stand-ins for the ones that need Comity's tables) and starts a
 * case. Refusal grounds come from the real DMN table.
 */
final class ExtraditionEngine extends CaseDriver {

    final List<String> issuedDocuments = new ArrayList<>();
    /** The case status each end event set, in order ({@code ExtraditionStatus.atEnd}). */
    final List<String> statuses = new ArrayList<>();

    ExtraditionEngine(ProcessEngine engine) {
        super(engine);
        Mocks.register("extraditionPreCheck", (JavaDelegate) execution -> { });
        Mocks.register("extraditionCaseStatus", (ExecutionListener) execution -> statuses.add(ExtraditionStatus.atEnd(
                execution.getCurrentActivityId(), Boolean.TRUE.equals(execution.getVariable(EXTRADITION_GRANTED))).name()));
        Mocks.register("extraditionMessages", new ExtraditionMessageSender(event -> { }));
        Mocks.register("extraditionWindows", new ExtraditionWindows(LegalBasisRegistry.standard(), JURISDICTIONS));
        Mocks.register("extraditionDocuments",
                (JavaDelegate) execution -> issuedDocuments.add(execution.getCurrentActivityId()));
        Mocks.register("extraditionDecisionIssuer", (JavaDelegate) execution -> {
            issuedDocuments.add(execution.getCurrentActivityId());
            execution.setVariable(EXTRADITION_GRANTED, ExtraditionOutcome.granted(
                    (String) execution.getVariable(RULING), (String) execution.getVariable(DECISION)));
        });
        Mocks.register("refusalGroundsAssessment", (JavaDelegate) execution -> {
            RefusalGroundsInput input = RefusalGroundsInput.noGroundsIn((String) execution.getVariable(REQUESTED_STATE));
            RefusalGroundsInput.FINDINGS.stream().filter(execution::hasVariable)
                    .forEach(f -> input.with(f, (Boolean) execution.getVariable(f)));
            List<Map<String, Object>> grounds = execution.getProcessEngineServices().getDecisionService()
                    .evaluateDecisionTableByKey(RefusalGrounds.ID, input.toVariables()).getResultList();
            List<String> mandatory = codes(grounds, true);
            execution.setVariable(MANDATORY_GROUND_FOUND, !mandatory.isEmpty());
            execution.setVariable(MANDATORY_GROUNDS, String.join(",", mandatory));
            execution.setVariable(OPTIONAL_GROUNDS, String.join(",", codes(grounds, false)));
        });
    }

    private static List<String> codes(List<Map<String, Object>> grounds, boolean mandatory) {
        return grounds.stream().filter(g -> Boolean.valueOf(mandatory).equals(g.get(RefusalGrounds.MANDATORY)))
                .map(g -> (String) g.get(RefusalGrounds.GROUND_CODE)).toList();
    }

    /** Starts the requesting side for a request from MM to CN under the given legal basis. */
    ProcessInstance submit(Urgency urgency, String legalBasisId) {
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(Requesting.PROCESS_ID, caseId,
                Variables.createVariables().putValue(CASE_ID, caseId).putValue(REQUEST_ID, UUID.randomUUID().toString())
                        .putValue(REQUESTING_STATE, "MM").putValue(REQUESTED_STATE, "CN")
                        .putValue(LEGAL_BASIS_ID, legalBasisId).putValue(URGENCY, urgency.name()));
        runJobs();
        return instance;
    }
}
