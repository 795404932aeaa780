package org.comity.web.repatriation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.web.repatriation.RepatriationFixtures.open;
import static org.comity.web.repatriation.RepatriationFixtures.theSeedOperation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.comity.core.repatriation.request.PersonInput;
import org.comity.web.TestApi;
import org.comity.web.WebIT;
import org.comity.web.demo.DemoOperationGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Person batches are all or nothing, reported row by row, the same for JSON and CSV; intake is for
 * the holding state only; Idempotency-Key replays; names and documents are checked strictly.
 */
class PersonBatchIT extends WebIT {

    @org.junit.jupiter.api.AfterEach
    void deleteOpenProcesses() {
        RepatriationFixtures.deleteRepatriationProcesses(runtime);
    }

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    @Test
    void refusesABatchOf1523WithOneBadRowNamingItAndStoringNothingAlikeForJsonAndCsv() {
        TestApi police = withToken("demo-mm-mpf");
        String id = open(police, theSeedOperation("Batch validation", List.of()));
        List<PersonInput> persons = new ArrayList<>(DemoOperationGenerator.persons(2_000, 1_523));
        PersonInput good = persons.get(1_017);
        persons.set(
                1_017,
                new PersonInput(
                        good.nameOriginal(),
                        good.nameLatin(),
                        good.sex(),
                        "2023-02-29",
                        good.claimedNationality(),
                        good.identityDocuments(),
                        good.callCentre(),
                        good.category()));

        TestApi.Response json = police.post("/api/v1/repatriations/" + id + "/persons", persons);
        TestApi.Response csv = police.postRaw("/api/v1/repatriations/" + id + "/persons", csv(persons), CSV);

        assertThat(json.status()).isEqualTo(422);
        assertThat(json.contentType()).startsWith("application/problem+json");
        assertThat(json.json().get("errors")).hasSize(1);
        assertThat(json.json().get("errors").get(0).get("field").asText()).isEqualTo("persons[1017].dateOfBirth");
        assertThat(csv.status()).isEqualTo(422);
        assertThat(csv.json().get("errors")).isEqualTo(json.json().get("errors"));
        assertThat(as("auditor")
                        .get("/api/v1/repatriations/" + id)
                        .json()
                        .get("persons")
                        .asLong())
                .isZero();

        persons.set(1_017, good);
        TestApi.Response accepted = police.postRaw("/api/v1/repatriations/" + id + "/persons", csv(persons), CSV);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().get("added").asInt()).isEqualTo(1_523);
    }

    @Test
    void findsTheSamePersonAcrossBatchesAndScripts() {
        TestApi police = withToken("demo-mm-mpf");
        String id = open(
                police, theSeedOperation("Name matching", List.of(aPerson("欧阳明辉", "OUYANG Minghui", "1988-08-08"))));

        TestApi.Response again = police.post(
                "/api/v1/repatriations/" + id + "/persons",
                List.of(
                        aPerson(null, "Ōuyáng Ming-Hui", "1988-08-08"),
                        aPerson("欧阳 明辉", "AU-YEUNG Ming Fai", "1988-08-08"),
                        aPerson("欧阳明辉", "OUYANG Minghui", "1988-08-09")));

        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("errors").findValuesAsText("field"))
                .containsExactly("persons[0].nameLatin", "persons[1].nameLatin");
        assertThat(again.json().get("errors").findValuesAsText("rule")).containsOnly("AlreadyKnown");
    }

    @Test
    void refusesInvisibleCharactersFullWidthDigitsAndUnknownCallCentres() {
        TestApi police = withToken("demo-mm-mpf");
        String id = open(police, theSeedOperation("Bad input", List.of()));
        PersonInput bidi = aPerson("王\u202E小明", "WANG Xiaoming", "1991-01-01");
        PersonInput fullWidth = new PersonInput(
                "李娜",
                "LI Na",
                "FEMALE",
                "1992-02-02",
                "CN",
                List.of(new PersonInput.DocumentInput("PASSPORT", "E１２３45678", null)),
                "KK Park",
                "SUSPECT");
        PersonInput nowhere =
                new PersonInput("张伟", "ZHANG Wei", "MALE", "1993-03-03", "CN", List.of(), "Nowhere", "SUSPECT");

        TestApi.Response refused =
                police.post("/api/v1/repatriations/" + id + "/persons", List.of(bidi, fullWidth, nowhere));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").findValuesAsText("rule"))
                .containsExactly("InvisibleCharacter", "Pattern", "CallCentreOfOperation");
        assertThat(refused.body()).doesNotContain("Exception", "SQL");
    }

    @Test
    void letsOnlyTheHoldingStatesAgencyOrOfficerOpenAndAdd() {
        var operation = theSeedOperation("Authorisation", List.of());
        assertThat(withToken("demo-cn-mps")
                        .post("/api/v1/repatriations", operation)
                        .status())
                .isEqualTo(403);
        assertThat(as("mm.supervisor").post("/api/v1/repatriations", operation).status())
                .isEqualTo(403);
        String id = open(as("mm.officer"), operation);

        assertThat(as("cn.officer")
                        .post(
                                "/api/v1/repatriations/" + id + "/persons",
                                List.of(aPerson("周杰", "ZHOU Jie", "1990-09-09")))
                        .status())
                .isEqualTo(403);
        assertThat(withToken("demo-mm-mpf")
                        .post(
                                "/api/v1/repatriations/" + UUID.randomUUID() + "/persons",
                                List.of(aPerson("周杰", "ZHOU Jie", "1990-09-09")))
                        .status())
                .isEqualTo(404);
        assertThat(as("cn.officer").get("/api/v1/repatriations/" + id).status()).isEqualTo(200);
        assertThat(as("cn.officer")
                        .get("/api/v1/operations/" + UUID.randomUUID() + "/metrics")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void replaysAnOperationOpenedWithTheSameIdempotencyKey() {
        var operation = theSeedOperation("Idempotent", List.of(aPerson("高飞", "GAO Fei", "1985-05-05")));
        String key = UUID.randomUUID().toString();

        TestApi.Response first = postWithKey(operation, key);
        TestApi.Response second = postWithKey(operation, key);
        TestApi.Response other = postWithKey(theSeedOperation("Other", List.of()), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.headers().getLocation()).isEqualTo(first.headers().getLocation());
        assertThat(second.json().get("persons").asLong()).isEqualTo(1);
        assertThat(other.status()).isEqualTo(422);
    }

    /** Opens an operation as the Myanmar Police Force with an Idempotency-Key header. */
    private TestApi.Response postWithKey(Object operation, String key) {
        var client = org.springframework.web.client.RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeader("Authorization", "Bearer demo-mm-mpf")
                .defaultHeader("Idempotency-Key", key)
                .requestFactory(new org.springframework.http.client.JdkClientHttpRequestFactory())
                .messageConverters(TestApi::isoDates)
                .build();
        return client.post()
                .uri("/api/v1/repatriations")
                .contentType(MediaType.APPLICATION_JSON)
                .body(operation)
                .exchange((request, response) -> {
                    byte[] bytes = response.getBody().readAllBytes();
                    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(bytes);
                    return new TestApi.Response(
                            response.getStatusCode().value(),
                            response.getHeaders(),
                            json,
                            new String(bytes, StandardCharsets.UTF_8));
                });
    }

    static PersonInput aPerson(String original, String latin, String dob) {
        return new PersonInput(original, latin, "MALE", dob, "CN", List.of(), "KK Park", "SUSPECT");
    }

    static String csv(List<PersonInput> persons) {
        StringBuilder csv = new StringBuilder("\uFEFF" + "nameLatin,nameOriginal,sex,dateOfBirth,claimedNationality,"
                + "callCentre,category,documentType,documentNumber,documentExpiry\r\n");
        for (PersonInput p : persons) {
            PersonInput.DocumentInput d = p.identityDocuments().isEmpty()
                    ? new PersonInput.DocumentInput("", "", "")
                    : p.identityDocuments().get(0);
            csv.append(String.join(
                            ",",
                            quote(p.nameLatin()),
                            quote(p.nameOriginal()),
                            p.sex(),
                            p.dateOfBirth(),
                            p.claimedNationality(),
                            quote(p.callCentre()),
                            p.category(),
                            d.type(),
                            d.number(),
                            d.expiry() == null ? "" : d.expiry()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String quote(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
