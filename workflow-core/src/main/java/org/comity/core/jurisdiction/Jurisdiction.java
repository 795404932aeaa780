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
 * @param names the state's name keyed by language tag: English ({@code en}) and its own languages
 * @param zone the zone in which the state's deadlines and dates are read
 * @param languages BCP 47 language tags of the state's official documents
 */
public record Jurisdiction(String code, MultilingualText names, ZoneId zone, List<String> languages) {

    private static final String ENGLISH = "en";

    public Jurisdiction {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("A jurisdiction code is ISO 3166-1 alpha-2: " + code);
        }
        Objects.requireNonNull(names, "names");
        if (names.exactly(ENGLISH).isEmpty()) {
            throw new IllegalArgumentException("A jurisdiction's names include English: " + code);
        }
        Objects.requireNonNull(zone, "zone");
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    /**
     * A state named in English and in its own language (configuration's {@code name-en} and
     * {@code name-local}): the local name is keyed by the state's first language other than English.
     */
    public Jurisdiction(String code, String nameEn, String nameLocal, ZoneId zone, List<String> languages) {
        this(code, names(nameEn, nameLocal, languages), zone, languages);
    }

    private static MultilingualText names(String nameEn, String nameLocal, List<String> languages) {
        Objects.requireNonNull(nameEn, "nameEn");
        Map<String, String> names = new LinkedHashMap<>();
        names.put(ENGLISH, nameEn);
        if (nameLocal != null && !nameLocal.equals(nameEn)) {
            names.put(
                    firstOtherThanEnglish(languages == null ? List.of() : languages)
                            .orElse("und"),
                    nameLocal);
        }
        return MultilingualText.of(names);
    }

    /** The state's name in English. */
    public String nameEn() {
        return names.in(ENGLISH);
    }

    /** The state's name in its own language (the first configured other than English); English if none. */
    public String nameLocal() {
        return names.asMap().entrySet().stream()
                .filter(e -> !e.getKey().equals(ENGLISH))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseGet(this::nameEn);
    }

    /** The state's first language other than English, the one its local names are written in. */
    public Optional<String> localLanguage() {
        return firstOtherThanEnglish(languages);
    }

    private static Optional<String> firstOtherThanEnglish(List<String> languages) {
        return languages.stream()
                .filter(language ->
                        !Locale.forLanguageTag(language).getLanguage().equals(ENGLISH))
                .findFirst();
    }
}
