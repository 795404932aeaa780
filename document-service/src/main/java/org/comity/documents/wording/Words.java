package org.comity.documents.wording;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.comity.core.text.CountryName;
import org.comity.core.text.MultilingualText;
import org.comity.core.text.Phrase;
import org.comity.core.text.Text;

/**
 * A document's wording in its languages, English first: a message key (a label, a heading, a
 * legal phrase) or a {@link Text} handed over by core is printed once per language, joined on one
 * line ({@link #inline}) or one language a line ({@link #lines}).
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}, … and are replaced as they are, with no
 * {@code MessageFormat} quoting rules, so a bundle's apostrophes print as written. A value held
 * in several languages ({@link MultilingualText}) that lacks one of the document's languages
 * prints in its own non-English language (a state's or an officer's name in their language is
 * more use to a reader than the English repeated), else in English.
 */
public final class Words {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\}");

    private static final String INLINE = " / ";

    private final List<Locale> languages;

    private final List<ResourceBundle> bundles;

    /** @param languages the languages to print, each with a bundle ({@link DocumentBundles#printable}) */
    public Words(List<Locale> languages) {
        this.languages = List.copyOf(languages);
        this.bundles = this.languages.stream()
                .map(language -> DocumentBundles.of(language)
                        .orElseThrow(() -> new IllegalArgumentException("No document wording in " + language)))
                .toList();
    }

    public List<Locale> languages() {
        return languages;
    }

    /** The wording of {@code key} in each language, in order. */
    public List<String> each(String key, Object... arguments) {
        return each(Phrase.of(key, arguments));
    }

    /** The text in each language, in order. */
    public List<String> each(Text text) {
        return java.util.stream.IntStream.range(0, languages.size())
                .mapToObj(i -> in(text, i))
                .toList();
    }

    /** Every language on one line, e.g. "Case reference / 案件编号". */
    public String inline(String key, Object... arguments) {
        return String.join(INLINE, each(key, arguments));
    }

    public String inline(Text text) {
        return String.join(INLINE, each(text));
    }

    /** One language a line, English first. */
    public String lines(String key, Object... arguments) {
        return String.join("\n", each(key, arguments));
    }

    public String lines(Text text) {
        return String.join("\n", each(text));
    }

    private String in(Text text, int language) {
        if (text instanceof Phrase phrase) {
            return format(bundles.get(language).getString(phrase.key()), phrase.arguments(), language);
        }
        if (text instanceof MultilingualText held) {
            return held(held, languages.get(language));
        }
        return country(((CountryName) text).code(), language);
    }

    private String format(String pattern, List<Object> arguments, int language) {
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            int index = Integer.parseInt(placeholder.group(1));
            placeholder.appendReplacement(out, Matcher.quoteReplacement(argument(arguments.get(index), language)));
        }
        placeholder.appendTail(out);
        return out.toString();
    }

    private String argument(Object argument, int language) {
        if (argument instanceof Text text) {
            return in(text, language);
        }
        if (argument instanceof List<?> units) {
            return units.stream()
                    .map(unit -> argument(unit, language))
                    .collect(Collectors.joining(bundles.get(language).getString("units.separator")));
        }
        return String.valueOf(argument);
    }

    private static String held(MultilingualText text, Locale language) {
        Map<String, String> texts = text.asMap();
        String exact = texts.get(language.toLanguageTag());
        if (exact != null) {
            return exact;
        }
        return texts.entrySet().stream()
                .filter(e -> Locale.forLanguageTag(e.getKey()).getLanguage().equals(language.getLanguage()))
                .map(Map.Entry::getValue)
                .findFirst()
                .or(() -> texts.entrySet().stream()
                        .filter(e -> !e.getKey().equals("en"))
                        .map(Map.Entry::getValue)
                        .findFirst())
                .orElseGet(() -> text.in("en"));
    }

    /** A state's short name: the bundle's {@code country.<CODE>} where it has one, else CLDR's. */
    private String country(String code, int language) {
        ResourceBundle bundle = bundles.get(language);
        String key = "country." + code;
        return bundle.containsKey(key)
                ? bundle.getString(key)
                : new Locale.Builder().setRegion(code).build().getDisplayCountry(languages.get(language));
    }
}
