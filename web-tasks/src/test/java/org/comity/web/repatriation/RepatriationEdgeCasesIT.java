package org.comity.web.repatriation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.web.repatriation.RepatriationFixtures.*;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * legal-domain.md §10 item 21 through the API: a partial handover while one verification is
 * pending, a person whose travel document does not cover the flight, a receipt whose count differs
 * from the manifest, and a suspect re-classed as a trafficking victim after screening.
 */
class RepatriationEdgeCasesIT extends WebIT {

    @org.junit.jupiter.api.AfterEach
    void deleteOpenProcesses() {
        RepatriationFixtures.deleteRepatriationProcesses(runtime);
    }

    @Autowired
    ManagementService management;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    org.comity.core.archive.DocumentArchive archive;

    @Test
    void handsOverOnlyReadyPersonsAndListsEveryoneNotReceived() {
        TestApi china = as("cn.officer");
        TestApi myanmar = as("mm.officer");
        TestApi supervisor = as("mm.supervisor");
        String id = open(
                withToken("demo-mm-mpf"),
                theSeedOperation(
                        "Partial handover",
                        List.of(
                                person("韩梅梅", "HAN Meimei", "1994-04-14"),
                                person("孙强", "SUN Qiang", "1987-07-17"),
                                person("马超", "MA Chao", "1979-09-19"))));
        Map<String, String> ids = personIds(china, id);
        String han = ids.get("HAN Meimei");
        String sun = ids.get("SUN Qiang");
        String ma = ids.get("MA Chao");
        makeReady(tasks, china, myanmar, han, TestClock.todayInChina().plusYears(2));
        makeReady(tasks, china, myanmar, sun, TestClock.todayInChina().plusDays(2));

        TestApi.Response byAir = supervisor.post(
                "/api/v1/repatriations/" + id + "/transfers",
                aTransfer("Flight from Yangon", "AIR", 3, List.of(han, sun, ma)));
        assertThat(byAir.status()).isEqualTo(422);
        assertThat(byAir.json().get("errors").findValuesAsText("field"))
                .containsExactly("personIds[1]", "personIds[2]");
        assertThat(byAir.json().get("errors").findValuesAsText("rule"))
                .containsExactly("TravelDocumentValid", "NationalityConfirmed");
        assertThat(supervisor
                        .post(
                                "/api/v1/repatriations/" + id + "/transfers",
                                aTransfer("Daluo port", "LAND", 1, List.of(han, sun)))
                        .json()
                        .get("errors")
                        .findValuesAsText("rule"))
                .containsExactly("Capacity");
        assertThat(myanmar.post(
                                "/api/v1/repatriations/" + id + "/transfers",
                                aTransfer("Daluo port", "LAND", 2, List.of(han, sun)))
                        .status())
                .isEqualTo(403);
        TestApi.Response byLand = supervisor.post(
                "/api/v1/repatriations/" + id + "/transfers", aTransfer("Daluo port", "LAND", 2, List.of(han, sun)));
        assertThat(byLand.status()).as(byLand.body()).isEqualTo(201);
        assertThat(supervisor
                        .post(
                                "/api/v1/repatriations/" + id + "/transfers",
                                aTransfer("Menglian port", "LAND", 2, List.of(han)))
                        .json()
                        .get("errors")
                        .findValuesAsText("rule"))
                .containsExactly("OneTransfer");
        String transfer = byLand.json().get("id").asText();
        complete(supervisor, id, RepatriationModel.TASK_APPROVE_TRANSFER_PLAN, Map.of("planDecision", "APPROVE"));
        runJobs(management);
        complete(myanmar, id, RepatriationModel.TASK_EXECUTE_HANDOVER, handedOver(2));

        String receipt = "/api/v1/repatriations/" + id + "/transfers/" + transfer + "/receipt";
        TestApi.Response wrongCount = china.post(receipt, Map.of("receivedCount", 1, "notReceived", List.of()));
        assertThat(wrongCount.status()).isEqualTo(422);
        assertThat(wrongCount.json().get("errors").findValuesAsText("rule")).containsExactly("ManifestCount");
        assertThat(myanmar.post(receipt, Map.of("receivedCount", 2, "notReceived", List.of()))
                        .status())
                .isEqualTo(403);
        assertThat(china.post(
                                receipt,
                                Map.of(
                                        "receivedCount",
                                        1,
                                        "notReceived",
                                        List.of(Map.of("personId", sun, "reason", "Taken to hospital at the border"))))
                        .status())
                .isEqualTo(204);
        runJobs(management);

        JsonNode metrics = china.get("/api/v1/operations/" + id + "/metrics").json();
        assertThat(metrics.get("personsPerStage").get("REPATRIATED").asLong()).isEqualTo(1);
        assertThat(metrics.get("personsPerStage").get("NOT_RECEIVED").asLong()).isEqualTo(1);
        assertThat(metrics.get("personsPerStage").get("VERIFYING_NATIONALITY").asLong())
                .isEqualTo(1);
        assertThat(metrics.get("suspectsRepatriated").asLong()).isEqualTo(1);
    }

    @Test
    void repatriatesASuspectScreenedAsTraffickingVictimAsAVictim() {
        TestApi china = as("cn.officer");
        TestApi myanmar = as("mm.officer");
        String id = open(
                withToken("demo-mm-mpf"),
                theSeedOperation("Victim screening", List.of(person("林小红", "LIN Xiaohong", "2001-01-21"))));
        String lin = personIds(china, id).get("LIN Xiaohong");
        Map<String, Object> screenedVictim = new HashMap<>(cleared());
        screenedVictim.put("traffickingScreening", "VICTIM_IDENTIFIED");
        verifyAndDocument(tasks, china, lin, TestClock.todayInChina().plusYears(1));
        assertThat(myanmar.post(
                                "/api/v1/tasks/" + taskOf(lin, RepatriationModel.TASK_CLEAR_FOR_TRANSFER) + "/complete",
                                screenedVictim)
                        .status())
                .isEqualTo(204);
        runJobs(management);

        assertThat(china.get("/api/v1/repatriations/" + id + "/persons")
                        .json()
                        .get(0)
                        .get("category")
                        .asText())
                .isEqualTo("TRAFFICKING_VICTIM");
        TestApi supervisor = as("mm.supervisor");
        String transfer = supervisor
                .post("/api/v1/repatriations/" + id + "/transfers", aTransfer("Daluo port", "LAND", 10, List.of(lin)))
                .json()
                .get("id")
                .asText();
        complete(supervisor, id, RepatriationModel.TASK_APPROVE_TRANSFER_PLAN, Map.of("planDecision", "APPROVE"));
        runJobs(management);
        complete(myanmar, id, RepatriationModel.TASK_EXECUTE_HANDOVER, handedOver(1));
        assertThat(china.post(
                                "/api/v1/repatriations/" + id + "/transfers/" + transfer + "/receipt",
                                Map.of("receivedCount", 1))
                        .status())
                .isEqualTo(204);
        runJobs(management);

        JsonNode metrics =
                as("auditor").get("/api/v1/operations/" + id + "/metrics").json();
        assertThat(metrics.get("victimsRepatriated").asLong()).isEqualTo(1);
        assertThat(metrics.get("suspectsRepatriated").asLong()).isZero();
    }

    /**
     * The manifest-count rule holds for a completion of Task_AcknowledgeReceipt through the task API
     * and bulk completion exactly as through the receipt endpoint; the travel document issued is
     * stored on the person and printed on the manifest from there.
     */
    @Test
    void appliesTheManifestCountToTheTaskApiAndBulkCompletionAndPrintsTheTravelDocumentFromThePerson() {
        TestApi china = as("cn.officer");
        TestApi myanmar = as("mm.officer");
        TestApi supervisor = as("mm.supervisor");
        String id = open(
                withToken("demo-mm-mpf"),
                theSeedOperation(
                        "Receipt through the task API",
                        List.of(person("钱学文", "QIAN Xuewen", "1986-06-16"), person("龚丽丽", "GONG Lili", "1992-12-02"))));
        Map<String, String> ids = personIds(china, id);
        String qian = ids.get("QIAN Xuewen");
        String gong = ids.get("GONG Lili");
        makeReady(tasks, china, myanmar, qian, TestClock.todayInChina().plusYears(2));
        makeReady(tasks, china, myanmar, gong, TestClock.todayInChina().plusYears(2));
        assertThat(jdbc.sql("SELECT travel_document_type, travel_document_number FROM repatriation_person WHERE id = ?")
                        .param(java.util.UUID.fromString(qian))
                        .query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
                        .single())
                .isEqualTo("PASSPORT EG" + qian.substring(0, 8).toUpperCase());
        supervisor.post(
                "/api/v1/repatriations/" + id + "/transfers", aTransfer("Daluo port", "LAND", 2, List.of(qian, gong)));
        complete(supervisor, id, RepatriationModel.TASK_APPROVE_TRANSFER_PLAN, Map.of("planDecision", "APPROVE"));
        runJobs(management);
        complete(myanmar, id, RepatriationModel.TASK_EXECUTE_HANDOVER, handedOver(2));
        String acknowledge = openTask(id, RepatriationModel.TASK_ACKNOWLEDGE_RECEIPT);

        TestApi.Response short1 = china.post(
                "/api/v1/tasks/" + acknowledge + "/complete", Map.of("receivedCount", 1, "notReceivedCount", 0));
        assertThat(short1.status()).isEqualTo(422);
        assertThat(short1.json().get("errors").findValuesAsText("rule")).containsExactly("ManifestCount");
        JsonNode bulk = china.post(
                        "/api/v1/tasks/bulk-complete",
                        Map.of(
                                "taskIds",
                                List.of(acknowledge),
                                "values",
                                Map.of(
                                        "receivedCount",
                                        1,
                                        "notReceivedCount",
                                        1,
                                        "discrepancies",
                                        "Gong Lili: in hospital")))
                .json();
        assertThat(bulk.get("completed").asLong()).isZero();
        assertThat(bulk.get("outcomes").get(0).get("errors").findValuesAsText("rule"))
                .containsExactly("OnManifest");
        assertThat(china.post(
                                "/api/v1/tasks/" + acknowledge + "/complete",
                                Map.of(
                                        "receivedCount",
                                        1,
                                        "notReceivedCount",
                                        1,
                                        "discrepancies",
                                        gong + ": taken to hospital at the border"))
                        .status())
                .isEqualTo(204);
        runJobs(management);

        JsonNode stages =
                china.get("/api/v1/operations/" + id + "/metrics").json().get("personsPerStage");
        assertThat(stages.get("REPATRIATED").asLong()).isEqualTo(1);
        assertThat(stages.get("NOT_RECEIVED").asLong()).isEqualTo(1);
        String manifest = manifestText(id);
        assertThat(manifest).contains("EG" + qian.substring(0, 8).toUpperCase()).contains("QIAN Xuewen");
    }

    private String manifestText(String operationId) {
        var document = archive.listFor(java.util.UUID.fromString(operationId)).stream()
                .filter(d -> d.type().name().equals("HANDOVER_MANIFEST"))
                .findFirst()
                .orElseThrow();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(archive.content(document.id()))) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void complete(TestApi actor, String caseId, String taskKey, Map<String, Object> values) {
        TestApi.Response done = actor.post("/api/v1/tasks/" + openTask(caseId, taskKey) + "/complete", values);
        assertThat(done.status()).as(done.body()).isEqualTo(204);
    }

    private String taskOf(String personId, String taskKey) {
        return RepatriationFixtures.taskOf(tasks, personId, taskKey);
    }

    private static PersonInput person(String original, String latin, String dob) {
        return new PersonInput(original, latin, "FEMALE", dob, "CN", List.of(), "Muse Hotel Block", "SUSPECT");
    }
}
