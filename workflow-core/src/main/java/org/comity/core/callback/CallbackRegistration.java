package org.comity.core.callback;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * An agency's callback as the agency sees it.
 *
 * @param url where status events are POSTed
 * @param secretIssuedAt when the current signing secret was issued
 * @param previousSecretValidUntil until when the secret before it still signs too (null if none)
 * @param secret the signing secret, only in the answer that issued it (first registration, rotation)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CallbackRegistration(
        String url,
        Instant registeredAt,
        Instant updatedAt,
        Instant secretIssuedAt,
        Instant previousSecretValidUntil,
        String secret) {}
