package org.comity.web.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.comity.core.jurisdiction.Jurisdiction;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The languages the pages are offered in: English, the default and common language, then every
 * language the configured jurisdictions declare ({@code comity.jurisdictions[*].languages}) that has
 * a page bundle ({@code messages_<language>.properties}). A declared language without one (Burmese,
 * until its bundle is written) is not offered, so no page is half in a language it claims to be in.
 * A language is offered by its primary tag ({@code zh-Hans} is offered as {@code zh}, the bundle's
 * name), which is also what {@code ?lang=} takes.
 */
@Component
public class PageLanguages {

    static final Locale DEFAULT = Locale.ENGLISH;
    private static final String BUNDLE = "messages";

    private final List<Locale> offered;

    PageLanguages(JurisdictionRegistry jurisdictions) {
        Set<String> languages = new LinkedHashSet<>(List.of(DEFAULT.getLanguage()));
        for (Jurisdiction jurisdiction : jurisdictions.all()) {
            for (String tag : jurisdiction.languages()) {
                String language = Locale.forLanguageTag(tag).getLanguage();
                if (!language.isEmpty() && new ClassPathResource(BUNDLE + "_" + language + ".properties").exists()) {
                    languages.add(language);
                }
            }
        }
        List<Locale> locales = new ArrayList<>();
        languages.forEach(language -> locales.add(Locale.forLanguageTag(language)));
        this.offered = List.copyOf(locales);
    }

    /** Every language offered, English first. */
    public List<Locale> offered() {
        return offered;
    }

    /** The offered language {@code locale} asks for ({@code zh-Hans-CN} finds {@code zh}), if it is offered. */
    Optional<Locale> offered(Locale locale) {
        return locale == null
                ? Optional.empty()
                : offered.stream()
                        .filter(l -> l.getLanguage().equals(locale.getLanguage()))
                        .findFirst();
    }

    /** The languages to switch to from a page in {@code current}: every other offered language. */
    List<Locale> others(Locale current) {
        Locale shown = offered(current).orElse(DEFAULT);
        return offered.stream().filter(l -> !l.equals(shown)).toList();
    }
}
