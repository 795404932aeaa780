package org.comity.web.repatriation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.web.repatriation.RepatriationFixtures.*;

import java.time.OffsetDateTime;
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
 * The handover documents are signed by the sides that act: the manifest by the handing-over side's
 * supervisor who approved the transfer plan; the receipt by both sides, the holding officer who
 * recorded the handover and the receiving officer who acknowledged it, each named from their profile
 * (name in their script and in Latin, title, authority, place, date) beside a seal box.
 */
class HandoverSignaturesIT extends WebIT {

    @Autowired
    ManagementService management;

    @AfterEach
    void deleteOpenProcesses() {
        deleteRepatriationProcesses(runtime);
    }

    @Test
    void theManifestIsSignedByTheHandingOverSideAndTheReceiptByBothSides() {
        TestApi china = as("cn.officer");
        TestApi myanmar = as("mm.officer");
        TestApi supervisor = as("mm.supervisor");
        String id = open(
                withToken("demo-mm-mpf"),
                theSeedOperation(
                        "Signatures read back",
                        List.of(
                                person("司徒南", "SITU Nan", "1993-03-03"),
                                person("上官北", "SHANGGUAN Bei", "1988-08-08"))));
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
                TestClock.nowUtc().minusHours(2).withSecond(0).withNano(0);
        complete(
                myanmar,
                transferTask(transfer, RepatriationModel.TASK_EXECUTE_HANDOVER),
                Map.of("handedOverAt", handedOverAt.toString(), "handedOverCount", 2, "escortOfficers", 4));
        assertThat(china.post(
                                "/api/v1/repatriations/" + id + "/transfers/" + transfer + "/receipt",
                                Map.of("receivedCount", 2, "notReceived", List.of()))
                        .status())
                .isEqualTo(204);
        runJobs(management);

        DocumentReadBack manifest = DocumentReadBack.of(china, port, "cn.officer", id, "HANDOVER_MANIFEST");
        manifest.prints(
                        "Handed over by / 移交方",
                        "(Thandar Win)",
                        "Title / 职务: Deputy Director",
                        "Myanmar Police Force, Transnational Crime Department",
                        "Place / 地点: Nay Pyi Taw",
                        "Date / 日期: " + TestClock.todayInMyanmar(),
                        "Seal / 印章")
                .printsNowhere("mm.supervisor", "Received by / 接收方");
        DocumentReadBack receipt = DocumentReadBack.of(china, port, "cn.officer", id, "HANDOVER_RECEIPT");
        receipt.prints(
                        "Handed over by / 移交方",
                        "(Aung Ko Ko)",
                        "Title / 职务: Legal Officer",
                        "Myanmar Police Force, Transnational Crime Department",
                        "Place / 地点: Nay Pyi Taw",
                        "Received by / 接收方",
                        "李伟 (Li Wei)",
                        "Title / 职务: Legal Officer / 法务官员",
                        "Ministry of Public Security, International Cooperation Bureau / 公安部国际合作局",
                        "Place / 地点: Beijing / 北京",
                        "Date / 日期: " + TestClock.todayInChina())
                .printsNowhere("mm.officer", "cn.officer");
        assertThat(receipt.text().split("Seal / 印章", -1).length - 1)
                .as("a seal box for each side")
                .isEqualTo(2);
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
