package org.comity.core.validation;

import java.util.Optional;
import java.util.UUID;

/**
 * Reads an id from a path or a business key. Anything that is not a UUID in its canonical form is
 * simply "no such object", so that a malformed id is answered exactly like an unknown one.
 */
public final class Uuids {

    private Uuids() {}

    public static Optional<UUID> parse(String value) {
        if (value == null || value.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
