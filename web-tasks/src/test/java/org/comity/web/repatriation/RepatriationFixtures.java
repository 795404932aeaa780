package org.comity.web.repatriation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.comity.core.repatriation.RepatriationModel;
import org.comity.core.repatriation.request.OperationInput;
import org.comity.core.repatriation.request.PersonInput;
import org.comity.core.routeconflict.RouteConflictModel;
import org.comity.web.TestApi;
import org.comity.web.TestClock;
import org.comity.web.demo.DemoOperationGenerator;

/** Named fixtures and API steps shared by the repatriation integration tests. */
public final class RepatriationFixtures {

    private RepatriationFixtures() {}

    /** The seed's operation (Myanmar holds, China receives; 18 call centres in 5 regions) with persons. */
    public static OperationInput theSeedOperation(String name, List<PersonInput> persons) {
        OperationInput header = DemoOperationGenerator.operation(name);
        return new OperationInput(
                header.name(),
                header.holdingState(),
                header.receivingState(),
                header.regions(),
                header.callCentres(),
                header.startDate(),
                header.endDate(),
                persons);
    }

    /** A Chinese suspect held in the seed's first call centre, without identity documents. */
    public static PersonInput aDetainee(String nameOriginal, String nameLatin, java.time.LocalDate dateOfBirth) {
        return new PersonInput(
                nameOriginal,
                nameLatin,
                "MALE",
                dateOfBirth.toString(),
                "CN",
                List.of(),
                DemoOperationGenerator.callCentres().get(0),
                "SUSPECT");
    }

    public static String open(TestApi holdingAgency, OperationInput operation) {
        TestApi.Response created = holdingAgency.post("/api/v1/repatriations", operation);
        if (created.status() != 201) {
            throw new AssertionError("Operation not opened: " + created.body());
        }
        return created.json().get("id").asText();
    }

    /** Every id of the caller's open tasks of the kind in the case, through the task API. */
    public static List<String> taskIds(TestApi officer, String caseId, String taskKey) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode items = officer.get(
                            "/api/v1/tasks?size=100&caseId=" + caseId + "&taskKey=" + taskKey + "&page=" + page)
                    .json()
                    .get("items");
            items.forEach(t -> ids.add(t.get("id").asText()));
            if (items.size() < 100) {
                return ids;
            }
        }
    }

    public static JsonNode bulk(TestApi officer, List<String> taskIds, Map<String, Object> values) {
        TestApi.Response response =
                officer.post("/api/v1/tasks/bulk-complete", Map.of("taskIds", taskIds, "values", values));
        if (response.status() != 200) {
            throw new AssertionError("Bulk completion refused: " + response.body());
        }
        return response.json();
    }

    /** Ids of persons ready for a transfer, through the API. */
    public static List<String> readyPersons(TestApi reader, String operationId, int max) {
        List<String> ids = new ArrayList<>();
        reader.get("/api/v1/repatriations/" + operationId + "/persons?readyForTransfer=true&size=" + max)
                .json()
                .forEach(p -> ids.add(p.get("id").asText()));
        return ids;
    }

    public static Map<String, Object> cleared() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("medicalClearance", true);
        values.put("localProceedingsPending", false);
        values.put("traffickingScreening", "NO_INDICATORS");
        values.put("clearance", "CLEARED");
        return values;
    }

    public static Map<String, Object> handedOver(int count) {
        return Map.of(
                "handedOverAt",
                TestClock.nowUtc().minusMinutes(5).toString(),
                "handedOverCount",
                count,
                "escortOfficers",
                Math.max(1, count / 10));
    }

    /** The operation's persons by Latin name, through the API. */
    static Map<String, String> personIds(TestApi reader, String operationId) {
        Map<String, String> ids = new java.util.HashMap<>();
        reader.get("/api/v1/repatriations/" + operationId + "/persons")
                .json()
                .forEach(p -> ids.put(p.get("nameLatin").asText(), p.get("id").asText()));
        return ids;
    }

    /** The open task of the kind in the person's own process. */
    static String taskOf(org.camunda.bpm.engine.TaskService tasks, String personId, String taskKey) {
        return tasks.createTaskQuery()
                .processVariableValueEquals(RepatriationModel.VAR_PERSON_ID, personId)
                .taskDefinitionKey(taskKey)
                .singleResult()
                .getId();
    }

    /** Two escorting officers of the Myanmar Police Force, as a plan names them (legal-domain.md §5.3). */
    public static final List<Map<String, Object>> ESCORTS = List.of(
            Map.of("name", "Aung Min", "agency", "Myanmar Police Force", "badge", "MPF-2201"),
            Map.of("name", "Kyaw Zin", "agency", "Myanmar Police Force", "badge", "MPF-2202"));

    /** A transfer plan: by air on flight MU 2028, by land in vehicle 7B-4431; escorted by {@link #ESCORTS}. */
    public static Map<String, Object> aTransfer(String point, String mode, int capacity, List<String> personIds) {
        return Map.of(
                "borderPoint",
                point,
                "mode",
                mode,
                "vehicle",
                "AIR".equals(mode) ? "MU 2028" : "7B-4431",
                "capacity",
                capacity,
                "transferDate",
                TestClock.todayInMyanmar().plusDays(3).toString(),
                "personIds",
                personIds,
                "escorts",
                ESCORTS);
    }

    /**
     * The seed's operation with 12 detainees generated from {@code seed}, driven through the API by
     * both states: China does not confirm 2 as nationals (they are referred) and confirms 10, issues
     * their travel documents, Myanmar clears them, then 6 cross at Daluo port and China acknowledges
     * their receipt (repatriated); 4 wait for the next transfer. Returns the operation's id.
     */
    public static String aPartlyRepatriatedOperation(int port, ManagementService management, int seed, String name) {
        TestApi cnOfficer = TestApi.as(port, "cn.officer", "demo");
        TestApi mmOfficer = TestApi.as(port, "mm.officer", "demo");
        TestApi mmSupervisor = TestApi.as(port, "mm.supervisor", "demo");
        String id = open(
                TestApi.withToken(port, "demo-mm-mpf"),
                theSeedOperation(name, DemoOperationGenerator.persons(seed, 12)));
        List<String> verifications = taskIds(cnOfficer, id, RepatriationModel.TASK_VERIFY_NATIONALITY);
        requireAll(
                2,
                bulk(
                        cnOfficer,
                        verifications.subList(0, 2),
                        Map.of(
                                "nationalityVerification",
                                "NOT_CONFIRMED",
                                "remarks",
                                "No record of the person in the household registration system")));
        requireAll(10, bulk(cnOfficer, verifications.subList(2, 12), Map.of("nationalityVerification", "CONFIRMED")));
        List<String> documents = taskIds(cnOfficer, id, RepatriationModel.TASK_ISSUE_TRAVEL_DOCUMENT);
        Map<String, Object> numbers = new LinkedHashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            numbers.put(documents.get(i), Map.of("travelDocumentNumber", String.format("ETD%04d%03d", seed, i)));
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
        if (issued.status() != 200 || issued.json().get("completed").asInt() != 10) {
            throw new AssertionError("Travel documents not issued: " + issued.body());
        }
        requireAll(10, bulk(mmOfficer, taskIds(mmOfficer, id, RepatriationModel.TASK_CLEAR_FOR_TRANSFER), cleared()));
        List<String> persons = readyPersons(mmSupervisor, id, 6);
        TestApi.Response planned = mmSupervisor.post(
                "/api/v1/repatriations/" + id + "/transfers", aTransfer("Daluo port, Menghai", "LAND", 6, persons));
        if (planned.status() != 201) {
            throw new AssertionError("Transfer not planned: " + planned.body());
        }
        String approval = taskIds(mmSupervisor, id, RepatriationModel.TASK_APPROVE_TRANSFER_PLAN)
                .get(0);
        mmSupervisor.post("/api/v1/tasks/" + approval + "/complete", Map.of("planDecision", "APPROVE"));
        runJobs(management);
        String execution =
                taskIds(mmOfficer, id, RepatriationModel.TASK_EXECUTE_HANDOVER).get(0);
        mmOfficer.post("/api/v1/tasks/" + execution + "/complete", handedOver(6));
        TestApi.Response receipt = cnOfficer.post(
                "/api/v1/repatriations/" + id + "/transfers/"
                        + planned.json().get("id").asText() + "/receipt",
                Map.of("receivedCount", 6, "notReceived", List.of()));
        if (receipt.status() != 204) {
            throw new AssertionError("Receipt refused: " + receipt.body());
        }
        runJobs(management);
        return id;
    }

    private static void requireAll(int count, JsonNode outcome) {
        if (outcome.get("completed").asInt() != count) {
            throw new AssertionError("Expected " + count + " completions: " + outcome);
        }
    }

    /**
     * Ends every repatriation process the tests left open, so that the shared context's task lists
     * hold no leftovers for other test classes (e.g. a first page of tasks without due dates).
     */
    public static void deleteRepatriationProcesses(org.camunda.bpm.engine.RuntimeService runtime) {
        for (List<String> ids = openIds(runtime); !ids.isEmpty(); ids = openIds(runtime)) {
            runtime.deleteProcessInstances(ids, "end of a repatriation test", true, true);
        }
    }

    private static List<String> openIds(org.camunda.bpm.engine.RuntimeService runtime) {
        return runtime
                .createProcessInstanceQuery()
                .processDefinitionKeyIn(
                        RepatriationModel.PERSON_PROCESS,
                        RepatriationModel.HANDOVER_PROCESS,
                        RepatriationModel.OPERATION_PROCESS,
                        RouteConflictModel.ROUTE_DECISION_PROCESS)
                .listPage(0, 500)
                .stream()
                .map(org.camunda.bpm.engine.runtime.ProcessInstance::getId)
                .toList();
    }

    /** Runs every due job (the job executor is off in tests), e.g. the asynchronous "record handover". */
    public static void runJobs(ManagementService management) {
        for (List<Job> jobs = management.createJobQuery().executable().listPage(0, 100);
                !jobs.isEmpty();
                jobs = management.createJobQuery().executable().listPage(0, 100)) {
            jobs.forEach(j -> management.executeJob(j.getId()));
        }
    }

    /** Takes a person through verification, travel document and clearance: ready for a transfer. */
    static void makeReady(
            org.camunda.bpm.engine.TaskService tasks,
            TestApi receiving,
            TestApi holding,
            String personId,
            java.time.LocalDate documentExpiry) {
        verifyAndDocument(tasks, receiving, personId, documentExpiry);
        requireNoContent(holding.post(
                "/api/v1/tasks/" + taskOf(tasks, personId, RepatriationModel.TASK_CLEAR_FOR_TRANSFER) + "/complete",
                cleared()));
    }

    /** The receiving state confirms the person's nationality and issues a passport expiring on the date. */
    static void verifyAndDocument(
            org.camunda.bpm.engine.TaskService tasks,
            TestApi receiving,
            String personId,
            java.time.LocalDate documentExpiry) {
        requireNoContent(receiving.post(
                "/api/v1/tasks/" + taskOf(tasks, personId, RepatriationModel.TASK_VERIFY_NATIONALITY) + "/complete",
                Map.of("nationalityVerification", "CONFIRMED")));
        requireNoContent(receiving.post(
                "/api/v1/tasks/" + taskOf(tasks, personId, RepatriationModel.TASK_ISSUE_TRAVEL_DOCUMENT) + "/complete",
                Map.of(
                        "travelDocumentType",
                        "PASSPORT",
                        "travelDocumentNumber",
                        "EG" + personId.substring(0, 8).toUpperCase(),
                        "travelDocumentExpiry",
                        documentExpiry.toString())));
    }

    private static void requireNoContent(TestApi.Response response) {
        if (response.status() != 204) {
            throw new AssertionError("expected 204, got " + response.status() + ": " + response.body());
        }
    }
}
