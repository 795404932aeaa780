package org.comity.web.problem;

import static org.comity.web.problem.SweepJson.JSON;
import static org.comity.web.problem.SweepJson.csvRow;
import static org.comity.web.problem.SweepJson.obj;
import static org.comity.web.problem.SweepJson.tree;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comity.core.repatriation.RepatriationModel;
import org.comity.web.TestApi;
import org.comity.web.TestClock;
import org.comity.web.demo.DemoOperationGenerator;
import org.comity.web.repatriation.RepatriationFixtures;

/**
 * The sweep's repatriation endpoints: opening an operation, adding persons as JSON and as CSV, and
 * the receiving state's forms for a person (nationality verification, travel document). Opens one
 * operation of two detainees to send them to.
 */
final class RepatriationSweepCatalogue {

    private static final List<String> CSV_COLUMNS = List.of(
            "nameOriginal",
            "nameLatin",
            "sex",
            "dateOfBirth",
            "claimedNationality",
            "callCentre",
            "category",
            "documentType",
            "documentNumber",
            "documentExpiry");

    private final SweepContext context;
    private final String operationId;

    RepatriationSweepCatalogue(SweepContext context) {
        this.context = context;
        this.operationId = RepatriationFixtures.open(
                context.withToken("demo-mm-mpf"),
                RepatriationFixtures.theSeedOperation(
                        "Sweep operation",
                        List.of(
                                RepatriationFixtures.aDetainee("欧阳明月", "OUYANG Mingyue", LocalDate.of(1987, 3, 9)),
                                RepatriationFixtures.aDetainee("司马青云", "SIMA Qingyun", LocalDate.of(1991, 11, 2)))));
        RepatriationFixtures.runJobs(context.management());
    }

    List<SweepEndpoint> endpoints() {
        List<SweepEndpoint> endpoints = new ArrayList<>(List.of(operation(), persons()));
        endpoints.addAll(forms());
        return endpoints;
    }

    private SweepEndpoint operation() {
        ObjectNode valid = tree(RepatriationFixtures.theSeedOperation(
                "Sweep operation (refused)",
                List.of(RepatriationFixtures.aDetainee("上官飞燕", "SHANGGUAN Feiyan", LocalDate.of(1990, 4, 4)))));
        Map<String, Map<String, JsonNode>> fields = new LinkedHashMap<>();
        for (String text : List.of(
                "name",
                "regions[0]",
                "callCentres[0].name",
                "persons[0].nameOriginal",
                "persons[0].nameLatin",
                "persons[0].callCentre")) {
            fields.put(text, BadInputs.line());
        }
        fields.put("startDate", BadInputs.date());
        fields.put("persons[0].sex", BadInputs.option());
        fields.put("persons[0].dateOfBirth", BadInputs.dateOfBirth());
        fields.put("holdingState", Map.of("null", NullNode.instance, "number", SweepJson.number(1)));
        return new SweepEndpoint("POST /repatriations", "/api/v1/repatriations", "demo-mm-mpf", valid, fields, false);
    }

    private SweepEndpoint persons() {
        ObjectNode person = tree(RepatriationFixtures.aDetainee("慕容秋水", "MURONG Qiushui", LocalDate.of(1993, 6, 6)));
        person.set(
                "identityDocuments",
                JSON.createArrayNode().add(obj("type", "PASSPORT", "number", "E55554444", "expiry", "2031-01-01")));
        ObjectNode valid = JSON.createObjectNode();
        valid.set("batch", JSON.createArrayNode().add(person));
        Map<String, Map<String, JsonNode>> fields = new LinkedHashMap<>();
        for (String text : List.of("batch[0].nameOriginal", "batch[0].nameLatin", "batch[0].callCentre")) {
            fields.put(text, BadInputs.line());
        }
        fields.put("batch[0].sex", BadInputs.option());
        fields.put("batch[0].category", BadInputs.option());
        fields.put("batch[0].dateOfBirth", BadInputs.dateOfBirth());
        fields.put("batch[0].identityDocuments[0].expiry", BadInputs.expiry());
        fields.put(
                "batch[0].identityDocuments",
                Map.of(
                        "6 documents",
                        BadInputs.listOf(6, person.get("identityDocuments").get(0))));
        return new SweepEndpoint(
                "POST /repatriations/{id}/persons (JSON)", personsPath(), "demo-mm-mpf", valid, fields, false);
    }

    /** China confirms one person's nationality, so that both of China's person forms are open. */
    private List<SweepEndpoint> forms() {
        JsonNode persons = context.as("cn.officer")
                .get("/api/v1/repatriations/" + operationId + "/persons")
                .json();
        String verified = personId(persons, "OUYANG Mingyue");
        String toVerify = personId(persons, "SIMA Qingyun");
        TestApi.Response confirmed = context.as("cn.officer")
                .post(
                        "/api/v1/tasks/" + taskOf(verified, RepatriationModel.TASK_VERIFY_NATIONALITY) + "/complete",
                        Map.of("nationalityVerification", "CONFIRMED"));
        if (confirmed.status() != 204) {
            throw new AssertionError("Nationality not confirmed: " + confirmed.body());
        }
        return List.of(
                SweepEndpoint.form(
                        "Task_IssueTravelDocument form",
                        taskOf(verified, RepatriationModel.TASK_ISSUE_TRAVEL_DOCUMENT),
                        "cn.officer:demo",
                        obj(
                                "travelDocumentType",
                                "PASSPORT",
                                "travelDocumentNumber",
                                "EG12345678",
                                "travelDocumentExpiry",
                                TestClock.todayInChina().plusYears(5).toString()),
                        Map.of(
                                "travelDocumentExpiry",
                                BadInputs.expiry(),
                                "travelDocumentNumber",
                                BadInputs.sample(BadInputs.line()),
                                "travelDocumentType",
                                BadInputs.sample(BadInputs.option()))),
                SweepEndpoint.form(
                        "Task_VerifyNationality form",
                        taskOf(toVerify, RepatriationModel.TASK_VERIFY_NATIONALITY),
                        "cn.officer:demo",
                        obj("nationalityVerification", "CONFIRMED", "remarks", "Confirmed by the register"),
                        Map.of(
                                "remarks",
                                BadInputs.sample(BadInputs.multiline()),
                                "nationalityVerification",
                                BadInputs.sample(BadInputs.option()))));
    }

    /** Each bad cell in each swept column of an otherwise valid CSV row, then bodies that are no valid CSV. */
    List<SweepProbe> csv() {
        String header = String.join(",", CSV_COLUMNS) + "\n";
        List<String> valid = List.of(
                "皇甫星河",
                "HUANGFU Xinghe",
                "MALE",
                "1989-09-09",
                "CN",
                DemoOperationGenerator.callCentres().get(0),
                "SUSPECT",
                "PASSPORT",
                "E44443333",
                "2031-05-05");
        Map<Integer, Map<String, JsonNode>> columns = new LinkedHashMap<>();
        columns.put(0, BadInputs.line());
        columns.put(1, BadInputs.line());
        columns.put(5, BadInputs.line());
        columns.put(2, BadInputs.option());
        columns.put(6, BadInputs.option());
        columns.put(3, BadInputs.dateOfBirth());
        columns.put(9, BadInputs.expiry());
        List<SweepProbe> probes = new ArrayList<>();
        columns.forEach((column, values) -> values.forEach((valueName, value) -> {
            if (!value.isTextual() || valueName.contains("surrogate")) {
                return; // a CSV cell is UTF-8 text: JSON types and UTF-16 faults are swept on the JSON endpoints
            }
            List<String> row = new ArrayList<>(valid);
            row.set(column, value.asText());
            String expected = CSV_COLUMNS.get(column).startsWith("document") ? "expiry" : CSV_COLUMNS.get(column);
            probes.add(csvProbe(
                    "CSV " + CSV_COLUMNS.get(column) + " = " + valueName,
                    (header + csvRow(row)).getBytes(StandardCharsets.UTF_8),
                    expected));
        }));
        byte[] validCsv = (header + csvRow(valid)).getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> malformed = new LinkedHashMap<>();
        malformed.put("overlong UTF-8", BadInputs.concat(validCsv, new byte[] {(byte) 0xC0, (byte) 0xAF}));
        malformed.put(
                "UTF-8 encoded surrogate",
                BadInputs.concat(validCsv, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}));
        malformed.put("Latin-1", BadInputs.concat(validCsv, new byte[] {(byte) 0xE9}));
        malformed.put("wrong header", ("a,b,c\n" + csvRow(valid)).getBytes(StandardCharsets.UTF_8));
        malformed.put("missing column", (header + csvRow(valid.subList(0, 9))).getBytes(StandardCharsets.UTF_8));
        malformed.put("unterminated quote", (header + "\"open," + csvRow(valid)).getBytes(StandardCharsets.UTF_8));
        malformed.put("empty", new byte[0]);
        malformed.put("10,001 rows", (header + csvRow(valid).repeat(10_001)).getBytes(StandardCharsets.UTF_8));
        malformed.forEach((name, bytes) -> probes.add(csvProbe("CSV body: " + name, bytes, null)));
        return probes;
    }

    private SweepProbe csvProbe(String name, byte[] body, String field) {
        return new SweepProbe(name, personsPath(), "demo-mm-mpf", "text/csv", body, field, null);
    }

    private String personsPath() {
        return "/api/v1/repatriations/" + operationId + "/persons";
    }

    private static String personId(JsonNode persons, String nameLatin) {
        for (JsonNode person : persons) {
            if (person.path("nameLatin").asText().equals(nameLatin)) {
                return person.path("id").asText();
            }
        }
        throw new AssertionError(nameLatin + " not in " + persons);
    }

    private String taskOf(String personId, String taskKey) {
        return context.tasks()
                .createTaskQuery()
                .processVariableValueEquals(RepatriationModel.VAR_PERSON_ID, personId)
                .taskDefinitionKey(taskKey)
                .singleResult()
                .getId();
    }
}
