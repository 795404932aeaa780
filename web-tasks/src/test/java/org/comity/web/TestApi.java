package org.comity.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.comity.core.idempotency.IdempotencyKeys;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.client.RestClient;

/**
 * A client of Comity's API over real HTTP, as one caller, that never throws on an error status. Every
 * POST carries a fresh {@code Idempotency-Key} (the API requires one on creating calls; other calls
 * ignore it), as a well-behaved client sends one per request; {@link #postWithKey} repeats a chosen
 * key and {@link #postWithoutIdempotencyKey} sends none.
 */
public final class TestApi {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    private final RestClient client;

    private TestApi(int port, Consumer<HttpHeaders> credentials) {
        this.client = RestClient.builder()
                .requestFactory(new JdkClientHttpRequestFactory(HttpClient.newHttpClient()))
                .baseUrl("http://localhost:" + port)
                .defaultHeaders(credentials)
                .messageConverters(TestApi::isoDates)
                .build();
    }

    /**
     * Makes a client's JSON converter write dates as ISO strings, as the API takes them: the strict
     * API refuses a {@code LocalDate} written as {@code [2026, 1, 31]}, Jackson's default.
     */
    public static void isoDates(List<HttpMessageConverter<?>> converters) {
        converters.replaceAll(c -> c instanceof MappingJackson2HttpMessageConverter
                ? new MappingJackson2HttpMessageConverter(Jackson2ObjectMapperBuilder.json()
                        .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .build())
                : c);
    }

    public static TestApi as(int port, String user, String password) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new TestApi(port, h -> h.set(HttpHeaders.AUTHORIZATION, "Basic " + basic));
    }

    public static TestApi withToken(int port, String token) {
        return new TestApi(port, h -> h.set(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }

    /**
     * An agency with an OAuth 2.0 access token, obtained as an integrator would: {@code POST
     * /oauth2/token}, grant {@code client_credentials}, client id and secret as HTTP Basic.
     *
     * @param scope the scopes asked for, space-separated; {@code null}: every scope of the client
     */
    public static TestApi withAccessToken(int port, String clientId, String secret, String scope) {
        Response token = asClient(port, clientId, secret)
                .postForm(
                        "/oauth2/token",
                        scope == null
                                ? "grant_type=client_credentials"
                                : "grant_type=client_credentials&scope=" + scope);
        if (token.status() != 200) {
            throw new IllegalStateException(
                    "No access token for " + clientId + ": " + token.status() + " " + token.body());
        }
        return withToken(port, token.json().get("access_token").asText());
    }

    /** An OAuth 2.0 client authenticating with its id and secret (HTTP Basic), e.g. at /oauth2/token. */
    public static TestApi asClient(int port, String clientId, String secret) {
        return as(port, clientId, secret);
    }

    public static TestApi anonymous(int port) {
        return new TestApi(port, h -> {});
    }

    public Response get(String path) {
        return call(HttpMethod.GET, path, null, MediaType.APPLICATION_JSON);
    }

    public Response post(String path, Object body) {
        return postWithKey(path, body, newIdempotencyKey());
    }

    /** POSTs with the given Idempotency-Key, e.g. to repeat a request. */
    public Response postWithKey(String path, Object body, String idempotencyKey) {
        return call(HttpMethod.POST, path, body, MediaType.APPLICATION_JSON, idempotencyKey);
    }

    /** POSTs without an Idempotency-Key, as a client that forgot it. */
    public Response postWithoutIdempotencyKey(String path, Object body) {
        return call(HttpMethod.POST, path, body, MediaType.APPLICATION_JSON, null);
    }

    public Response delete(String path) {
        return call(HttpMethod.DELETE, path, null, MediaType.APPLICATION_JSON);
    }

    /** A fresh key for one request. */
    public static String newIdempotencyKey() {
        return UUID.randomUUID().toString();
    }

    public Response put(String path, Object body) {
        return call(HttpMethod.PUT, path, body, MediaType.APPLICATION_JSON);
    }

    /** Posts an {@code application/x-www-form-urlencoded} body, as OAuth 2.0's endpoints take it. */
    public Response postForm(String path, String urlEncodedForm) {
        return call(HttpMethod.POST, path, urlEncodedForm, MediaType.APPLICATION_FORM_URLENCODED);
    }

    /** Posts a raw body with the given content type, e.g. malformed JSON. */
    public Response postRaw(String path, String body, MediaType type) {
        return call(HttpMethod.POST, path, body, type, newIdempotencyKey());
    }

    private Response call(HttpMethod method, String path, Object body, MediaType type) {
        return call(method, path, body, type, null);
    }

    private Response call(HttpMethod method, String path, Object body, MediaType type, String idempotencyKey) {
        var spec =
                client.method(method).uri(path).accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
        if (idempotencyKey != null) {
            spec = spec.header(IdempotencyKeys.HEADER, idempotencyKey);
        }
        if (body != null) {
            spec = spec.contentType(type).body(body);
        }
        return spec.exchange((request, response) -> {
            byte[] bytes = response.getBody().readAllBytes();
            JsonNode json = bytes.length == 0 ? MAPPER.nullNode() : parse(bytes);
            return new Response(
                    response.getStatusCode().value(),
                    response.getHeaders(),
                    json,
                    new String(bytes, StandardCharsets.UTF_8));
        });
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            return MAPPER.readTree(bytes);
        } catch (java.io.IOException e) {
            return MAPPER.getNodeFactory().textNode(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    /** A response: status, headers, the body as JSON (or as a text node when it is not JSON). */
    public record Response(int status, HttpHeaders headers, JsonNode json, String body) {

        public String contentType() {
            return headers.getFirst(HttpHeaders.CONTENT_TYPE);
        }
    }
}
