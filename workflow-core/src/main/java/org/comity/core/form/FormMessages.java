package org.comity.core.form;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The texts of every form, read from the bundles under {@code i18n/forms/} on the class path: one
 * bundle per feature ({@code extradition.properties} in English, the default language, and
 * {@code extradition_<language>.properties} for each other language). Keys are derived from the
 * types, so a form record or an option enum needs no text in Java:
 * <ul>
 * <li>{@code form.<Form>} — a form's title, {@code form.<Form>.<field>} — a field's label,
 *     {@code form.<Form>.<field>.hint} — its hint;</li>
 * <li>{@code option.<Enum>.<CONSTANT>} — an option of a choice field;</li>
 * </ul>
 * where {@code <Form>} and {@code <Enum>} are the type's name inside its package (a nested type is
 * {@code Outer.Inner}), so that moving a feature to another package keeps its keys.
 * <p>
 * The bundles are static resources like {@code ValidationMessages}, read the same way wherever a
 * text is needed (the API's schema, the tasklist, an enum labelling itself), so that adding a
 * language is adding one file per bundle; a language without a file reads English.
 */
public final class FormMessages {

    /** Where the bundles are; every {@code *.properties} file there without a language suffix is one. */
    public static final String LOCATION = "i18n/forms/";

    private static final List<String> BASENAMES = basenames();
    private static final ResourceBundleMessageSource SOURCE = source();

    private FormMessages() {}

    /** The bundles' base names ({@code i18n/forms/extradition}, …), for a message source that serves them too. */
    public static List<String> bundles() {
        return BASENAMES;
    }

    /** The text of {@code key} in {@code locale}'s language, or in English where that language has none. */
    public static String text(String key, Locale locale) {
        return find(key, locale).orElseThrow(() -> new NoSuchMessageException(key, locale));
    }

    /** The text of {@code key}, if a bundle has it. */
    public static Optional<String> find(String key, Locale locale) {
        return Optional.ofNullable(SOURCE.getMessage(key, null, null, locale == null ? Locale.ENGLISH : locale));
    }

    /** Whether the English bundle (the default, which every other language falls back to) has {@code key}. */
    public static boolean inEnglish(String key) {
        return find(key, Locale.ROOT).isPresent();
    }

    /** The key of a form's title: {@code form.<Form>}. */
    public static String formKey(Class<?> form) {
        return "form." + typeName(form);
    }

    /** The key of an option: {@code option.<Enum>.<CONSTANT>}. */
    public static String optionKey(Enum<?> constant) {
        return "option." + typeName(constant.getDeclaringClass()) + "." + constant.name();
    }

    /** A type's name inside its package, nested types joined by dots ({@code TestDecision.Outcome}). */
    static String typeName(Class<?> type) {
        String name = type.getName();
        return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
    }

    private static List<String> basenames() {
        TreeSet<String> names = new TreeSet<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver(FormMessages.class.getClassLoader())
                    .getResources("classpath*:" + LOCATION + "*.properties")) {
                String file = resource.getFilename();
                int suffix = file.indexOf('_');
                names.add(LOCATION + file.substring(0, suffix < 0 ? file.length() - ".properties".length() : suffix));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the form bundles under " + LOCATION, e);
        }
        return List.copyOf(names);
    }

    private static ResourceBundleMessageSource source() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(BASENAMES.toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setBundleClassLoader(FormMessages.class.getClassLoader());
        return source;
    }
}
