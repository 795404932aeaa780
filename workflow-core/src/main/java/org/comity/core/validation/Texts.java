package org.comity.core.validation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Normalisation for request records, applied in their compact constructors: text in NFC form so
 * that the same name typed on two keyboards compares equal (and Burmese in Unicode, not Zawgyi), and lists copied unmodifiable but with
 * any null element kept, so that validation can report it at its index rather than fail.
 */
public final class Texts {

    private Texts() {}

    /**
     * The text in NFC, with CR LF and lone CR turned into LF (the line break browsers send for a
     * text area is CR LF; documents know only LF). Validation then sees the text as it is stored.
     */
    public static String nfc(String text) {
        return nfc(text, null);
    }

    /**
     * {@link #nfc(String)} of a text read from {@code field}: Burmese typed in the Zawgyi encoding
     * is converted to Unicode first ({@link BurmeseEncoding}) and the conversion noted with the
     * field ({@link TextConversions}); Burmese whose encoding cannot be decided is left as it is,
     * for {@link TextRule} to refuse with the field named.
     *
     * @param field where the text was read (a JSON pointer, a form field, a CSV cell), null if unknown
     */
    public static String nfc(String text, String field) {
        if (text == null) {
            return null;
        }
        String lines =
                text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        BurmeseEncoding.Reading burmese = BurmeseEncoding.read(lines);
        String normalised = Normalizer.normalize(burmese.text(), Normalizer.Form.NFC);
        if (burmese.verdict() == BurmeseEncoding.Verdict.ZAWGYI) {
            TextConversions.record(field, text, normalised);
        }
        return normalised;
    }

    /** An unmodifiable copy that keeps null elements for validation to report; null becomes empty. */
    public static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** {@link #copy} of NFC-normalised strings. */
    public static List<String> nfc(List<String> texts) {
        return copy(texts == null ? null : texts.stream().map(Texts::nfc).toList());
    }

    /** Whether the text is null, empty or only white space. */
    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
