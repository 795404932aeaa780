package org.comity.core.idempotency;

import org.comity.core.validation.FieldError;
import org.comity.core.validation.MalformedInputException;

/**
 * What an {@code Idempotency-Key} may be: 1 to {@value #MAX_LENGTH} visible ASCII characters
 * ({@code !} to {@code ~}, no space, no control character, nothing outside ASCII), as the IETF
 * draft "The Idempotency-Key HTTP Header Field" (draft-ietf-httpapi-idempotency-key-header-07 §2)
 * leaves the syntax to the resource and a UUID, the usual choice, fits easily. A key outside the rule
 * is {@code 400} naming the header: it is a malformed request, not a rule of the domain broken.
 */
public final class IdempotencyKeyRule {

    public static final int MAX_LENGTH = 200;

    /** The rule as a regular expression, for the contract. */
    public static final String PATTERN = "^[\\x21-\\x7E]{1," + MAX_LENGTH + "}$";

    private IdempotencyKeyRule() {}

    public static void check(String key) {
        if (key == null
                || key.isEmpty()
                || key.length() > MAX_LENGTH
                || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new MalformedInputException(new FieldError(
                    IdempotencyKeys.HEADER,
                    "Pattern",
                    "must be 1 to " + MAX_LENGTH + " visible ASCII characters (! to ~)"));
        }
    }
}
