package org.comity.core.archive;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The short code printed on every page of a document: the first twelve hex digits of its content
 * SHA-256, in groups of four ({@code 3F2A-91C0-7B5E}). A holder may type it in lower case, without
 * the dashes or with spaces; this is the one place that reads such input back into the printed form.
 */
public final class VerificationCode {

    private static final Pattern TWELVE_HEX_DIGITS = Pattern.compile("[0-9A-F]{12}");

    private VerificationCode() {}

    /** The code in its printed form, or empty when the input is not twelve hex digits. */
    public static Optional<String> parse(String input) {
        if (input == null || input.length() > 40) {
            return Optional.empty();
        }
        String digits = input.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (!TWELVE_HEX_DIGITS.matcher(digits).matches()) {
            return Optional.empty();
        }
        return Optional.of(digits.substring(0, 4) + "-" + digits.substring(4, 8) + "-" + digits.substring(8));
    }
}
