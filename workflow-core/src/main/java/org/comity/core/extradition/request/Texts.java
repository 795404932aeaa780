package org.comity.core.extradition.request;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Normalisation shared by the request records. */
final class Texts {

    private Texts() {
    }

    /** NFC form, so that the same name typed on two keyboards compares equal. */
    static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** An unmodifiable copy that keeps null elements for validation to report; null becomes empty. */
    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** {@link #copy} of NFC-normalised strings. */
    static List<String> nfc(List<String> texts) {
        return copy(texts == null ? null : texts.stream().map(Texts::nfc).toList());
    }

}
