package org.comity.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.comity.ComityApplication;
import org.comity.core.repatriation.RepatriationModel;
import org.comity.core.repatriation.request.PersonInput;
import org.comity.web.repatriation.RepatriationFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The default database is an H2 file: cases survive a restart of the application. */
class RestartIT {

    @Test
    void keepsCasesAcrossARestart() throws Exception {
        Path dataDir = Files.createTempDirectory("comity-restart");
        String caseId = "restart-" + System.nanoTime();
        try (ConfigurableApplicationContext first = boot(dataDir)) {
            first.getBean(RuntimeService.class)
                    .startProcessInstanceByKey(
                            "PlatformTestProcess",
                            caseId,
                            Map.of(
                                    "jurisdiction",
                                    "CN",
                                    "due",
                                    Date.from(TestClock.now().plusSeconds(3600))));
        }
        assertThat(dataDir.resolve("comity.mv.db")).exists();
        try (ConfigurableApplicationContext second = boot(dataDir)) {
            assertThat(second.getBean(RuntimeService.class)
                            .createProcessInstanceQuery()
                            .processInstanceBusinessKey(caseId)
                            .count())
                    .isOne();
        }
    }

    /**
     * Issue #14 item 4: the intake commits a batch of persons, then starts their processes in later
     * transactions; a crash in between leaves persons stored without a process. That state is made
     * here as a crash leaves it (the processes removed, the persons' links cleared); the operation's
     * figures count them as awaiting their start, and the next start of the application starts each
     * missing process exactly once.
     */
    @Test
    void startsThePersonProcessesThatAnInterruptedIntakeLeftUnstartedWhenItRestarts() throws Exception {
        Path dataDir = Files.createTempDirectory("comity-recovery");
        String operation;
        try (ConfigurableApplicationContext first = bootDemo(dataDir)) {
            TestApi holding = TestApi.withToken(port(first), "demo-mm-mpf");
            operation = RepatriationFixtures.open(
                    holding,
                    RepatriationFixtures.theSeedOperation(
                            "Recovery " + System.nanoTime(),
                            List.of(
                                    aDetainee("甲一", "JIA Yi", 1),
                                    aDetainee("乙二", "YI Er", 2),
                                    aDetainee("丙三", "BING San", 3))));
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            List<String> processes = jdbc.sql(
                            "SELECT process_instance_id FROM repatriation_person WHERE operation_id = ?")
                    .param(UUID.fromString(operation))
                    .query(String.class)
                    .list();
            first.getBean(RuntimeService.class).deleteProcessInstances(processes, "crash", true, true);
            jdbc.sql("UPDATE repatriation_person SET process_instance_id = NULL WHERE operation_id = ?")
                    .param(UUID.fromString(operation))
                    .update();

            JsonNode stages = holding.get("/api/v1/operations/" + operation + "/metrics")
                    .json()
                    .get("personsPerStage");
            assertThat(stages.get("AWAITING_PROCESS_START").asLong()).isEqualTo(3);
        }
        try (ConfigurableApplicationContext second = bootDemo(dataDir)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            List<String> processes = jdbc.sql(
                            "SELECT process_instance_id FROM repatriation_person WHERE operation_id = ?")
                    .param(UUID.fromString(operation))
                    .query(String.class)
                    .list();
            assertThat(processes).hasSize(3).doesNotContainNull().doesNotHaveDuplicates();
            assertThat(second.getBean(RuntimeService.class)
                            .createProcessInstanceQuery()
                            .processInstanceBusinessKey(operation)
                            .processDefinitionKey(RepatriationModel.PERSON_PROCESS)
                            .active()
                            .count())
                    .as("one process per person, no more")
                    .isEqualTo(3);

            JsonNode stages = TestApi.withToken(port(second), "demo-mm-mpf")
                    .get("/api/v1/operations/" + operation + "/metrics")
                    .json()
                    .get("personsPerStage");
            assertThat(stages.get("VERIFYING_NATIONALITY").asLong()).isEqualTo(3);
            assertThat(stages.has("AWAITING_PROCESS_START")).isFalse();
            assertThat(dataDir.resolve("audit-checkpoints.log"))
                    .as("checkpoints copied outside the database")
                    .isNotEmptyFile();
        }
    }

    private static PersonInput aDetainee(String nameOriginal, String nameLatin, int day) {
        return RepatriationFixtures.aDetainee(nameOriginal, nameLatin, LocalDate.of(1990, 1, day));
    }

    private static ConfigurableApplicationContext bootDemo(Path dataDir) {
        return new SpringApplicationBuilder(ComityApplication.class)
                .profiles("demo")
                .run(
                        "--comity.data-dir=" + dataDir,
                        "--server.port=0",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--comity.demo.load-operation=false",
                        "--spring.main.banner-mode=off");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static ConfigurableApplicationContext boot(Path dataDir) {
        return new SpringApplicationBuilder(ComityApplication.class)
                .run(
                        "--comity.data-dir=" + dataDir,
                        "--server.port=0",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--spring.main.banner-mode=off");
    }
}
