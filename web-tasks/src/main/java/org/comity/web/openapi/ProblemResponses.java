package org.comity.web.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Arrays;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents the errors every operation can answer, each as RFC 9457 {@code application/problem+json}
 * ({@link ApiContract#PROBLEM}, the shape {@code Problems} writes): what anyone may meet (400, 401,
 * 403, 503), 404 where the path names an object, 409 where a call changes state, and 413, 415 and 422
 * where it takes a body. The statuses follow from the handler's signature, so a new operation is
 * documented without a line of its own; {@code OpenApiContractIT} checks them against the handlers.
 */
final class ProblemResponses implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        ApiResponses responses = operation.getResponses();
        add(responses, "400", "A query value, header or body cannot be read (the field is named)");
        if (isPublic(operation)) {
            add(responses, "429", "Too many requests from this address; retry after the number of seconds given");
        } else {
            add(
                    responses,
                    "401",
                    "No credentials, or wrong ones (Bearer token for agencies; Basic or session for people)");
            add(responses, "403", "The caller's role may not do this");
        }
        if (hasParameter(handler, PathVariable.class)) {
            add(responses, "404", "No such object, or one the caller's state may not see");
        }
        if (handler.hasMethodAnnotation(PostMapping.class)) {
            add(
                    responses,
                    "409",
                    "The object is not in a state that allows this (e.g. the task was completed by someone else)");
        }
        if (hasParameter(handler, RequestBody.class)) {
            add(responses, "413", "The body is larger than the API accepts");
            add(responses, "415", "The body's media type is not one this operation takes");
            add(responses, "422", "The body breaks a rule: every field at fault is named with its rule");
        }
        ApiResponse unavailable = problem("The database cannot be reached; retry after the number of seconds given");
        unavailable.addHeaderObject(
                "Retry-After",
                new Header().description("Seconds to wait before retrying").schema(new IntegerSchema()));
        responses.putIfAbsent("503", unavailable);
        return operation;
    }

    /** An operation open without sign-in ({@code @SecurityRequirements} with none): no 401 or 403, but a rate limit. */
    static boolean isPublic(Operation operation) {
        return operation.getSecurity() != null && operation.getSecurity().isEmpty();
    }

    private static void add(ApiResponses responses, String status, String description) {
        responses.putIfAbsent(status, problem(description));
    }

    static ApiResponse problem(String description) {
        Schema<?> problem = new Schema<>().$ref(ApiContract.PROBLEM);
        return new ApiResponse()
                .description(description)
                .content(new Content().addMediaType(ApiContract.PROBLEM_JSON, new MediaType().schema(problem)));
    }

    private static boolean hasParameter(HandlerMethod handler, Class<? extends java.lang.annotation.Annotation> kind) {
        return Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(kind));
    }
}
