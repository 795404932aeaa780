package org.comity.web.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The engine a team would build on instead of Comity (issue #16): Camunda 7.24 configured by hand,
 * with none of Comity's plug-ins, task listeners, parse listeners, read model or audit log, on a
 * database of its own, running one process of two user tasks for a candidate group. Settings that
 * change the engine's cost are Comity's: history FULL, the job executor off (as in Comity's
 * benchmark contexts), UUID ids ({@link StrongUuidGenerator}, as the Spring Boot starter sets),
 * JDBC batching on (the engine's default), HikariCP as Spring Boot's pool. Its data source counts
 * the statements it executes ({@link StatementCount}), the way Comity's is counted in the same run.
 */
final class BareEngine implements AutoCloseable {

    static final String PROCESS = "BareTwoUserTasks";
    static final String GROUP = "cn-officer";

    private final HikariDataSource pool;
    private final ProcessEngine engine;
    final StatementCount statements = new StatementCount();

    private BareEngine(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(10);
        pool = new HikariDataSource(config);
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setDataSource(ProxyDataSourceBuilder.create(pool)
                .name("bare")
                .countQuery(statements.holder())
                .build());
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setProcessEngineName("bare-" + UUID.randomUUID());
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService()
                .createDeployment()
                .addModelInstance(PROCESS + ".bpmn", twoUserTasks())
                .deploy();
    }

    /** A bare engine on its own H2 file database (as Comity's default) or PostgreSQL database. */
    static BareEngine on(String jdbcUrl, String user, String password) {
        return new BareEngine(jdbcUrl, user, password);
    }

    private static BpmnModelInstance twoUserTasks() {
        return Bpmn.createExecutableProcess(PROCESS)
                .camundaHistoryTimeToLive(180)
                .startEvent()
                .userTask("first")
                .name("Verify nationality")
                .camundaCandidateGroups(GROUP)
                .userTask("second")
                .name("Issue travel document")
                .camundaCandidateGroups(GROUP)
                .endEvent()
                .done();
    }

    /**
     * Starts {@code count} instances, one per transaction, with a business key and the four variables
     * Comity's person process is started with (no personal data); returns their business key.
     */
    String start(int count) {
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < count; i++) {
            engine.getRuntimeService()
                    .startProcessInstanceByKey(
                            PROCESS,
                            key,
                            Variables.createVariables()
                                    .putValue("holdingState", "MM")
                                    .putValue("receivingState", "CN")
                                    .putValue("personId", UUID.randomUUID().toString())
                                    .putValue("verificationSla", "P15D"));
        }
        return key;
    }

    /** The open tasks of the instances started under {@code businessKey} (not timed). */
    List<String> tasksOf(String businessKey, int count) {
        List<String> ids = new ArrayList<>();
        for (int first = 0; ids.size() < count; first += 500) {
            List<Task> page = engine.getTaskService()
                    .createTaskQuery()
                    .processInstanceBusinessKey(businessKey)
                    .taskDefinitionKey("first")
                    .orderByTaskId()
                    .asc()
                    .listPage(first, 500);
            if (page.isEmpty()) {
                break;
            }
            page.forEach(t -> ids.add(t.getId()));
        }
        return ids;
    }

    /** {@code TaskService.complete} with the form's one value, one task per transaction. */
    void complete(List<String> taskIds) {
        Map<String, Object> values = Variables.createVariables().putValue("nationalityVerification", "CONFIRMED");
        taskIds.forEach(id -> engine.getTaskService().complete(id, values));
    }

    /** The candidate group's first page of 25, due date first, and its count: a task list's two queries. */
    long page() {
        List<Task> page = engine.getTaskService()
                .createTaskQuery()
                .taskCandidateGroup(GROUP)
                .includeAssignedTasks()
                .orderByDueDate()
                .asc()
                .orderByTaskCreateTime()
                .asc()
                .listPage(0, 25);
        long count = engine.getTaskService()
                .createTaskQuery()
                .taskCandidateGroup(GROUP)
                .includeAssignedTasks()
                .count();
        if (page.isEmpty() != (count == 0)) {
            throw new IllegalStateException("page and count disagree");
        }
        return count;
    }

    long openTasks() {
        return engine.getTaskService().createTaskQuery().count();
    }

    @Override
    public void close() {
        engine.close();
        pool.close();
    }
}
