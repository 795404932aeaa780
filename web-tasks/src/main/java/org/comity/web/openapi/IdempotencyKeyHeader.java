package org.comity.web.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.comity.core.idempotency.IdempotencyKeyRule;
import org.comity.core.idempotency.IdempotencyKeys;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents the {@code Idempotency-Key} header of every creating operation once: required, its syntax
 * ({@link IdempotencyKeyRule}), what a repeat does and how long a key is remembered, and the 422 of a
 * key reused with another request. A creating handler only declares the header; the words are here.
 */
final class IdempotencyKeyHeader implements OperationCustomizer {

    private final String retention;

    IdempotencyKeyHeader(IdempotencyKeys keys) {
        this.retention = keys.retention().toString();
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (operation.getParameters() == null) {
            return operation;
        }
        for (Parameter parameter : operation.getParameters()) {
            if ("header".equals(parameter.getIn()) && IdempotencyKeys.HEADER.equalsIgnoreCase(parameter.getName())) {
                parameter
                        .required(true)
                        .description("Required on every creating call: a unique value per request "
                                + "(a UUID), 1 to " + IdempotencyKeyRule.MAX_LENGTH
                                + " visible ASCII characters. A repeat "
                                + "with the same key and body returns the first result and creates nothing; with another "
                                + "body it is 422; while the first is still running, 409. A key is remembered for "
                                + retention
                                + " (ISO-8601) from its first use, then it counts as new. Missing or malformed: 400.")
                        .schema(new StringSchema()
                                .minLength(1)
                                .maxLength(IdempotencyKeyRule.MAX_LENGTH)
                                .pattern(IdempotencyKeyRule.PATTERN))
                        .example("5f0c6a52-6a0e-4c5e-9d7e-2b1f3f1c9a10");
                operation
                        .getResponses()
                        .putIfAbsent(
                                "422",
                                ProblemResponses.problem(
                                        "The Idempotency-Key was used before with a different request"));
            }
        }
        return operation;
    }
}
