package org.comity.web.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.comity.core.repatriation.RepatriationModel;
import org.comity.web.TestApi;
import org.comity.web.repatriation.RepatriationFixtures;
import org.junit.jupiter.api.Test;

/**
 * Issue #14 item 4 on PostgreSQL: an intake commits its persons, then starts their processes in later
 * transactions, so a process killed in between leaves persons without a process. The test leaves the
 * database in exactly that state (the persons' processes removed, their links cleared), stops the
 * node, and starts a new one on the same database: its recovery starts every missing process once,
 * and the operation's figures, which counted the persons as awaiting their start, add up again.
 */
class PersonProcessRecoveryPostgresIT {

    private static final String DATABASE = "comity_recovery";

    @Test
    void aNewNodeStartsThePersonProcessesThatAKilledIntakeLeftUnstarted() throws Exception {
        EmbeddedPostgresServer.recreate(DATABASE);
        String operation;
        try (ClusterNode killed = ClusterNode.start(DATABASE)) {
            TestApi holding = TestApi.withToken(killed.port(), "demo-mm-mpf");
            operation = RepatriationFixtures.open(holding, RepatriationFixtures.theSeedOperation(
                    "Recovery on PostgreSQL", List.of(detainee("丁四", "DING Si", 4), detainee("戊五", "WU Wu", 5),
                            detainee("己六", "JI Liu", 6), detainee("庚七", "GENG Qi", 7))));
            List<String> processes = processesOf(killed, operation);
            killed.bean(RuntimeService.class).deleteProcessInstances(processes, "killed", true, true);
            killed.jdbc().sql("UPDATE repatriation_person SET process_instance_id = NULL WHERE operation_id = ?")
                .param(UUID.fromString(operation)).update();

            assertThat(stages(holding, operation).get("AWAITING_PROCESS_START").asLong()).isEqualTo(4);
        }
        try (ClusterNode restarted = ClusterNode.start(DATABASE)) {
            List<String> processes = processesOf(restarted, operation);

            assertThat(processes).hasSize(4).doesNotContainNull().doesNotHaveDuplicates();
            assertThat(restarted.bean(RuntimeService.class).createProcessInstanceQuery()
                .processInstanceBusinessKey(operation).processDefinitionKey(RepatriationModel.PERSON_PROCESS).active()
                .count()).isEqualTo(4);
            JsonNode stages = stages(TestApi.withToken(restarted.port(), "demo-mm-mpf"), operation);
            assertThat(stages.get("VERIFYING_NATIONALITY").asLong()).isEqualTo(4);
            assertThat(stages.has("AWAITING_PROCESS_START")).isFalse();
        }
    }

    private static List<String> processesOf(ClusterNode node, String operation) {
        return node.jdbc().sql("SELECT process_instance_id FROM repatriation_person WHERE operation_id = ?")
            .param(UUID.fromString(operation)).query(String.class).list();
    }

    private static JsonNode stages(TestApi reader, String operation) {
        return reader.get("/api/v1/operations/" + operation + "/metrics").json().get("personsPerStage");
    }

    private static org.comity.core.repatriation.PersonInput detainee(String original, String latin, int day) {
        return RepatriationFixtures.aDetainee(original, latin, LocalDate.of(1991, 2, day));
    }
}
