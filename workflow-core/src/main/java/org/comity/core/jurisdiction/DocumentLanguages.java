package org.comity.core.jurisdiction;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The languages a document between two states is written in: English, the common language of
 * cooperation, first; then the configured languages ({@code comity.jurisdictions[].languages}) of
 * the issuing state, then those of the receiving state, each once. The document service prints
 * those of them it has wording bundles for, so a language configured for a state reaches its
 * documents once its bundle exists, with no change here.
 */
public final class DocumentLanguages {

    private static final String ENGLISH = "en";

    private DocumentLanguages() {}

    public static List<Locale> between(Jurisdiction issuing, Jurisdiction receiving) {
        Set<String> tags = new LinkedHashSet<>();
        tags.add(ENGLISH);
        tags.addAll(issuing.languages());
        tags.addAll(receiving.languages());
        return tags.stream().map(Locale::forLanguageTag).distinct().toList();
    }
}
