package org.comity.core.callback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An agency's registered callback as stored, secrets included (never shown after they are issued).
 *
 * @param previousSecretUntil until when the rotated-out {@code previousSecret} still signs; null if none
 */
record CallbackEndpoint(
        String agencyId,
        String url,
        String secret,
        int secretVersion,
        Instant secretIssuedAt,
        String previousSecret,
        Instant previousSecretUntil,
        Instant registeredAt,
        Instant updatedAt) {

    /** The secrets that sign at {@code now}: the current one, and the previous one in its grace period. */
    List<String> signingSecrets(Instant now) {
        List<String> secrets = new ArrayList<>(List.of(secret));
        if (previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)) {
            secrets.add(previousSecret);
        }
        return secrets;
    }

    CallbackRegistration view(Instant now, String issuedSecret) {
        Instant graceUntil =
                previousSecretUntil != null && now.isBefore(previousSecretUntil) ? previousSecretUntil : null;
        return new CallbackRegistration(url, registeredAt, updatedAt, secretIssuedAt, graceUntil, issuedSecret);
    }
}
