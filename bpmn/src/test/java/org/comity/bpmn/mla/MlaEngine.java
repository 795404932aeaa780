package org.comity.bpmn.mla;

import static org.comity.core.mla.MlaProcesses.Variables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.comity.bpmn.CaseDriver;
import org.comity.core.mla.MlaMessages;
import org.comity.core.mla.MlaOutgoing;
import org.comity.core.mla.MlaProcesses.Beans;
import org.comity.core.mla.MlaProcesses.Requesting;
import org.comity.core.mla.MlaWindows;
import org.comity.core.mla.decision.MlaDecisions;
import org.comity.core.mla.decision.MlaRefusalGroundsInput;
import org.comity.core.mla.delegate.MlaDelegates;
import org.comity.core.mla.request.MlaLegalBases;

/**
 * Drives both MLA processes in a test ({@link CaseDriver}): the real message senders (their status
 * changes recorded here) and window delegates; stand-ins for the delegates that need Comity's tables. The
 * refusal grounds come from the real DMN table, evaluated on the findings the assessment left as
 * variables.
 */
final class MlaEngine extends CaseDriver {

    final List<String> issuedDocuments = new ArrayList<>();
    final List<String> statuses = new ArrayList<>();

    MlaEngine(ProcessEngine engine) {
        super(engine);
        MlaDelegates delegates = new MlaDelegates();
        Mocks.register(Beans.PRE_CHECK, (JavaDelegate) execution -> {});
        MlaMessages messages = new MlaMessages((caseId, status) -> statuses.add(status));
        for (MlaOutgoing outgoing : MlaOutgoing.values()) {
            Mocks.register(outgoing.bean(), (JavaDelegate) execution -> messages.send(execution, outgoing));
        }
        MlaWindows windows = new MlaWindows(JURISDICTIONS);
        Mocks.register(Beans.START_MORE_INFORMATION_WINDOW, delegates.startMoreInformationWindow(windows));
        Mocks.register(Beans.START_POSTPONEMENT, delegates.startPostponement(windows));
        for (String document : List.of(
                Beans.ISSUE_LETTER_OF_REQUEST,
                Beans.ISSUE_EXECUTION_REPORT,
                Beans.ISSUE_REFUSAL_NOTICE,
                Beans.ISSUE_POSTPONEMENT_NOTICE)) {
            Mocks.register(document, (JavaDelegate) execution -> issuedDocuments.add(execution.getCurrentActivityId()));
        }
        Mocks.register(Beans.REFUSAL_GROUNDS, (JavaDelegate) execution -> {
            MlaRefusalGroundsInput input =
                    MlaRefusalGroundsInput.noGroundsIn((String) execution.getVariable(REQUESTED_STATE));
            MlaRefusalGroundsInput.FINDINGS.stream()
                    .filter(f -> Boolean.TRUE.equals(execution.getVariable(f)))
                    .forEach(f -> input.with(f, true));
            List<Map<String, Object>> grounds = execution
                    .getProcessEngineServices()
                    .getDecisionService()
                    .evaluateDecisionTableByKey(MlaDecisions.ID, input.toVariables())
                    .getResultList();
            List<String> mandatory = codes(grounds, true);
            execution.setVariable(MANDATORY_GROUND_FOUND, !mandatory.isEmpty());
            execution.setVariable(MANDATORY_GROUNDS, String.join(",", mandatory));
            execution.setVariable(OPTIONAL_GROUNDS, String.join(",", codes(grounds, false)));
        });
    }

    private static List<String> codes(List<Map<String, Object>> grounds, boolean mandatory) {
        return grounds.stream()
                .filter(g -> Boolean.valueOf(mandatory).equals(g.get(MlaDecisions.MANDATORY)))
                .map(g -> (String) g.get(MlaDecisions.GROUND_CODE))
                .toList();
    }

    /**
     * Starts the requesting side of a request from {@code requesting} to {@code requested}; a
     * deadline's last day ends at midnight in the requested state, as intake computes it.
     */
    ProcessInstance submit(String requesting, String requested, boolean confidential, LocalDate deadline) {
        Date deadlineAt = deadline == null
                ? null
                : Date.from(deadline.plusDays(1)
                        .atStartOfDay(JURISDICTIONS.require(requested).zone())
                        .toInstant());
        ProcessInstance instance = engine.getRuntimeService()
                .startProcessInstanceByKey(
                        Requesting.PROCESS_ID,
                        caseId,
                        Variables.createVariables()
                                .putValue(CASE_ID, caseId)
                                .putValue(REQUEST_ID, UUID.randomUUID().toString())
                                .putValue(REQUESTING_STATE, requesting)
                                .putValue(REQUESTED_STATE, requested)
                                .putValue(LEGAL_BASIS_ID, MlaLegalBases.UNTOC)
                                .putValue(CONFIDENTIAL, confidential)
                                .putValueTyped(DEADLINE_AT, Variables.dateValue(deadlineAt)));
        runJobs();
        return instance;
    }
}
