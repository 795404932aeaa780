package org.comity.core.jurisdiction;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.comity.core.text.MultilingualText;

/**
 * A state taking part in cooperation. Configured per deployment (a pair of states to start), never
 * hard-coded, because the same engine serves other pairs of states.
 *
 * @param code ISO 3166-1 alpha-2 code, e.g. {@code CN}
 * @param nameEn the state's name in English
 * @param nameLocal the state's name in its own language
 * @param zone the zone in which the state's deadlines and dates are read
 * @param languages BCP 47 language tags of the state's official documents
 */
public record Jurisdiction(String code, String nameEn, String nameLocal, ZoneId zone, List<String> languages) {

    public Jurisdiction {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("A jurisdiction code is ISO 3166-1 alpha-2: " + code);
        }
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(zone, "zone");
        nameLocal = nameLocal == null ? nameEn : nameLocal;
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    /**
     * The state's name keyed by language: English, and the name in its own language under the
     * state's first language other than English (its local language), so that a document or page
     * in any language picks the name by tag rather than by a fixed English/local pair.
     */
    public MultilingualText names() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("en", nameEn);
        localLanguage().ifPresent(language -> names.put(language, nameLocal));
        return MultilingualText.of(names);
    }

    /** The state's first language other than English, the one its local names are written in. */
    public Optional<String> localLanguage() {
        return languages.stream().filter(language -> !Locale.forLanguageTag(language).getLanguage().equals("en"))
                .findFirst();
    }
}
