package org.comity.web.repatriation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.comity.core.repatriation.OperationInput;
import org.comity.core.repatriation.PersonInput;
import org.comity.core.repatriation.RepatriationModel;
import org.comity.web.TestApi;
import org.comity.web.demo.DemoOperationGenerator;

/** Named fixtures and API steps shared by the repatriation integration tests. */
public final class RepatriationFixtures {

    private RepatriationFixtures() {
    }

    /** The seed's operation (Myanmar holds, China receives; 18 call centres in 5 regions) with persons. */
    public static OperationInput theSeedOperation(String name, List<PersonInput> persons) {
        OperationInput header = DemoOperationGenerator.operation(name);
        return new OperationInput(header.name(), header.holdingState(), header.receivingState(), header.regions(),
                header.callCentres(), header.startDate(), header.endDate(), persons);
    }

    /** A Chinese suspect held in the seed's first call centre, without identity documents. */
    public static PersonInput aDetainee(String nameOriginal, String nameLatin, java.time.LocalDate dateOfBirth) {
        return new PersonInput(nameOriginal, nameLatin, "MALE", dateOfBirth.toString(), "CN", List.of(),
                DemoOperationGenerator.callCentres().get(0), "SUSPECT");
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
        for (int page = 0;; page++) {
            JsonNode items = officer.get("/api/v1/tasks?size=100&caseId=" + caseId + "&taskKey=" + taskKey
                    + "&page=" + page).json().get("items");
            items.forEach(t -> ids.add(t.get("id").asText()));
            if (items.size() < 100) {
                return ids;
            }
        }
    }

    public static JsonNode bulk(TestApi officer, List<String> taskIds, Map<String, Object> values) {
        TestApi.Response response = officer.post("/api/v1/tasks/bulk-complete",
                Map.of("taskIds", taskIds, "values", values));
        if (response.status() != 200) {
            throw new AssertionError("Bulk completion refused: " + response.body());
        }
        return response.json();
    }

    /** Ids of persons ready for a transfer, through the API. */
    static List<String> readyPersons(TestApi reader, String operationId, int max) {
        List<String> ids = new ArrayList<>();
        reader.get("/api/v1/repatriations/" + operationId + "/persons?readyForTransfer=true&size=" + max).json()
                .forEach(p -> ids.add(p.get("id").asText()));
        return ids;
    }

    static Map<String, Object> cleared() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("medicalClearance", true);
        values.put("localProceedingsPending", false);
        values.put("traffickingScreening", "NO_INDICATORS");
        values.put("clearance", "CLEARED");
        return values;
    }

    static Map<String, Object> handedOver(int count) {
        return Map.of("handedOverAt", OffsetDateTime.now().minusMinutes(5).toString(), "handedOverCount", count,
                "escortOfficers", Math.max(1, count / 10));
    }

    static Map<String, Object> aTransfer(String point, String mode, int capacity, List<String> personIds) {
        return Map.of("borderPoint", point, "mode", mode, "capacity", capacity,
                "transferDate", java.time.LocalDate.now().plusDays(3).toString(), "personIds", personIds);
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
        return runtime.createProcessInstanceQuery().processDefinitionKeyIn(RepatriationModel.PERSON_PROCESS,
                RepatriationModel.HANDOVER_PROCESS, RepatriationModel.OPERATION_PROCESS).listPage(0, 500).stream()
                .map(org.camunda.bpm.engine.runtime.ProcessInstance::getId).toList();
    }

    /** Runs every due job (the job executor is off in tests), e.g. the asynchronous "record handover". */
    public static void runJobs(ManagementService management) {
        for (List<Job> jobs = management.createJobQuery().executable().listPage(0, 100); !jobs.isEmpty();
                jobs = management.createJobQuery().executable().listPage(0, 100)) {
            jobs.forEach(j -> management.executeJob(j.getId()));
        }
    }
}
