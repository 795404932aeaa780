package org.comity.web.repatriation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.web.repatriation.RepatriationFixtures.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.comity.core.repatriation.RepatriationModel;
import org.comity.web.TestApi;
import org.comity.web.WebIT;
import org.comity.web.demo.DemoOperationGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The seed scenario end to end through the HTTP API: Myanmar opens the operation with 1,523
 * detainees, China confirms their nationality in bulk and issues travel documents, Myanmar clears
 * them and plans four charter flights and a land crossing at Daluo port, both sides execute and
 * acknowledge each handover, and the live figures read 1,523 suspects repatriated, 18 call centres,
 * 5 regions and six months.
 */
class RepatriationIT extends WebIT {

    @org.junit.jupiter.api.AfterEach
    void deleteOpenProcesses() {
        RepatriationFixtures.deleteRepatriationProcesses(runtime);
    }

    @Autowired
    ManagementService management;

    @Test
    void repatriatesTheSeedOperationsDetaineesAndReportsItsFigures() {
        TestApi myanmarPolice = withToken("demo-mm-mpf");
        TestApi cnOfficer = as("cn.officer");
        TestApi mmOfficer = as("mm.officer");
        TestApi mmSupervisor = as("mm.supervisor");
        String id =
                open(myanmarPolice, theSeedOperation("Seed scenario", DemoOperationGenerator.persons(1_000, 1_523)));
        log("opened");

        List<String> verifications = taskIds(cnOfficer, id, RepatriationModel.TASK_VERIFY_NATIONALITY);
        assertThat(verifications).hasSize(1_523);
        JsonNode verified = bulk(cnOfficer, verifications, Map.of("nationalityVerification", "CONFIRMED"));
        assertThat(verified.get("completed").asLong()).isEqualTo(1_523);
        log("verified");

        List<String> documents = taskIds(cnOfficer, id, RepatriationModel.TASK_ISSUE_TRAVEL_DOCUMENT);
        Map<String, Object> numbers = new java.util.HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            numbers.put(documents.get(i), Map.of("travelDocumentNumber", String.format("ETD%07d", i)));
        }
        TestApi.Response issued = cnOfficer.post(
                "/api/v1/tasks/bulk-complete",
                Map.of(
                        "taskIds",
                        documents,
                        "values",
                        Map.of("travelDocumentType", "EMERGENCY_TRAVEL_DOCUMENT", "travelDocumentExpiry", "2031-01-01"),
                        "valuesByTask",
                        numbers));
        assertThat(issued.json().get("completed").asLong()).as(issued.body()).isEqualTo(1_523);
        log("travel documents issued");
        JsonNode clearances =
                bulk(mmOfficer, taskIds(mmOfficer, id, RepatriationModel.TASK_CLEAR_FOR_TRANSFER), cleared());
        assertThat(clearances.get("completed").asLong()).isEqualTo(1_523);
        log("cleared");

        for (int flight = 0; flight < 4; flight++) {
            handOver(
                    id,
                    "Charter flight from Yangon International Airport",
                    "AIR",
                    200,
                    mmSupervisor,
                    mmOfficer,
                    cnOfficer);
        }
        handOver(id, "Daluo port, Menghai", "LAND", 800, mmSupervisor, mmOfficer, cnOfficer);

        log("handed over");
        JsonNode metrics =
                as("auditor").get("/api/v1/operations/" + id + "/metrics").json();
        assertThat(metrics.get("suspectsRepatriated").asLong()).isEqualTo(1_523);
        assertThat(metrics.get("callCentresRaided").asLong()).isEqualTo(18);
        assertThat(metrics.get("regionsCovered").asLong()).isEqualTo(5);
        assertThat(metrics.get("duration").asText()).isEqualTo("P6M");
        assertThat(metrics.get("durationMonths").asLong()).isEqualTo(6);
        assertThat(metrics.get("personsPerStage").get("REPATRIATED").asLong()).isEqualTo(1_523);
        assertThat(metrics.get("transfersPerStatus").get("HANDED_OVER").asLong())
                .isEqualTo(5);
        assertThat(cnOfficer.get("/api/v1/operations/" + id + "/metrics").status())
                .isEqualTo(200);

        JsonNode caseDocuments =
                cnOfficer.get("/api/v1/cases/" + id + "/documents").json();
        assertThat(caseDocuments.findValuesAsText("type"))
                .filteredOn("HANDOVER_MANIFEST"::equals)
                .hasSize(5);
        assertThat(caseDocuments.findValuesAsText("type"))
                .filteredOn("HANDOVER_RECEIPT"::equals)
                .hasSize(5);
        assertThat(caseDocuments.findValues("pageCount").stream()
                        .mapToInt(JsonNode::asInt)
                        .max()
                        .orElse(0))
                .as("the 800-person manifest runs over many pages")
                .isGreaterThan(10);
    }

    private final long started = System.nanoTime();

    private void log(String step) {
        System.out.printf("RepatriationIT: %s after %d s%n", step, (System.nanoTime() - started) / 1_000_000_000);
    }

    private void handOver(
            String id, String point, String mode, int capacity, TestApi supervisor, TestApi officer, TestApi receiver) {
        List<String> persons = readyPersons(supervisor, id, capacity);
        TestApi.Response planned = supervisor.post(
                "/api/v1/repatriations/" + id + "/transfers", aTransfer(point, mode, capacity, persons));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        String transfer = planned.json().get("id").asText();
        String approval = taskIds(supervisor, id, RepatriationModel.TASK_APPROVE_TRANSFER_PLAN)
                .get(0);
        assertThat(supervisor
                        .post("/api/v1/tasks/" + approval + "/complete", Map.of("planDecision", "APPROVE"))
                        .status())
                .isEqualTo(204);
        runJobs(management);
        String execution =
                taskIds(officer, id, RepatriationModel.TASK_EXECUTE_HANDOVER).get(0);
        assertThat(officer.post("/api/v1/tasks/" + execution + "/complete", handedOver(persons.size()))
                        .status())
                .isEqualTo(204);
        TestApi.Response receipt = receiver.post(
                "/api/v1/repatriations/" + id + "/transfers/" + transfer + "/receipt",
                Map.of("receivedCount", persons.size(), "notReceived", List.of()));
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(204);
        runJobs(management);
    }
}
