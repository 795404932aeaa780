package org.comity.bpmn.extradition;

import static org.comity.core.extradition.process.ExtraditionProcesses.Variables.*;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.comity.core.extradition.decision.ExtraditionDecisions.RefusalGrounds;
import org.comity.core.extradition.decision.RefusalGroundsInput;
import org.comity.core.extradition.legalbasis.LegalBasisRegistry;
import org.comity.core.extradition.process.ExtraditionMessageSender;
import org.comity.core.extradition.process.ExtraditionOutcome;
import org.comity.core.extradition.process.ExtraditionProcesses.Requesting;
import org.comity.core.extradition.process.ExtraditionStatus;
import org.comity.core.extradition.process.ExtraditionWindows;
import org.comity.core.extradition.request.Urgency;
import org.comity.core.jurisdiction.Jurisdiction;
import org.comity.core.jurisdiction.JurisdictionRegistry;

/**
 * Drives both extradition processes in a test: registers the delegates (the real message sender
 * and windows; stand-ins for the ones that need Comity's tables), starts a case, completes tasks,
 * runs due jobs and moves the clock. Refusal grounds come from the real DMN table.
 */
final class ExtraditionEngine {

    static final ZoneId YANGON = ZoneId.of("Asia/Yangon");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final JurisdictionRegistry JURISDICTIONS = new JurisdictionRegistry(List.of(
            new Jurisdiction("CN", "China", "中国", SHANGHAI, List.of("zh")),
            new Jurisdiction("MM", "Myanmar", "မြန်မာ", YANGON, List.of("my"))));

    private final ProcessEngine engine;
    final List<String> issuedDocuments = new ArrayList<>();
    /** The case status each end event set, in order ({@code ExtraditionStatus.atEnd}). */
    final List<String> statuses = new ArrayList<>();
    final String caseId = UUID.randomUUID().toString();

    ExtraditionEngine(ProcessEngine engine) {
        this.engine = engine;
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

    /**
     * An in-memory engine for one process test class: H2, full history, no job executor, delegates
     * from {@code Mocks}, flow-node coverage of {@code processId} (the other side excluded) reported
     * under {@code target/process-test-coverage} and required to reach 90%.
     */
    static ProcessEngineCoverageExtension extension(String processId, String otherSide) {
        ProcessCoverageInMemProcessEngineConfiguration config = new ProcessCoverageInMemProcessEngineConfiguration();
        config.setProcessEngineName(processId);
        config.setJdbcUrl("jdbc:h2:mem:" + processId + ";DB_CLOSE_DELAY=1000");
        config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        config.setJobExecutorActivate(false);
        config.setExpressionManager(new MockExpressionManager());
        config.setJavaSerializationFormatEnabled(false);
        return (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension.builder(config)
                .excludeProcessDefinitionKeys(otherSide).assertClassCoverageAtLeast(0.9).build();
    }

    static void clockAt(ZonedDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.toInstant()));
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

    /** Runs every job that is due at the engine's current time, until none is left. */
    void runJobs() {
        for (int round = 0; round < 50; round++) {
            List<Job> due = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseId)
                    .list().stream().flatMap(instance -> engine.getManagementService().createJobQuery()
                            .processInstanceId(instance.getId()).executable().list().stream())
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        throw new IllegalStateException("jobs keep coming");
    }

    Task task(String processId, String taskKey) {
        return engine.getTaskService().createTaskQuery().processDefinitionKey(processId).taskDefinitionKey(taskKey)
                .processInstanceBusinessKey(caseId).singleResult();
    }

    void complete(String processId, String taskKey, Map<String, Object> variables) {
        Task task = task(processId, taskKey);
        if (task == null) {
            throw new AssertionError("no open task " + taskKey + " in " + processId);
        }
        engine.getTaskService().complete(task.getId(), variables);
        runJobs();
    }

    ProcessInstance instance(String processId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processId)
                .processInstanceBusinessKey(caseId).singleResult();
    }

    org.camunda.bpm.engine.history.HistoricProcessInstance history(String processId) {
        List<org.camunda.bpm.engine.history.HistoricProcessInstance> all = engine.getHistoryService()
                .createHistoricProcessInstanceQuery().processDefinitionKey(processId).processInstanceBusinessKey(caseId)
                .orderByProcessInstanceStartTime().desc().list();
        return all.isEmpty() ? null : all.get(0);
    }

    void correlate(String message) {
        engine.getRuntimeService().createMessageCorrelation(message).processInstanceBusinessKey(caseId).correlate();
        runJobs();
    }
}
