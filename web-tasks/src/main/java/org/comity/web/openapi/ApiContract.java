package org.comity.web.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.comity.core.form.FormText;
import org.comity.core.form.LocalizedText;
import org.comity.core.idempotency.IdempotencyKeys;
import org.comity.core.identity.Actor;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The contract published at {@code /v3/api-docs}: its version (README "API versions"), the three
 * ways to authenticate, the one error shape, schema names that cannot collide, the error responses
 * and examples of every operation. The signed-in {@link Actor} a controller receives is resolved
 * from the credentials, never sent by the client, so it is no parameter of the contract.
 */
@Configuration(proxyBeanMethods = false)
class ApiContract {

    /**
     * The contract's version: the major is the path's ({@code /api/v1}); the minor grows with each
     * addition a generated client may ignore; see README "API versions" for deprecation.
     */
    static final String VERSION = "1.2.0";

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM = "#/components/schemas/Problem";

    static final String AGENCY_TOKEN = "agencyToken";
    static final String PERSON_BASIC = "personBasic";
    static final String PERSON_SESSION = "personSession";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
        // A form text is served as its texts by API language ({"en": …, "zh": …}), the shape LocalizedText documents.
        SpringDocUtils.getConfig().replaceWithClass(FormText.class, LocalizedText.class);
    }

    @Bean
    OpenAPI comityApi() {
        return new OpenAPI()
                .info(new Info().title("Comity API").version(VERSION).description("""
                        Cross-border criminal-justice cooperation between two states: extradition, mutual legal \
                        assistance and the repatriation of detained foreign nationals. Agencies authenticate with \
                        an access token from POST /oauth2/token (OAuth 2.0 client credentials) as Bearer; officers with \
                        Basic or the tasklist's session. Over its rate limit a caller gets 429 with Retry-After. Every error is \
                        application/problem+json with an `errors` array naming each field and rule at fault. \
                        Every creating call requires an `Idempotency-Key` header (400 without): a repeat with the \
                        same key and body returns the first result and creates nothing."""))
                // Relative: each installation is reached at its own address; never the address of whoever asked.
                .servers(List.of(new Server().url("/").description("This installation of Comity")))
                .components(new Components()
                        .addSecuritySchemes(
                                AGENCY_TOKEN,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description(
                                                "An agency's access token from POST /oauth2/token (OAuth 2.0 client "
                                                        + "credentials; scopes cases.read for GET, cases.write for the rest; "
                                                        + "fixed demo tokens in the demo profile only)"))
                        .addSecuritySchemes(
                                PERSON_BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("An officer's or auditor's user name and password"))
                        .addSecuritySchemes(
                                PERSON_SESSION,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.COOKIE)
                                        .name("JSESSIONID")
                                        .description("The session of a person signed in to the tasklist"))
                        .addSchemas("Problem", problem())
                        .addSchemas("FieldProblem", fieldProblem()))
                .security(List.of(
                        new SecurityRequirement().addList(AGENCY_TOKEN),
                        new SecurityRequirement().addList(PERSON_BASIC),
                        new SecurityRequirement().addList(PERSON_SESSION)));
    }

    /** Names schemas by procedure and type; see {@link SchemaNames}. Replaces springdoc's default resolver. */
    @Bean
    SchemaNames schemaNames() {
        return new SchemaNames();
    }

    @Bean
    ModelResolver schemaNamesResolver(SchemaNames names) {
        return new ModelResolver(Json.mapper(), names);
    }

    @Bean
    OpenApiCustomizer primitivesRequired(SchemaNames names) {
        return new PrimitivesRequired(names);
    }

    @Bean
    OperationCustomizer problemResponses() {
        return new ProblemResponses();
    }

    @Bean
    OperationCustomizer idempotencyKeyHeader(IdempotencyKeys keys) {
        return new IdempotencyKeyHeader(keys);
    }

    @Bean
    OperationCustomizer requestExamples(ObjectMapper json) {
        return new RequestExamples(json);
    }

    private static Schema<?> problem() {
        return new ObjectSchema()
                .description("RFC 9457 problem details, as every error of the API is answered")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty(
                        "errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldProblem")))
                .required(List.of("type", "title", "status"));
    }

    private static Schema<?> fieldProblem() {
        return new ObjectSchema()
                .description("One field at fault and the rule it breaks")
                .addProperty("field", new StringSchema().description("JSON path of the field, e.g. person.dateOfBirth"))
                .addProperty(
                        "rule", new StringSchema().description("The rule's name, e.g. NotNull, Script, PastOrPresent"))
                .addProperty("message", new StringSchema())
                .required(List.of("field", "rule", "message"));
    }
}
