package org.comity.web.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.method.HandlerMethod;

/**
 * Gives each request body of the contract its example, read from
 * {@code openapi/examples/<operationId>.json} (or {@code .csv} for a CSV body) on the class path:
 * a CN→MM extradition request, an MLA letter of request, a batch of persons as CSV. The examples are
 * files, not strings in annotations, so that {@code OpenApiContractIT} can send each one to the API
 * and a stale example fails the build instead of misleading an integrator.
 */
final class RequestExamples implements OperationCustomizer {

    static final String LOCATION = "openapi/examples/";
    private static final Map<String, String> EXTENSIONS = Map.of("application/json", ".json", "text/csv", ".csv");

    private final ObjectMapper json;

    RequestExamples(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return operation;
        }
        operation
                .getRequestBody()
                .getContent()
                .forEach((type, media) ->
                        exampleOf(operation.getOperationId(), type).ifPresent(media::setExample));
        return operation;
    }

    private Optional<Object> exampleOf(String operationId, String mediaType) {
        String extension = EXTENSIONS.get(mediaType);
        ClassPathResource file = new ClassPathResource(LOCATION + operationId + extension);
        if (extension == null || !file.exists()) {
            return Optional.empty();
        }
        try (InputStream in = file.getInputStream()) {
            return Optional.of(
                    extension.equals(".json")
                            ? json.readTree(in)
                            : new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable API example " + file.getPath(), e);
        }
    }
}
