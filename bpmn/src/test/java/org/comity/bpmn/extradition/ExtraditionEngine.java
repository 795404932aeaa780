package org.comity.bpmn.extradition;

import static org.comity.core.extradition.ExtraditionProcesses.Variables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.comity.bpmn.CaseDriver;
import org.comity.core.extradition.ExtraditionProcesses.Beans;
import org.comity.core.extradition.ExtraditionProcesses.Requesting;
import org.comity.core.extradition.ExtraditionStatus;
import org.comity.core.extradition.decision.ExtraditionDecisions.RefusalGrounds;
import org.comity.core.extradition.decision.ExtraditionOutcome;
import org.comity.core.extradition.decision.RefusalGroundsInput;
import org.comity.core.extradition.delegate.ExtraditionCaseStatus;
import org.comity.core.extradition.delegate.ExtraditionDelegates;
import org.comity.core.extradition.delegate.ExtraditionMessageSender;
import org.comity.core.extradition.delegate.ExtraditionWindows;
import org.comity.core.extradition.request.LegalBasisRegistry;
import org.comity.core.extradition.request.Urgency;

/**
 * Drives both extradition processes in a test ({@link CaseDriver}): registers the delegates (the
 * real adapters of {@link ExtraditionDelegates} over the real message sender and windows and a case
 * status that only records; stand-ins for the ones that need Comity's tables) and starts a case. Refusal grounds come from the real DMN table.
 */
final class ExtraditionEngine extends CaseDriver {

    final List<String> issuedDocuments = new ArrayList<>();
    /** The case status each end event set, in order (the end listeners of {@link ExtraditionDelegates}). */
    final List<String> statuses = new ArrayList<>();

    ExtraditionEngine(ProcessEngine engine) {
        super(engine);
        ExtraditionDelegates delegates = new ExtraditionDelegates();
        ExtraditionMessageSender messages = new ExtraditionMessageSender(event -> {});
        ExtraditionWindows windows = new ExtraditionWindows(LegalBasisRegistry.standard(), JURISDICTIONS);
        ExtraditionCaseStatus caseStatus = new ExtraditionCaseStatus(null, null) {
            @Override
            public void set(DelegateExecution execution, ExtraditionStatus status) {
                statuses.add(status.name());
            }
        };
        Mocks.register(Beans.PRE_CHECK, (JavaDelegate) execution -> {});
        Mocks.register(Beans.PROVISIONAL_ARREST_REQUESTED, delegates.provisionalArrestRequested(messages));
        Mocks.register(Beans.REQUEST_SENT, delegates.requestSent(messages));
        Mocks.register(Beans.FORMAL_REQUEST_SENT, delegates.formalRequestSent(messages));
        Mocks.register(Beans.SUPPLEMENTARY_SENT, delegates.supplementarySent(messages));
        Mocks.register(Beans.SUPPLEMENTARY_REQUESTED, delegates.supplementaryRequested(messages));
        Mocks.register(Beans.TERMINATION_NOTIFIED, delegates.terminationNotified(messages));
        Mocks.register(Beans.DECISION_SENT, delegates.decisionSent(messages));
        Mocks.register(Beans.PERSON_SURRENDERED, delegates.personSurrendered(messages));
        Mocks.register(Beans.RELEASE_NOTIFIED, delegates.releaseNotified(messages));
        Mocks.register(Beans.START_PROVISIONAL_ARREST_WINDOW, delegates.provisionalArrestWindow(windows));
        Mocks.register(Beans.EXTEND_PROVISIONAL_ARREST, delegates.provisionalArrestExtension(windows));
        Mocks.register(Beans.START_SUPPLEMENTARY_WINDOW, delegates.supplementaryWindow(windows));
        Mocks.register(Beans.EXTEND_SUPPLEMENTARY, delegates.supplementaryExtension(windows));
        Mocks.register(Beans.START_SURRENDER_WINDOW, delegates.surrenderWindow(windows));
        Mocks.register(Beans.EXTEND_SURRENDER, delegates.surrenderExtension(windows));
        Mocks.register(Beans.REQUEST_ENDED_REFUSED, delegates.requestEndedRefused(caseStatus));
        Mocks.register(Beans.REQUEST_ENDED_SURRENDERED, delegates.requestEndedSurrendered(caseStatus));
        Mocks.register(Beans.REQUEST_ENDED_TERMINATED, delegates.requestEndedTerminated(caseStatus));
        Mocks.register(Beans.REQUEST_ENDED_ABANDONED, delegates.requestEndedAbandoned(caseStatus));
        Mocks.register(Beans.EXAMINATION_ENDED_REFUSED, delegates.examinationEndedRefused(caseStatus));
        Mocks.register(Beans.EXAMINATION_ENDED_SURRENDERED, delegates.examinationEndedSurrendered(caseStatus));
        Mocks.register(Beans.EXAMINATION_ENDED_TERMINATED, delegates.examinationEndedTerminated(caseStatus));
        Mocks.register(Beans.EXAMINATION_ENDED_RELEASED, delegates.examinationEndedReleased(caseStatus));
        for (String document : List.of(
                Beans.ISSUE_REQUEST,
                Beans.REQUEST_SUPPLEMENTARY,
                Beans.ISSUE_SURRENDER_RECORD,
                Beans.ISSUE_RELEASE_NOTICE)) {
            Mocks.register(document, (JavaDelegate) execution -> issuedDocuments.add(execution.getCurrentActivityId()));
        }
        Mocks.register(Beans.ISSUE_DECISION, (JavaDelegate) execution -> {
            issuedDocuments.add(execution.getCurrentActivityId());
            execution.setVariable(
                    EXTRADITION_GRANTED, ExtraditionOutcome.granted((String) execution.getVariable(RULING), (String)
                            execution.getVariable(DECISION)));
        });
        Mocks.register(Beans.REFUSAL_GROUNDS, (JavaDelegate) execution -> {
            RefusalGroundsInput input =
                    RefusalGroundsInput.noGroundsIn((String) execution.getVariable(REQUESTED_STATE));
            RefusalGroundsInput.FINDINGS.stream()
                    .filter(execution::hasVariable)
                    .forEach(f -> input.with(f, (Boolean) execution.getVariable(f)));
            List<Map<String, Object>> grounds = execution
                    .getProcessEngineServices()
                    .getDecisionService()
                    .evaluateDecisionTableByKey(RefusalGrounds.ID, input.toVariables())
                    .getResultList();
            List<String> mandatory = codes(grounds, true);
            execution.setVariable(MANDATORY_GROUND_FOUND, !mandatory.isEmpty());
            execution.setVariable(MANDATORY_GROUNDS, String.join(",", mandatory));
            execution.setVariable(OPTIONAL_GROUNDS, String.join(",", codes(grounds, false)));
        });
    }

    private static List<String> codes(List<Map<String, Object>> grounds, boolean mandatory) {
        return grounds.stream()
                .filter(g -> Boolean.valueOf(mandatory).equals(g.get(RefusalGrounds.MANDATORY)))
                .map(g -> (String) g.get(RefusalGrounds.GROUND_CODE))
                .toList();
    }

    /** Starts the requesting side for a request from MM to CN under the given legal basis. */
    ProcessInstance submit(Urgency urgency, String legalBasisId) {
        ProcessInstance instance = engine.getRuntimeService()
                .startProcessInstanceByKey(
                        Requesting.PROCESS_ID,
                        caseId,
                        Variables.createVariables()
                                .putValue(CASE_ID, caseId)
                                .putValue(REQUEST_ID, UUID.randomUUID().toString())
                                .putValue(REQUESTING_STATE, "MM")
                                .putValue(REQUESTED_STATE, "CN")
                                .putValue(LEGAL_BASIS_ID, legalBasisId)
                                .putValue(URGENCY, urgency.name()));
        runJobs();
        return instance;
    }
}
