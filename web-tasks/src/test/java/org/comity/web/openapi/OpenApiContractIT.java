package org.comity.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.comity.web.TestApi;
import org.comity.web.WebIT;
import org.comity.web.repatriation.RepatriationFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The contract an agency's developers generate their client from ({@code /v3/api-docs}), checked
 * against the handlers that answer: every operation of {@code /api/**} is in it with the status it
 * answers on success and every error status it can answer as problem+json; no parameter is the
 * signed-in actor; each procedure's types keep their own schema; every request body has an example
 * and the API accepts each one; and the contract is the one committed under {@code docs/api/}, from
 * which the {@code agency-client} module generates and drives a Java client.
 *
 * <p>After a deliberate change of the API, {@code scripts/api-contract} rewrites the committed file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiContractIT extends WebIT {

    static final Path COMMITTED = Path.of("..", "docs", "api", "comity-api.json");

    private static final ObjectMapper PRETTY = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Autowired
    ObjectMapper json;

    @Autowired
    Validator validator;

    private JsonNode contract;

    @BeforeAll
    void readTheContract() {
        TestApi.Response answer = anonymous().get("/v3/api-docs");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        contract = answer.json();
    }

    @AfterAll
    void endTheExamplesOperations() {
        RepatriationFixtures.deleteRepatriationProcesses(runtime);
    }

    @Test
    void everyOperationIsInTheContractWithItsSuccessAndErrorStatuses() {
        List<String> missing = new ArrayList<>();
        apiHandlers().forEach((info, handler) -> {
            for (String path : info.getPatternValues()) {
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    JsonNode operation =
                            contract.path("paths").path(path).path(method.name().toLowerCase());
                    if (operation.isMissingNode()) {
                        missing.add(method + " " + path + ": not in the contract");
                        continue;
                    }
                    for (String status : expectedStatuses(handler, method)) {
                        if (!operation.path("responses").has(status)) {
                            missing.add(method + " " + path + ": status " + status + " not documented");
                        }
                    }
                    operation.path("responses").fields().forEachRemaining(response -> {
                        JsonNode content = response.getValue().path("content");
                        if (response.getKey().startsWith("4")
                                || response.getKey().startsWith("5")) {
                            if (!content.has("application/problem+json")) {
                                missing.add(method + " " + path + ": " + response.getKey() + " is not problem+json");
                            }
                        } else if (content.has("*/*")) {
                            missing.add(method + " " + path + ": " + response.getKey() + " has no media type");
                        }
                    });
                }
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void operationIdsAreUniqueAndNoParameterIsTheSignedInActor() {
        Set<String> ids = new TreeSet<>();
        List<String> faults = new ArrayList<>();
        contract.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    String id = op.getValue().path("operationId").asText();
                    if (id.isEmpty()
                            || id.matches(".*_\\d+")
                            || (!ids.add(id) && !id.equals("addRepatriationPersons"))) {
                        faults.add(op.getKey() + " " + path.getKey() + ": operationId '" + id + "'");
                    }
                    op.getValue().path("parameters").forEach(parameter -> {
                        if (parameter.path("name").asText().equals("actor")) {
                            faults.add(
                                    op.getKey() + " " + path.getKey() + ": takes the signed-in actor as a parameter");
                        }
                    });
                }));
        assertThat(faults).isEmpty();
        assertThat(contract.at("/components/securitySchemes").fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("agencyToken", "personBasic", "personSession");
    }

    @Test
    void eachProceduresOffenceIsASchemaOfItsOwn() {
        JsonNode schemas = contract.path("components").path("schemas");
        assertThat(schemas.has("Offence")).isFalse();
        assertThat(schemas.at("/ExtraditionOffence/properties").has("provisionInRequestingLaw"))
                .isTrue();
        assertThat(schemas.at("/MlaOffence/properties").has("legalProvision")).isTrue();
        assertThat(contract.at("/paths/~1api~1v1~1extraditions/post/requestBody/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/ExtraditionRequest");
        assertThat(schemas.at("/ExtraditionUndertakings/required"))
                .extracting(JsonNode::asText)
                .contains("retrialIfInAbsentia", "speciality");
    }

    @Test
    void everyRequestBodyHasAnExampleThatTheApiAccepts() throws IOException {
        List<String> faults = new ArrayList<>();
        for (var handler : apiHandlers().entrySet()) {
            MethodParameter body = bodyOf(handler.getValue());
            if (body == null) {
                continue;
            }
            String id = handler.getValue()
                    .getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class)
                    .operationId();
            for (MediaType type : consumed(handler.getKey())) {
                String extension = type.equals(MediaType.valueOf("text/csv")) ? ".csv" : ".json";
                ClassPathResource example = new ClassPathResource(RequestExamples.LOCATION + id + extension);
                if (!example.exists()) {
                    faults.add(id + ": no example " + example.getPath());
                } else if (extension.equals(".json")) {
                    Object value = json.readerFor(json.constructType(body.getGenericParameterType()))
                            .readValue(example.getInputStream());
                    validator
                            .validate(value)
                            .forEach(v -> faults.add(id + ": " + v.getPropertyPath() + " " + v.getMessage()));
                }
            }
        }
        assertThat(faults).isEmpty();

        assertThat(withToken("demo-cn-mps")
                        .post("/api/v1/extraditions", example("submitExtradition.json"))
                        .status())
                .isEqualTo(201);
        assertThat(withToken("demo-cn-mps")
                        .post("/api/v1/mla-requests", example("submitMlaRequest.json"))
                        .status())
                .isEqualTo(201);
        TestApi myanmar = withToken("demo-mm-mpf");
        TestApi.Response opened = myanmar.post("/api/v1/repatriations", example("openRepatriation.json"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String persons = "/api/v1/repatriations/" + opened.json().get("id").asText() + "/persons";
        TestApi.Response byJson = myanmar.post(persons, example("addRepatriationPersons.json"));
        assertThat(byJson.status()).as(byJson.body()).isEqualTo(201);
        assertThat(byJson.json().get("added").asInt()).isEqualTo(2);
        String csv = new String(
                new ClassPathResource(RequestExamples.LOCATION + "addRepatriationPersons.csv")
                        .getInputStream()
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        TestApi.Response byCsv = myanmar.postRaw(persons, csv, MediaType.valueOf("text/csv"));
        assertThat(byCsv.status()).as(byCsv.body()).isEqualTo(201);
        assertThat(byCsv.json().get("added").asInt()).isEqualTo(2);
    }

    @Test
    void aMissingYesOrNoIsReportedAsRequired() throws IOException {
        JsonNode request = example("submitExtradition.json");
        ((com.fasterxml.jackson.databind.node.ObjectNode) request.get("undertakings")).remove("retrialIfInAbsentia");
        TestApi.Response refused = withToken("demo-cn-mps").post("/api/v1/extraditions", request);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText())
                .isEqualTo("undertakings.retrialIfInAbsentia");
        assertThat(refused.json().get("errors").get(0).get("rule").asText()).isEqualTo("NotNull");
        assertThat(refused.json().get("errors").get(0).get("message").asText()).startsWith("is required");
    }

    /**
     * The running application's contract is the committed one, so that the generated client and the
     * integrators' copy describe what answers. {@code -Dcomity.api-contract.update=true} rewrites it.
     */
    @Test
    void theContractIsTheCommittedOne() throws IOException {
        String running = PRETTY.writeValueAsString(PRETTY.treeToValue(contract, Object.class)) + "\n";
        if (Boolean.getBoolean("comity.api-contract.update")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, running, StandardCharsets.UTF_8);
        }
        assertThat(COMMITTED)
                .as("docs/api/comity-api.json; after a deliberate API change run scripts/api-contract")
                .exists();
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("docs/api/comity-api.json differs from the running API; after a deliberate change run "
                        + "scripts/api-contract and commit the file")
                .isEqualTo(running);
    }

    private JsonNode example(String file) throws IOException {
        return json.readTree(new ClassPathResource(RequestExamples.LOCATION + file).getInputStream());
    }

    private Map<RequestMappingInfo, HandlerMethod> apiHandlers() {
        Map<RequestMappingInfo, HandlerMethod> api = new java.util.LinkedHashMap<>();
        handlers.getHandlerMethods().forEach((info, handler) -> {
            if (info.getPatternValues().stream().anyMatch(p -> p.startsWith("/api/"))) {
                api.put(info, handler);
            }
        });
        return api;
    }

    private static Set<MediaType> consumed(RequestMappingInfo info) {
        Set<MediaType> types = info.getConsumesCondition().getConsumableMediaTypes();
        return types.isEmpty() ? Set.of(MediaType.APPLICATION_JSON) : types;
    }

    private static MethodParameter bodyOf(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters())
                .filter(p -> p.hasParameterAnnotation(RequestBody.class))
                .findFirst()
                .orElse(null);
    }

    /** What the handler answers on success and the errors its signature lets it answer. */
    private static List<String> expectedStatuses(HandlerMethod handler, RequestMethod method) {
        SecurityRequirements open = handler.getMethodAnnotation(SecurityRequirements.class);
        List<String> statuses = new ArrayList<>(
                open != null && open.value().length == 0
                        ? List.of("400", "429", "503")
                        : List.of("400", "401", "403", "503"));
        ResponseStatus declared = handler.getMethodAnnotation(ResponseStatus.class);
        statuses.add(declared == null ? "200" : String.valueOf(declared.value().value()));
        if (Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(PathVariable.class))) {
            statuses.add("404");
        }
        if (method == RequestMethod.POST) {
            statuses.add("409");
        }
        if (bodyOf(handler) != null) {
            statuses.addAll(List.of("413", "415", "422"));
        }
        return statuses;
    }
}
