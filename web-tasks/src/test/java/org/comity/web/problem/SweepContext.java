package org.comity.web.problem;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.comity.core.archive.DocumentArchive;
import org.comity.web.TestApi;
import org.comity.web.extradition.ExtraditionCaseScenario;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the sweep's catalogues need of the application under test, on H2 ({@code WebIT}) or
 * PostgreSQL ({@code PostgresWebIT}) alike: its port, the engine's services to drive cases to their
 * forms, and its database to count rows.
 */
record SweepContext(
        int port,
        RuntimeService runtime,
        ManagementService management,
        TaskService tasks,
        DocumentArchive archive,
        JdbcClient jdbc) {

    static final String PASSWORD = "demo";

    TestApi as(String user) {
        return TestApi.as(port, user, PASSWORD);
    }

    TestApi withToken(String token) {
        return TestApi.withToken(port, token);
    }

    ExtraditionCaseScenario extraditions() {
        return new ExtraditionCaseScenario(port, runtime, management, archive);
    }
}
