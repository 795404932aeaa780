package org.comity.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.comity.core.archive.DocumentArchive;
import org.comity.core.repatriation.RepatriationModel;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.comity.web.extradition.ExtraditionCaseScenario;
import org.comity.web.extradition.ExtraditionRequestBodies;
import org.comity.web.mla.MlaRequestBodies;
import org.comity.web.repatriation.RepatriationFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bad-input sweep of issue #14 ("Done when"): every catalogued bad value ({@link BadInputs})
 * at every field of every write endpoint — extradition, MLA and repatriation intake, persons as
 * JSON and CSV, assurances, sentences and task completion forms of each procedure — plus bodies
 * that are not UTF-8 JSON and bad Idempotency-Keys. For each request it checks the answer (4xx
 * problem+json naming the field it was sent to, never 5xx, never 2xx) and that the row counts of
 * Comity's tables and the engine's runtime tables are unchanged. Prints one summary line; all on
 * the shared H2 context, one request after another.
 */
class BadInputSweepIT extends WebIT {

    /** Sent with non-ASCII escaped, so that a lone surrogate travels as the JSON escape {@code \uD800}. */
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private static final String TABLES = "comity_case comity_document extradition_assurance "
            + "extradition_assurance_offence extradition_extension extradition_ground extradition_request "
            + "extradition_sentence extradition_subject_name idempotency_key mla_evidence_item mla_ground mla_person "
            + "mla_request repatriation_call_centre repatriation_operation repatriation_person "
            + "repatriation_person_document repatriation_region repatriation_transfer repatriation_transfer_person "
            + "route_conflict speciality_offence speciality_proceeding speciality_register task_submission "
            + "ACT_RU_TASK ACT_RU_EXECUTION ACT_RU_VARIABLE ACT_RU_JOB ACT_HI_ACTINST ACT_HI_PROCINST";

    private final HttpClient http = HttpClient.newHttpClient();
    private final Tally tally = new Tally();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ManagementService management;

    @Autowired
    DocumentArchive archive;

    @Test
    void refusesEveryCataloguedBadInputOnEveryWriteEndpointAndStoresNothing() {
        long start = System.nanoTime();
        Endpoints endpoints = endpoints();

        endpoints.forEach(this::sweepJson);
        sweepCsv(endpoints.operationId);
        sweepIdempotencyKeys();

        System.out.printf("bad-input sweep: tried %d, 4xx %d, 5xx %d, stored after a refusal %d, "
                + "accepted-but-invalid %d, refusals not naming the field %d (%d s with set-up)%n", tally.tried, tally.refused,
                tally.serverErrors, tally.storedAfterRefusal, tally.acceptedInvalid, tally.unnamed,
                (System.nanoTime() - start) / 1_000_000_000L);
        assertThat(tally.tried).isGreaterThanOrEqualTo(500);
        assertThat(tally.failures).isEmpty();
        assertThat(tally.serverErrors + tally.storedAfterRefusal + tally.acceptedInvalid + tally.unnamed).isZero();
    }

    // ---------------------------------------------------------------- endpoints and their fields

    /** One JSON write endpoint: where, as whom, a valid body and the bad values per field path. */
    private record Endpoint(String name, String path, String caller, ObjectNode valid, Map<String, Map<String, JsonNode>> fields,
            boolean form) {
    }

    private static final class Endpoints extends ArrayList<Endpoint> {
        String operationId;
    }

    private Endpoints endpoints() {
        ExtraditionCaseScenario scenario = new ExtraditionCaseScenario(port, runtime, management, archive);
        String surrendered = scenario.grantedAndSurrendered();
        String toCheck = scenario.submit("demo-cn-mps", "sweep-" + UUID.randomUUID(), ExtraditionRequestBodies
                .aRequestFromChinaFor("左思远", "Zuo Siyuan", "1979-08-14")).caseId();
        scenario.runJobs(toCheck);
        scenario.completeOk("cn.supervisor", toCheck, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));

        Endpoints endpoints = new Endpoints();
        endpoints.add(extradition());
        endpoints.add(mla());
        endpoints.add(operation());
        endpoints.operationId = RepatriationFixtures.open(withToken("demo-mm-mpf"), RepatriationFixtures.theSeedOperation(
                "Sweep operation", List.of(RepatriationFixtures.aDetainee("欧阳明月", "OUYANG Mingyue", LocalDate.of(1987, 3, 9)),
                        RepatriationFixtures.aDetainee("司马青云", "SIMA Qingyun", LocalDate.of(1991, 11, 2)))));
        RepatriationFixtures.runJobs(management);
        endpoints.add(persons(endpoints.operationId));
        endpoints.add(assurance(surrendered));
        endpoints.add(sentence(surrendered));
        endpoints.add(form("Task_CheckCompleteness form", scenario.taskId("mm.officer", toCheck, "Task_CheckCompleteness"),
                "mm.officer:demo", obj("completeness", "INCOMPLETE", "missingItems", "The warrant"),
                Map.of("missingItems", BadInputs.sample(BadInputs.multiline()),
                        "completeness", BadInputs.sample(BadInputs.option()))));
        repatriationForms(endpoints);
        return endpoints;
    }

    private Endpoint extradition() {
        ObjectNode valid = tree(ExtraditionRequestBodies.aRequestFromChinaFor("东方未明", "Dongfang Weiming", "1984-02-11"));
        Map<String, Map<String, JsonNode>> fields = new java.util.LinkedHashMap<>();
        for (String text : List.of("person.nameInOriginalScript", "person.nameInLatinScript", "person.aliases[0]",
                "offences[0].place", "offences[0].provisionInRequestingLaw", "warrant.reference", "warrant.issuingAuthority",
                "legalBasisId", "requestingState")) {
            fields.put(text, BadInputs.line());
        }
        fields.put("factsSummary", BadInputs.multiline());
        fields.put("offences[0].description", BadInputs.multiline());
        for (String option : List.of("person.sex", "purpose", "urgency", "channel", "offences[0].maximumPenalty.kind")) {
            fields.put(option, BadInputs.option());
        }
        fields.put("person.dateOfBirth", BadInputs.dateOfBirth());
        fields.put("requestDate", BadInputs.date());
        fields.put("warrant.date", BadInputs.date());
        fields.put("person.identityDocuments[0].expiry", BadInputs.expiry());
        fields.put("offences[0].maximumPenalty.months", BadInputs.number());
        fields.put("undertakings.speciality", BadInputs.bool());
        fields.put("person.aliases", Map.of("100,000 aliases", BadInputs.listOf(100_000, txt("Xiao Wang")),
                "21 aliases", BadInputs.listOf(21, txt("Xiao Wang"))));
        fields.put("offences", new java.util.LinkedHashMap<>(Map.of("51 offences", BadInputs.listOf(51, valid.get("offences").get(0)))));
        fields.put("person.nationalities", Map.of("11 nationalities", BadInputs.listOf(11, txt("CN"))));
        for (String required : List.of("requestingState", "requestedState", "purpose", "urgency", "channel",
                "legalBasisId", "person", "offences", "undertakings", "requestDate", "factsSummary", "person.sex",
                "person.dateOfBirth", "person.nameInLatinScript")) {
            fields.computeIfAbsent(required, k -> new java.util.LinkedHashMap<>()).put("null", NullNode.instance);
        }
        ((ObjectNode) valid.get("person")).set("identityDocuments", JSON.createArrayNode().add(
                obj("type", "PASSPORT", "number", "E98765432", "issuingState", "CN", "expiry", "2030-01-01")));
        return new Endpoint("POST /extraditions", "/api/v1/extraditions", "demo-cn-mps", valid, fields, false);
    }

    private Endpoint mla() {
        ObjectNode valid = tree(MlaRequestBodies.aRequestFromChinaForBankAndTelecomRecords());
        Map<String, Map<String, JsonNode>> fields = new java.util.LinkedHashMap<>();
        for (String text : List.of("caseReference", "requestingAuthority.name", "requestingAuthority.contactName",
                "offences[0].legalProvision", "personsConcerned[0].nameInOriginalScript",
                "personsConcerned[0].nameInLatinScript", "personsConcerned[0].location")) {
            fields.put(text, BadInputs.line());
        }
        for (String text : List.of("factsSummary", "assistanceSought", "purpose", "relevance", "urgencyReason",
                "offences[0].description")) {
            fields.put(text, BadInputs.multiline());
        }
        for (String option : List.of("proceedingType", "assistanceTypes[0]", "personsConcerned[0].sex",
                "personsConcerned[0].role")) {
            fields.put(option, BadInputs.option());
        }
        fields.put("deadline", BadInputs.date());
        fields.put("personsConcerned[0].dateOfBirth", BadInputs.dateOfBirth());
        fields.put("personsConcerned[0].identityDocuments[0].expiry", BadInputs.expiry());
        fields.put("offences[0].maximumPenalty.months", BadInputs.number());
        fields.put("confidential", BadInputs.bool());
        for (String required : List.of("requestingState", "requestedState", "legalBasisId")) {
            fields.computeIfAbsent(required, k -> new java.util.LinkedHashMap<>()).put("null", NullNode.instance);
        }
        return new Endpoint("POST /mla-requests", "/api/v1/mla-requests", "demo-cn-mps", valid, fields, false);
    }

    private Endpoint operation() {
        ObjectNode valid = tree(RepatriationFixtures.theSeedOperation("Sweep operation (refused)",
                List.of(RepatriationFixtures.aDetainee("上官飞燕", "SHANGGUAN Feiyan", LocalDate.of(1990, 4, 4)))));
        Map<String, Map<String, JsonNode>> fields = new java.util.LinkedHashMap<>();
        for (String text : List.of("name", "regions[0]", "callCentres[0].name", "persons[0].nameOriginal",
                "persons[0].nameLatin", "persons[0].callCentre")) {
            fields.put(text, BadInputs.line());
        }
        fields.put("startDate", BadInputs.date());
        fields.put("persons[0].sex", BadInputs.option());
        fields.put("persons[0].dateOfBirth", BadInputs.dateOfBirth());
        fields.put("holdingState", Map.of("null", NullNode.instance, "number", JSON.getNodeFactory().numberNode(1)));
        return new Endpoint("POST /repatriations", "/api/v1/repatriations", "demo-mm-mpf", valid, fields, false);
    }

    private Endpoint persons(String operationId) {
        ObjectNode person = tree(RepatriationFixtures.aDetainee("慕容秋水", "MURONG Qiushui", LocalDate.of(1993, 6, 6)));
        person.set("identityDocuments", JSON.createArrayNode().add(obj("type", "PASSPORT", "number", "E55554444",
                "expiry", "2031-01-01")));
        ObjectNode valid = JSON.createObjectNode();
        valid.set("batch", JSON.createArrayNode().add(person));
        Map<String, Map<String, JsonNode>> fields = new java.util.LinkedHashMap<>();
        for (String text : List.of("batch[0].nameOriginal", "batch[0].nameLatin", "batch[0].callCentre")) {
            fields.put(text, BadInputs.line());
        }
        fields.put("batch[0].sex", BadInputs.option());
        fields.put("batch[0].category", BadInputs.option());
        fields.put("batch[0].dateOfBirth", BadInputs.dateOfBirth());
        fields.put("batch[0].identityDocuments[0].expiry", BadInputs.expiry());
        fields.put("batch[0].identityDocuments", Map.of("6 documents", BadInputs.listOf(6, person.get("identityDocuments").get(0))));
        return new Endpoint("POST /repatriations/{id}/persons (JSON)", "/api/v1/repatriations/" + operationId + "/persons",
                "demo-mm-mpf", valid, fields, false);
    }

    private Endpoint assurance(String caseId) {
        ObjectNode valid = tree(ExtraditionRequestBodies.anAssurance("DEATH_PENALTY"));
        Map<String, Map<String, JsonNode>> fields = new java.util.LinkedHashMap<>();
        fields.put("terms", BadInputs.multiline());
        fields.put("kind", BadInputs.option());
        fields.put("givenOn", BadInputs.date());
        fields.put("maxTermMonths", BadInputs.number());
        fields.put("offenceIndexes", Map.of("101 indexes", BadInputs.listOf(101, JSON.getNodeFactory().numberNode(0)),
                "index as text", JSON.createArrayNode().add("0")));
        return new Endpoint("POST /extraditions/{id}/assurances", "/api/v1/extraditions/" + caseId + "/assurances",
                "demo-cn-mps", valid, fields, false);
    }

    private Endpoint sentence(String caseId) {
        ObjectNode valid = tree(ExtraditionRequestBodies.aSentence("TERM", 120));
        Map<String, Map<String, JsonNode>> fields = new java.util.LinkedHashMap<>();
        fields.put("court", BadInputs.line());
        fields.put("kind", BadInputs.option());
        fields.put("imposedOn", BadInputs.date());
        fields.put("months", BadInputs.number());
        return new Endpoint("POST /extraditions/{id}/sentence", "/api/v1/extraditions/" + caseId + "/sentence",
                "demo-cn-mps", valid, fields, false);
    }

    private void repatriationForms(Endpoints endpoints) {
        TestApiPersons persons = new TestApiPersons(endpoints.operationId);
        String verified = persons.id("OUYANG Mingyue");
        String toVerify = persons.id("SIMA Qingyun");
        TestApiPersons.requireNoContent(as("cn.officer").post("/api/v1/tasks/" + taskOf(verified,
                RepatriationModel.TASK_VERIFY_NATIONALITY) + "/complete", Map.of("nationalityVerification", "CONFIRMED")));
        endpoints.add(form("Task_IssueTravelDocument form", taskOf(verified, RepatriationModel.TASK_ISSUE_TRAVEL_DOCUMENT),
                "cn.officer:demo", obj("travelDocumentType", "PASSPORT", "travelDocumentNumber", "EG12345678",
                        "travelDocumentExpiry", TestClock.todayInChina().plusYears(5).toString()),
                Map.of("travelDocumentExpiry", BadInputs.expiry(), "travelDocumentNumber",
                        BadInputs.sample(BadInputs.line()), "travelDocumentType", BadInputs.sample(BadInputs.option()))));
        endpoints.add(form("Task_VerifyNationality form", taskOf(toVerify, RepatriationModel.TASK_VERIFY_NATIONALITY),
                "cn.officer:demo", obj("nationalityVerification", "CONFIRMED", "remarks", "Confirmed by the register"),
                Map.of("remarks", BadInputs.sample(BadInputs.multiline()),
                        "nationalityVerification", BadInputs.sample(BadInputs.option()))));
    }

    /** The persons of the sweep's operation, by Latin name. */
    private final class TestApiPersons {
        private final JsonNode list;

        TestApiPersons(String operationId) {
            this.list = as("cn.officer").get("/api/v1/repatriations/" + operationId + "/persons").json();
        }

        String id(String nameLatin) {
            for (JsonNode person : list) {
                if (person.path("nameLatin").asText().equals(nameLatin)) {
                    return person.path("id").asText();
                }
            }
            throw new AssertionError(nameLatin + " not in " + list);
        }

        static void requireNoContent(org.comity.web.TestApi.Response response) {
            assertThat(response.status()).as(response.body()).isEqualTo(204);
        }
    }

    private String taskOf(String personId, String taskKey) {
        return tasks.createTaskQuery().processVariableValueEquals(RepatriationModel.VAR_PERSON_ID, personId)
                .taskDefinitionKey(taskKey).singleResult().getId();
    }

    private static Endpoint form(String name, String taskId, String caller, ObjectNode valid,
            Map<String, Map<String, JsonNode>> fields) {
        return new Endpoint(name, "/api/v1/tasks/" + taskId + "/complete", caller, valid, fields, true);
    }

    // ---------------------------------------------------------------- the sweeps

    private void sweepJson(Endpoint endpoint) {
        endpoint.fields().forEach((path, values) -> values.forEach((valueName, value) -> {
            JsonNode body = JsonPaths.with(endpoint.valid(), path, value);
            if (body.has("batch")) {
                body = body.get("batch");
            }
            probe(endpoint.name() + " " + path + " = " + valueName, endpoint.path(), endpoint.caller(),
                    "application/json", bytes(body), JsonPaths.leaf(path), null);
        }));
        JsonNode validBody = endpoint.valid().has("batch") ? endpoint.valid().get("batch") : endpoint.valid();
        String duplicated = firstTextField(endpoint.valid());
        Map<String, byte[]> bodies = BadInputs.malformedBodies(bytes(validBody), duplicated);
        if (endpoint.form()) {
            bodies.keySet().retainAll(List.of("overlong UTF-8 '/'", "UTF-8 encoded surrogate", "Latin-1 declared UTF-8",
                    "trailing tokens", "unknown field", "duplicate key"));
        }
        bodies.forEach((bodyName, bytes) ->
                probe(endpoint.name() + " body: " + bodyName, endpoint.path(), endpoint.caller(), "application/json",
                        bytes, null, null));
    }

    private void sweepCsv(String operationId) {
        String path = "/api/v1/repatriations/" + operationId + "/persons";
        String header = "nameOriginal,nameLatin,sex,dateOfBirth,claimedNationality,callCentre,category,"
                + "documentType,documentNumber,documentExpiry\n";
        String centre = org.comity.web.demo.DemoOperationGenerator.callCentres().get(0);
        List<String> valid = List.of("皇甫星河", "HUANGFU Xinghe", "MALE", "1989-09-09", "CN", centre, "SUSPECT",
                "PASSPORT", "E44443333", "2031-05-05");
        Map<Integer, Map<String, JsonNode>> columns = new java.util.LinkedHashMap<>();
        columns.put(0, BadInputs.line());
        columns.put(1, BadInputs.line());
        columns.put(5, BadInputs.line());
        columns.put(2, BadInputs.option());
        columns.put(6, BadInputs.option());
        columns.put(3, BadInputs.dateOfBirth());
        columns.put(9, BadInputs.expiry());
        List<String> names = List.of("nameOriginal", "nameLatin", "sex", "dateOfBirth", "claimedNationality",
                "callCentre", "category", "documentType", "documentNumber", "documentExpiry");
        columns.forEach((column, values) -> values.forEach((valueName, value) -> {
            if (!value.isTextual() || valueName.contains("surrogate")) {
                return; // a CSV cell is UTF-8 text: JSON types and UTF-16 faults are swept on the JSON endpoints
            }
            List<String> row = new ArrayList<>(valid);
            row.set(column, value.asText());
            String expected = names.get(column).startsWith("document") ? "expiry" : names.get(column);
            probe("CSV " + names.get(column) + " = " + valueName, path, "demo-mm-mpf", "text/csv",
                    (header + csvRow(row)).getBytes(StandardCharsets.UTF_8), expected, null);
        }));
        byte[] validCsv = (header + csvRow(valid)).getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> malformed = new java.util.LinkedHashMap<>();
        malformed.put("overlong UTF-8", BadInputs.concat(validCsv, new byte[] {(byte) 0xC0, (byte) 0xAF}));
        malformed.put("UTF-8 encoded surrogate", BadInputs.concat(validCsv, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}));
        malformed.put("Latin-1", BadInputs.concat(validCsv, new byte[] {(byte) 0xE9}));
        malformed.put("wrong header", ("a,b,c\n" + csvRow(valid)).getBytes(StandardCharsets.UTF_8));
        malformed.put("missing column", (header + csvRow(valid.subList(0, 9))).getBytes(StandardCharsets.UTF_8));
        malformed.put("unterminated quote", (header + "\"open," + csvRow(valid)).getBytes(StandardCharsets.UTF_8));
        malformed.put("empty", new byte[0]);
        malformed.put("10,001 rows", (header + csvRow(valid).repeat(10_001)).getBytes(StandardCharsets.UTF_8));
        malformed.forEach((name, bytes) -> probe("CSV body: " + name, path, "demo-mm-mpf", "text/csv", bytes, null, null));
    }

    private void sweepIdempotencyKeys() {
        byte[] valid = bytes(tree(ExtraditionRequestBodies.aRequestFromChinaFor("独孤求败", "Dugu Qiubai", "1975-12-12")));
        Map<String, String> keys = Map.of("empty", "", "201 characters", "k".repeat(201), "a space", "two words",
                "only spaces", "   ");
        keys.forEach((name, key) -> probe("Idempotency-Key: " + name, "/api/v1/extraditions", "demo-cn-mps",
                "application/json", valid, null, key));
    }

    // ---------------------------------------------------------------- one probe

    private void probe(String name, String path, String caller, String contentType, byte[] body, String field,
            String idempotencyKey) {
        long[] before = counts();
        Answer answer = post(path, caller, contentType, body, idempotencyKey);
        long[] after = counts();
        tally.tried++;
        if (answer.status >= 500) {
            tally.serverErrors++;
            tally.failures.add(name + ": " + answer.status + " " + answer.body);
        } else if (answer.status < 400) {
            tally.acceptedInvalid++;
            tally.failures.add(name + ": accepted with " + answer.status + " " + abbreviate(answer.body));
        } else {
            tally.refused++;
            if (!answer.contentType.startsWith("application/problem+json")) {
                tally.failures.add(name + ": " + answer.status + " answered as " + answer.contentType);
            }
            if (field != null && !names(answer.body, field)) {
                tally.unnamed++;
                tally.failures.add(name + ": " + answer.status + " does not name " + field + ": " + abbreviate(answer.body));
            }
            if (!java.util.Arrays.equals(before, after)) {
                tally.storedAfterRefusal++;
                tally.failures.add(name + ": stored although refused " + answer.status);
            }
        }
    }

    private static boolean names(String body, String field) {
        try {
            for (JsonNode error : JSON.readTree(body).path("errors")) {
                if (error.path("field").asText().contains(field) && !error.path("rule").asText().isEmpty()) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private record Answer(int status, String contentType, String body) {
    }

    private Answer post(String path, String caller, String contentType, byte[] body, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", caller.contains(":") ? "Basic " + Base64.getEncoder()
                        .encodeToString(caller.getBytes(StandardCharsets.UTF_8)) : "Bearer " + caller)
                .header("Content-Type", contentType).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long[] counts() {
        String[] tables = TABLES.split(" ");
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < tables.length; i++) {
            sql.append(i == 0 ? "" : ", ").append("(SELECT COUNT(*) FROM ").append(tables[i]).append(")");
        }
        return jdbc.sql(sql.toString()).query((rs, n) -> {
            long[] counts = new long[tables.length];
            for (int i = 0; i < tables.length; i++) {
                counts[i] = rs.getLong(i + 1);
            }
            return counts;
        }).single();
    }

    // ---------------------------------------------------------------- helpers

    private static final class Tally {
        int tried;
        int refused;
        int serverErrors;
        int storedAfterRefusal;
        int acceptedInvalid;
        int unnamed;
        final List<String> failures = new ArrayList<>();
    }

    private static ObjectNode tree(Object value) {
        return JSON.valueToTree(value);
    }

    private static JsonNode txt(String text) {
        return JSON.getNodeFactory().textNode(text);
    }

    private static ObjectNode obj(String... keysAndValues) {
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            node.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return node;
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstTextField(ObjectNode node) {
        ObjectNode object = node.has("batch") ? (ObjectNode) node.get("batch").get(0) : node;
        var names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (object.get(name).isTextual()) {
                return name;
            }
        }
        throw new IllegalStateException("no text field in " + node);
    }

    private static String csvRow(List<String> cells) {
        StringBuilder row = new StringBuilder();
        for (String cell : cells) {
            row.append(row.isEmpty() ? "" : ",").append('"').append(cell.replace("\"", "\"\"")).append('"');
        }
        return row.append('\n').toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

}
