package org.comity.bpmn;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.comity.core.jurisdiction.Jurisdiction;
import org.comity.core.jurisdiction.JurisdictionRegistry;

/**
 * Drives the processes of one case (both sides share its id as business key) in a process test:
 * completes tasks, runs the jobs that are due and moves the engine clock, never sleeping. Feature
 * drivers add the delegates and the start of their processes.
 */
public class CaseDriver {

    public static final ZoneId YANGON = ZoneId.of("Asia/Yangon");
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final JurisdictionRegistry JURISDICTIONS = new JurisdictionRegistry(List.of(
            new Jurisdiction("CN", "China", "中国", SHANGHAI, List.of("zh")),
            new Jurisdiction("MM", "Myanmar", "မြန်မာ", YANGON, List.of("my"))));

    protected final ProcessEngine engine;
    public final String caseId = UUID.randomUUID().toString();

    protected CaseDriver(ProcessEngine engine) {
        this.engine = engine;
    }

    /**
     * An in-memory engine for one process test class: H2, full history, no job executor, delegates
     * from {@code Mocks}, flow-node coverage of {@code processId} (the other side excluded) reported
     * under {@code target/process-test-coverage} and required to reach 90%.
     */
    public static ProcessEngineCoverageExtension extension(String processId, String otherSide) {
        ProcessCoverageInMemProcessEngineConfiguration config = new ProcessCoverageInMemProcessEngineConfiguration();
        config.setProcessEngineName(processId);
        config.setJdbcUrl("jdbc:h2:mem:" + processId + ";DB_CLOSE_DELAY=1000");
        config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        config.setJobExecutorActivate(false);
        config.setExpressionManager(new MockExpressionManager());
        config.setJavaSerializationFormatEnabled(false);
        return (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension.builder(config)
                .excludeProcessDefinitionKeys(otherSide)
                .assertClassCoverageAtLeast(0.9)
                .build();
    }

    public static void clockAt(ZonedDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.toInstant()));
    }

    /** Runs every job that is due at the engine's current time, until none is left. */
    public void runJobs() {
        for (int round = 0; round < 50; round++) {
            List<Job> due =
                    engine
                            .getRuntimeService()
                            .createProcessInstanceQuery()
                            .processInstanceBusinessKey(caseId)
                            .list()
                            .stream()
                            .flatMap(instance -> engine
                                    .getManagementService()
                                    .createJobQuery()
                                    .processInstanceId(instance.getId())
                                    .executable()
                                    .list()
                                    .stream())
                            .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        throw new IllegalStateException("jobs keep coming");
    }

    public Task task(String processId, String taskKey) {
        return engine.getTaskService()
                .createTaskQuery()
                .processDefinitionKey(processId)
                .taskDefinitionKey(taskKey)
                .processInstanceBusinessKey(caseId)
                .singleResult();
    }

    public void complete(String processId, String taskKey, Map<String, Object> variables) {
        Task task = task(processId, taskKey);
        if (task == null) {
            throw new AssertionError("no open task " + taskKey + " in " + processId);
        }
        engine.getTaskService().complete(task.getId(), variables);
        runJobs();
    }

    public ProcessInstance instance(String processId) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(processId)
                .processInstanceBusinessKey(caseId)
                .singleResult();
    }

    public HistoricProcessInstance history(String processId) {
        List<HistoricProcessInstance> all = engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(processId)
                .processInstanceBusinessKey(caseId)
                .orderByProcessInstanceStartTime()
                .desc()
                .list();
        return all.isEmpty() ? null : all.get(0);
    }

    public void correlate(String message) {
        engine.getRuntimeService()
                .createMessageCorrelation(message)
                .processInstanceBusinessKey(caseId)
                .correlate();
        runJobs();
    }
}
