package org.comity.core.audit;

import java.util.regex.Pattern;

/**
 * Shape checks for audit fields, applied when an event is built so that an append never fails on
 * a column limit inside the caller's transaction. NUL is rejected because PostgreSQL cannot store
 * it, and a value that could not be stored could not be verified either.
 */
final class FieldRules {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private FieldRules() {}

    static String requireText(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return optionalText(name, value, maxLength);
    }

    static String optionalText(String name, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(name + " is longer than " + maxLength + " characters");
        }
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(name + " contains a NUL character");
        }
        return value;
    }

    static String optionalSha256(String name, String value) {
        if (value != null && !SHA256_HEX.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be 64 lower-case hex digits (SHA-256)");
        }
        return value;
    }
}
