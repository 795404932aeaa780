package org.comity.web.repatriation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.web.repatriation.RepatriationFixtures.*;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.comity.core.repatriation.RepatriationModel;
import org.comity.core.repatriation.request.PersonInput;
import org.comity.web.TestApi;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A person a handover receipt lists as not received is accounted for by the holding state
 * (legal-domain.md §9 item 18, §10 item 21): still held, the person comes off the old manifest and
 * is handed over on a later transfer; escaped, the person's stage and the operation's counts say so;
 * received late, only the receiving state's confirmation repatriates the person.
 */
class PersonNotReceivedIT extends WebIT {

    @Autowired
    ManagementService management;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @AfterEach
    void deleteOpenProcesses() {
        deleteRepatriationProcesses(runtime);
    }

    @Test
    void handsOverAPersonStillHeldOnALaterTransfer() throws Exception {
        TestApi china = as("cn.officer");
        TestApi myanmar = as("mm.officer");
        String id = open(
                withToken("demo-mm-mpf"),
                theSeedOperation(
                        "Person still held",
                        List.of(
                                person("周敏", "ZHOU Min", "1990-02-12"),
                                person("吴刚", "WU Gang", "1985-05-15"),
                                person("郑洁", "ZHENG Jie", "1993-03-13"))));
        Map<String, String> ids = personIds(china, id);
        String wu = ids.get("WU Gang");
        String transfer = handOverAndReceiveAllBut(id, List.copyOf(ids.values()), wu);

        String account = taskOf(tasks, wu, RepatriationModel.TASK_ACCOUNT_FOR_PERSON);
        assertThat(myanmar.get("/api/v1/tasks/" + account).status()).isEqualTo(200);
        assertThat(china.get("/api/v1/tasks/" + account).status()).isEqualTo(404);
        assertThat(china.post("/api/v1/tasks/" + account + "/complete", stillHeld())
                        .status())
                .isEqualTo(404);
        assertThat(stages(china, id)).containsEntry("REPATRIATED", 2L).containsEntry("NOT_RECEIVED", 1L);
        assertThat(stageOf(china, id, wu)).isEqualTo("NOT_RECEIVED");

        rejectsInvalidAccounts(myanmar, account);
        mvc.perform(post("/tasks/" + account + "/complete")
                        .with(csrf())
                        .with(user(people.loadUserByUsername("mm.officer")))
                        .param("notReceivedOutcome", "STILL_HELD")
                        .param(
                                "occurredOn",
                                TestClock.todayInMyanmar().plusDays(2).toString())
                        .param("remarks", "")
                        .param("confirmed", "true"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"occurredOn-error\"")))
                .andExpect(content().string(containsString("id=\"remarks-error\"")));
        mvc.perform(get("/tasks/" + account).with(user(people.loadUserByUsername("cn.officer"))))
                .andExpect(status().isNotFound());
        assertThat(tasks.createTaskQuery().taskId(account).count())
                .as("nothing changed")
                .isOne();
        assertThat(stages(china, id)).containsEntry("NOT_RECEIVED", 1L);

        assertThat(myanmar.post("/api/v1/tasks/" + account + "/complete", stillHeld())
                        .status())
                .isEqualTo(204);
        assertThat(stageOf(china, id, wu)).isEqualTo("READY_FOR_TRANSFER");
        assertThat(readyPersons(china, id, 10)).containsExactly(wu);
        List<String> onOldManifest = new java.util.ArrayList<>();
        as("mm.supervisor")
                .get("/api/v1/repatriations/" + id + "/transfers/" + transfer)
                .json()
                .get("personIds")
                .forEach(p -> onOldManifest.add(p.asText()));
        assertThat(onOldManifest).hasSize(2).doesNotContain(wu);
        handOverAndReceiveAllBut(id, List.of(wu));

        assertThat(stageOf(china, id, wu)).isEqualTo("REPATRIATED");
        JsonNode metrics = china.get("/api/v1/operations/" + id + "/metrics").json();
        assertThat(metrics.get("personsRepatriated").asLong()).isEqualTo(3);
        assertThat(stages(china, id)).containsEntry("REPATRIATED", 3L).doesNotContainKey("NOT_RECEIVED");
    }

    @Test
    void countsAnEscapedPersonAsEscapedAndRepatriatesALateReceiptOnlyOnceConfirmed() {
        TestApi china = as("cn.officer");
        TestApi myanmar = as("mm.officer");
        String id = open(
                withToken("demo-mm-mpf"),
                theSeedOperation(
                        "Persons escaped and received late",
                        List.of(person("冯丽", "FENG Li", "1991-01-11"), person("陈浩", "CHEN Hao", "1984-04-24"))));
        Map<String, String> ids = personIds(china, id);
        String feng = ids.get("FENG Li");
        String chen = ids.get("CHEN Hao");
        handOverAndReceiveAllBut(id, List.of(feng, chen), feng, chen);

        assertThat(myanmar.post(
                                "/api/v1/tasks/" + taskOf(tasks, feng, RepatriationModel.TASK_ACCOUNT_FOR_PERSON)
                                        + "/complete",
                                account("ESCAPED", "Escaped from the escort vehicle before the border"))
                        .status())
                .isEqualTo(204);
        assertThat(stageOf(china, id, feng)).isEqualTo("ESCAPED");
        assertThat(stages(china, id)).containsEntry("ESCAPED", 1L).containsEntry("NOT_RECEIVED", 1L);
        TestApi.Response plan = as("mm.supervisor")
                .post("/api/v1/repatriations/" + id + "/transfers", aTransfer("Daluo port", "LAND", 1, List.of(feng)));
        assertThat(plan.status()).isEqualTo(422);

        assertThat(myanmar.post(
                                "/api/v1/tasks/" + taskOf(tasks, chen, RepatriationModel.TASK_ACCOUNT_FOR_PERSON)
                                        + "/complete",
                                account("RECEIVED_LATE", "Crossed with the evidence convoy two hours later"))
                        .status())
                .isEqualTo(204);
        String confirm = taskOf(tasks, chen, RepatriationModel.TASK_CONFIRM_LATE_RECEIPT);
        assertThat(myanmar.get("/api/v1/tasks/" + confirm).status()).isEqualTo(404);
        assertThat(stageOf(china, id, chen)).isEqualTo("CONFIRMING_LATE_RECEIPT");
        TestApi.Response undated = china.post(
                "/api/v1/tasks/" + confirm + "/complete",
                Map.of("lateReceipt", "CONFIRMED", "remarks", "Received at Daluo port"));
        assertThat(undated.status()).isEqualTo(422);
        assertThat(undated.json().get("errors").findValuesAsText("field")).containsExactly("receivedOn");
        assertThat(china.post(
                                "/api/v1/tasks/" + confirm + "/complete",
                                Map.of(
                                        "lateReceipt",
                                        "CONFIRMED",
                                        "receivedOn",
                                        TestClock.todayInChina().toString(),
                                        "remarks",
                                        "Received at Daluo port"))
                        .status())
                .isEqualTo(204);

        assertThat(stageOf(china, id, chen)).isEqualTo("REPATRIATED");
        JsonNode metrics = china.get("/api/v1/operations/" + id + "/metrics").json();
        assertThat(metrics.get("personsRepatriated").asLong()).isEqualTo(1);
        assertThat(stages(china, id))
                .containsEntry("ESCAPED", 1L)
                .containsEntry("REPATRIATED", 1L)
                .doesNotContainKey("NOT_RECEIVED");
        long perDay = 0;
        for (JsonNode day : metrics.get("repatriatedPerDay")) {
            perDay += day.asLong();
        }
        assertThat(perDay).as("the days add up to the persons repatriated").isEqualTo(1);
    }

    /** Each broken rule is named on its field, and nothing is stored. */
    private void rejectsInvalidAccounts(TestApi myanmar, String account) {
        long audited =
                jdbc.sql("SELECT COUNT(*) FROM audit_log").query(Long.class).single();
        Map<String, Object> unknown = new HashMap<>(stillHeld());
        unknown.put("notReceivedOutcome", "VANISHED");
        Map<String, Object> future = new HashMap<>(stillHeld());
        future.put("occurredOn", TestClock.todayInMyanmar().plusDays(2).toString());
        Map<String, Object> blank = new HashMap<>(stillHeld());
        blank.put("remarks", "  ");
        Map<String, Map<String, Object>> cases =
                Map.of("notReceivedOutcome", unknown, "occurredOn", future, "remarks", blank);
        cases.forEach((field, values) -> {
            TestApi.Response refused = myanmar.post("/api/v1/tasks/" + account + "/complete", values);
            assertThat(refused.status()).as(field).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").findValuesAsText("field"))
                    .as(field)
                    .containsExactly(field);
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM task_submission WHERE task_id = ?")
                        .param(account)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log").query(Long.class).single())
                .isEqualTo(audited);
    }

    /**
     * Plans a transfer of the persons, approves and executes it, and acknowledges receipt of all
     * but those listed as not received. Returns the transfer's id.
     */
    private String handOverAndReceiveAllBut(String operationId, List<String> personIds, String... notReceived) {
        TestApi china = as("cn.officer");
        TestApi myanmar = as("mm.officer");
        TestApi supervisor = as("mm.supervisor");
        List<String> missing = List.of(notReceived);
        personIds.stream()
                .filter(p -> !"READY_FOR_TRANSFER".equals(stageOf(china, operationId, p)))
                .forEach(p -> makeReady(
                        tasks, china, myanmar, p, TestClock.todayInChina().plusYears(2)));
        TestApi.Response planned = supervisor.post(
                "/api/v1/repatriations/" + operationId + "/transfers",
                aTransfer("Daluo port", "LAND", personIds.size(), personIds));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        String transfer = planned.json().get("id").asText();
        complete(
                supervisor,
                transferTask(transfer, RepatriationModel.TASK_APPROVE_TRANSFER_PLAN),
                Map.of("planDecision", "APPROVE"));
        runJobs(management);
        complete(
                myanmar, transferTask(transfer, RepatriationModel.TASK_EXECUTE_HANDOVER), handedOver(personIds.size()));
        TestApi.Response receipt = china.post(
                "/api/v1/repatriations/" + operationId + "/transfers/" + transfer + "/receipt",
                Map.of(
                        "receivedCount",
                        personIds.size() - missing.size(),
                        "notReceived",
                        missing.stream()
                                .map(p -> Map.of("personId", p, "reason", "Not among the persons at the border"))
                                .toList()));
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(204);
        runJobs(management);
        return transfer;
    }

    private String transferTask(String transferId, String taskKey) {
        return tasks.createTaskQuery()
                .taskDefinitionKey(taskKey)
                .processVariableValueEquals(RepatriationModel.VAR_TRANSFER_ID, transferId)
                .singleResult()
                .getId();
    }

    private static void complete(TestApi actor, String taskId, Map<String, Object> values) {
        TestApi.Response done = actor.post("/api/v1/tasks/" + taskId + "/complete", values);
        assertThat(done.status()).as(done.body()).isEqualTo(204);
    }

    private static Map<String, Long> stages(TestApi reader, String operationId) {
        Map<String, Long> stages = new HashMap<>();
        reader.get("/api/v1/operations/" + operationId + "/metrics")
                .json()
                .get("personsPerStage")
                .fields()
                .forEachRemaining(e -> {
                    if (e.getValue().asLong() > 0) {
                        stages.put(e.getKey(), e.getValue().asLong());
                    }
                });
        return stages;
    }

    private static String stageOf(TestApi reader, String operationId, String personId) {
        for (JsonNode person :
                reader.get("/api/v1/repatriations/" + operationId + "/persons").json()) {
            if (person.get("id").asText().equals(personId)) {
                return person.get("stage").asText();
            }
        }
        throw new AssertionError("no person " + personId);
    }

    private static Map<String, Object> stillHeld() {
        return account("STILL_HELD", "Kept in Muse detention centre after a medical check");
    }

    private static Map<String, Object> account(String outcome, String remarks) {
        return Map.of(
                "notReceivedOutcome",
                outcome,
                "occurredOn",
                TestClock.todayInMyanmar().toString(),
                "remarks",
                remarks);
    }

    private static PersonInput person(String original, String latin, String dob) {
        return new PersonInput(original, latin, "MALE", dob, "CN", List.of(), "Muse Hotel Block", "SUSPECT");
    }
}
