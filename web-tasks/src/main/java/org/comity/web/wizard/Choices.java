package org.comity.web.wizard;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.comity.core.extradition.request.Person;
import org.comity.core.form.FormMessages;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.web.form.Choice;
import org.springframework.context.MessageSource;

/** Option sources shared by wizards: the constants of an enum, the states and the languages of the world. */
final class Choices {

    private static final Map<String, List<Choice>> COUNTRIES = new ConcurrentHashMap<>();

    private Choices() {}

    /**
     * The constants of {@code type}, labelled as the task forms label an option
     * ({@code option.<Enum>.<CONSTANT>} in the form bundles), so that the wizard says exactly what the
     * task forms and documents say.
     */
    static OptionSource of(Class<? extends Enum<?>> type) {
        return (actor, locale) -> Arrays.stream(type.getEnumConstants())
                .map(constant ->
                        new Choice(constant.name(), FormMessages.text(FormMessages.optionKey(constant), locale)))
                .toList();
    }

    /**
     * Every ISO 3166-1 alpha-2 state, named in the officer's language (the JDK's names) and sorted
     * as that language sorts, with the code after it so that both sides read the same value.
     */
    static List<Choice> countries(Locale locale) {
        String language = locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
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

    /** The states the officer's own state can send a request to: every other served state. */
    static OptionSource requestedStates(JurisdictionRegistry jurisdictions) {
        return (actor, locale) -> jurisdictions.all().stream()
                .filter(j -> !j.code().equals(actor.jurisdiction()))
                .map(j -> new Choice(j.code(), servedState(jurisdictions, j.code(), locale)))
                .toList();
    }

    /**
     * A served state with its code: on an English page by its configured name, in any other language by
     * the JDK's name in that language.
     */
    static String servedState(JurisdictionRegistry jurisdictions, String code, Locale locale) {
        boolean english = locale.getLanguage().isEmpty() || "en".equals(locale.getLanguage());
        String name = english
                ? jurisdictions.find(code).map(j -> j.nameEn()).orElseGet(() -> country(code, locale))
                : country(code, locale);
        return name + " – " + code;
    }

    /** A person's nationality: "stateless", "not established", or any state. */
    static OptionSource nationalities(MessageSource messages) {
        return (actor, locale) -> {
            List<Choice> choices = new ArrayList<>();
            for (String marker : List.of(Person.STATELESS, Person.UNKNOWN)) {
                choices.add(
                        new Choice(marker, messages.getMessage("wizard.option.nationality." + marker, null, locale)));
            }
            choices.addAll(countries(locale));
            return choices;
        };
    }

    /** Languages by BCP 47 tag, each named in the officer's language and in its own ("中文 – zh"). */
    static OptionSource languages(List<String> tags) {
        return (actor, locale) -> tags.stream()
                .map(tag -> {
                    Locale language = Locale.forLanguageTag(tag);
                    String own = language.getDisplayLanguage(language);
                    String here = language.getDisplayLanguage(locale);
                    return new Choice(tag, (here.equals(own) ? here : here + " / " + own) + " – " + tag);
                })
                .toList();
    }

    /** The name of the state {@code code} in the language of {@code locale}. */
    static String country(String code, Locale locale) {
        return new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
    }
}
