package org.comity.web.repatriation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.web.repatriation.RepatriationFixtures.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.comity.core.repatriation.RepatriationModel;
import org.comity.core.repatriation.request.PersonInput;
import org.comity.web.DocumentReadBack;
import org.comity.web.TestApi;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The handover receipt, downloaded through {@code GET /api/v1/documents/{id}} and read back, states
 * the handover as the holding officer recorded it (legal-domain.md §5.3 {@code handedOverAt}; not the
 * moment the receipt was printed), the persons handed over and the escorts, and the manifest it
 * acknowledges by id, verification code and SHA-256.
 */
class HandoverReceiptReadBackIT extends WebIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired
    ManagementService management;

    @AfterEach
    void deleteOpenProcesses() {
        deleteRepatriationProcesses(runtime);
    }

    @Test
    void aReceiptStatesTheRecordedHandoverAndTheManifestItAcknowledges() {
        TestApi china = as("cn.officer");
        TestApi myanmar = as("mm.officer");
        TestApi supervisor = as("mm.supervisor");
        String id = open(
                withToken("demo-mm-mpf"),
                theSeedOperation(
                        "Receipt read back",
                        List.of(
                                person("钱多多", "QIAN Duoduo", "1994-04-04"),
                                person("孙悟明", "SUN Wuming", "1989-09-09"))));
        List<String> persons = List.copyOf(personIds(china, id).values());
        persons.forEach(p ->
                makeReady(tasks, china, myanmar, p, TestClock.todayInChina().plusYears(2)));
        TestApi.Response planned = supervisor.post(
                "/api/v1/repatriations/" + id + "/transfers", aTransfer("Daluo port", "LAND", persons.size(), persons));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        String transfer = planned.json().get("id").asText();
        complete(
                supervisor,
                transferTask(transfer, RepatriationModel.TASK_APPROVE_TRANSFER_PLAN),
                Map.of("planDecision", "APPROVE"));
        runJobs(management);
        OffsetDateTime handedOverAt =
                TestClock.nowUtc().minusHours(3).withSecond(0).withNano(0);
        complete(
                myanmar,
                transferTask(transfer, RepatriationModel.TASK_EXECUTE_HANDOVER),
                Map.of(
                        "handedOverAt",
                        handedOverAt.toString(),
                        "handedOverCount",
                        2,
                        "escortOfficers",
                        7,
                        "remarks",
                        "Both walked across the bridge at gate 2 unassisted"));
        assertThat(china.post(
                                "/api/v1/repatriations/" + id + "/transfers/" + transfer + "/receipt",
                                Map.of("receivedCount", 2, "notReceived", List.of()))
                        .status())
                .isEqualTo(204);
        runJobs(management);

        JsonNode manifest = manifestOf(china, id);
        DocumentReadBack.of(china, port, "cn.officer", id, "HANDOVER_RECEIPT")
                .prints(
                        handedOverAt
                                        .atZoneSameInstant(BEIJING)
                                        .toLocalDateTime()
                                        .toString()
                                        .replace('T', ' ') + " (UTC+08:00, Asia/Shanghai)",
                        "Persons handed over / 移交人数 2",
                        "Escort officers / 押解警员人数 7",
                        manifest.path("id").asText(),
                        manifest.path("verificationCode").asText(),
                        manifest.path("sha256").asText())
                .printsOnce("Both walked across the bridge at gate 2 unassisted")
                .prints(
                        "By land / 陆路, vehicle / 车辆 7B-4431",
                        "MPF-2201 Aung Min, Myanmar Police Force",
                        "MPF-2202 Kyaw Zin, Myanmar Police Force",
                        "钱多多",
                        "QIAN Duoduo",
                        "孙悟明",
                        "SUN Wuming",
                        "Received / 已接收",
                        "2 / 2");
        DocumentReadBack.of(china, port, "cn.officer", id, "HANDOVER_MANIFEST")
                .prints(
                        "By land / 陆路, vehicle / 车辆 7B-4431",
                        "MPF-2201 Aung Min, Myanmar Police Force",
                        "钱多多",
                        "QIAN Duoduo",
                        "China / 中国",
                        "Suspect 嫌疑人",
                        TestClock.todayInChina().plusYears(2).toString())
                .printsNowhere("Not verified", "Unscreened 未甄别", "Victim 受害者");
    }

    @Test
    void aPlanWithoutEscortsOrAFlightWithoutItsNumberIsRefusedNamingTheField() {
        TestApi china = as("cn.officer");
        TestApi supervisor = as("mm.supervisor");
        String id = open(
                withToken("demo-mm-mpf"),
                theSeedOperation("Plan refused", List.of(person("赵钱", "ZHAO Qian", "1991-01-01"))));
        List<String> persons = List.copyOf(personIds(china, id).values());
        Map<String, Object> plan = new java.util.HashMap<>(aTransfer("Flight from Yangon", "AIR", 1, persons));
        plan.remove("vehicle");
        plan.put(
                "escorts",
                List.of(
                        Map.of("name", "Aung Min", "agency", "Myanmar Police Force", "badge", "MPF-1"),
                        Map.of("name", "Kyaw Zin", "agency", "Myanmar Police Force", "badge", "MPF-1"),
                        Map.of("name", "Than Htay", "agency", "Myanmar Police Force", "badge", "")));

        TestApi.Response refused = supervisor.post("/api/v1/repatriations/" + id + "/transfers", plan);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains(
                        "\"field\":\"vehicle\"",
                        "FlightForAirTransfer",
                        "\"field\":\"escorts[1].badge\"",
                        "\"field\":\"escorts[2].badge\"");
        plan.put("vehicle", "MU 2028");
        plan.put("escorts", List.of());
        assertThat(supervisor
                        .post("/api/v1/repatriations/" + id + "/transfers", plan)
                        .body())
                .contains("\"field\":\"escorts\"", "NotEmpty");
    }

    private static JsonNode manifestOf(TestApi reader, String caseId) {
        for (JsonNode document :
                reader.get("/api/v1/cases/" + caseId + "/documents").json()) {
            if ("HANDOVER_MANIFEST".equals(document.path("type").asText())) {
                return document;
            }
        }
        throw new AssertionError("no manifest issued for " + caseId);
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

    private static PersonInput person(String original, String latin, String dob) {
        return new PersonInput(original, latin, "MALE", dob, "CN", List.of(), "Muse Hotel Block", "SUSPECT");
    }
}
