package org.comity.web.wizard;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;

/** Option sources shared by wizards: the constants of an enum, and the states of the world. */
final class Choices {

    private static final Map<String, List<Choice>> COUNTRIES = new ConcurrentHashMap<>();

    private Choices() {
    }

    /** The constants of {@code type}, labelled by {@code wizard.option.<Type>.<CONSTANT>}. */
    static OptionSource of(Class<? extends Enum<?>> type, MessageSource messages) {
        return (actor, locale) -> Arrays.stream(type.getEnumConstants())
                .map(constant -> new Choice(constant.name(), messages.getMessage(
                        "wizard.option." + type.getSimpleName() + "." + constant.name(), null, locale)))
                .toList();
    }

    /**
     * Every ISO 3166-1 alpha-2 state, named in the officer's language (the JDK's names) and sorted
     * as that language sorts, with the code after it so that both sides read the same value.
     */
    static List<Choice> countries(Locale locale) {
        String language = "zh".equals(locale.getLanguage()) ? "zh" : "en";
        return COUNTRIES.computeIfAbsent(language, l -> {
            Locale display = Locale.forLanguageTag(l);
            Collator collator = Collator.getInstance(display);
            List<Choice> countries = new ArrayList<>();
            for (String code : Locale.getISOCountries()) {
                countries.add(new Choice(code, country(code, display) + " – " + code));
            }
            countries.sort(Comparator.comparing(Choice::label, collator));
            return List.copyOf(countries);
        });
    }

    /** The name of the state {@code code} in the language of {@code locale}. */
    static String country(String code, Locale locale) {
        return new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
    }
}
