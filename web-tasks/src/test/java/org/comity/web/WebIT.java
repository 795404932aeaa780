package org.comity.web;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring context of web-tasks' H2 integration tests (every subclass shares it): the whole
 * application on an in-memory H2 database with the demo identities (not the seed operation), on a random port. The job
 * executor is off so that no timer fires behind a test's back.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:comity-it;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
            "camunda.bpm.job-execution.enabled=false",
            "comity.demo.load-operation=false"
        })
@ActiveProfiles("demo")
@AutoConfigureMockMvc
public abstract class WebIT {

    public static final String PASSWORD = "demo";

    @LocalServerPort
    protected int port;

    @Autowired
    protected RuntimeService runtime;

    @Autowired
    protected TaskService tasks;

    protected TestApi as(String user) {
        return TestApi.as(port, user, PASSWORD);
    }

    protected TestApi withToken(String token) {
        return TestApi.withToken(port, token);
    }

    protected TestApi anonymous() {
        return TestApi.anonymous(port);
    }

    /** Starts the test process for a new case of the jurisdiction; returns the case id. */
    protected String startCase(String jurisdiction, Instant due) {
        String caseId = UUID.randomUUID().toString();
        runtime.startProcessInstanceByKey(
                "PlatformTestProcess", caseId, Map.of("jurisdiction", jurisdiction, "due", Date.from(due)));
        return caseId;
    }

    protected String startCase(String jurisdiction) {
        return startCase(jurisdiction, TestClock.now().plusSeconds(86_400 * 10));
    }

    /** The id of the case's open task of the given kind. */
    protected String openTask(String caseId, String taskKey) {
        Task task = tasks.createTaskQuery()
                .processInstanceBusinessKey(caseId)
                .taskDefinitionKey(taskKey)
                .singleResult();
        return task == null ? null : task.getId();
    }
}
