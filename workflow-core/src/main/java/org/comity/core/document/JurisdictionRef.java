package org.comity.core.document;

import java.util.List;
import java.util.Objects;
import org.comity.core.text.MultilingualText;

/**
 * A state as a document names it: ISO 3166-1 alpha-2 code and its name keyed by language, English
 * and the state's own languages (e.g. {@code MM}, "Republic of the Union of Myanmar" and the name in
 * Burmese script). A state's own name is printed in its own language whatever the document's
 * languages, because that is the name its officers and seals carry.
 */
public record JurisdictionRef(String code, MultilingualText names) {

    public JurisdictionRef {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(names, "names");
    }

    /** The name in English. */
    public String englishName() {
        return names.in("en");
    }

    /** The name in the state's own languages, one after the other; the English name if none is configured. */
    public String localName() {
        List<String> own = names.asMap().entrySet().stream()
                .filter(e -> !e.getKey().equals("en"))
                .map(java.util.Map.Entry::getValue)
                .toList();
        return own.isEmpty() ? englishName() : String.join(" / ", own);
    }
}
