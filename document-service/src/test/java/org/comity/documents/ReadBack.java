package org.comity.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

/**
 * Finds submitted values in a document's extracted text, as a reader would: line breaks the
 * layout introduced (a long value wraps, Chinese breaks between any two characters) are ignored by
 * comparing without white space.
 */
final class ReadBack {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final String text;

    ReadBack(String text) {
        this.text = squeeze(text);
    }

    /** How often {@code value} occurs in the text, ignoring white space. */
    int occurrences(String value) {
        String needle = squeeze(value);
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }

    /** Free text: printed once, not duplicated into a second language slot. */
    ReadBack printsOnce(String... values) {
        for (String value : values) {
            assertThat(occurrences(value)).as("times \"%s\" is printed", value).isEqualTo(1);
        }
        return this;
    }

    /** Fixed wording, codes and dates: printed at least once. */
    ReadBack prints(String... values) {
        for (String value : values) {
            assertThat(occurrences(value)).as("times \"%s\" is printed", value).isPositive();
        }
        return this;
    }

    ReadBack printsNowhere(String... values) {
        for (String value : values) {
            assertThat(occurrences(value)).as("times \"%s\" is printed", value).isZero();
        }
        return this;
    }

    private static String squeeze(String value) {
        return WHITE_SPACE.matcher(value).replaceAll("");
    }
}
