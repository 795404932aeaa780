package org.comity.documents.wording;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The wording bundles on the class path, {@code wording/documents_<language>.properties}, named as
 * {@link ResourceBundle} names them ({@code documents_zh_Hans} for {@code zh-Hans}). There is no
 * base bundle and no fallback to the JVM's default locale: a language either has a complete
 * bundle of its own (a test checks every shipped bundle has every key) or is not printed.
 */
public final class DocumentBundles {

    static final String BASE_NAME = "wording/documents";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private DocumentBundles() {}

    /** The wording in {@code language}, if the class path holds a bundle for it. */
    public static Optional<ResourceBundle> of(Locale language) {
        try {
            return Optional.of(
                    ResourceBundle.getBundle(BASE_NAME, language, DocumentBundles.class.getClassLoader(), NO_FALLBACK));
        } catch (MissingResourceException none) {
            return Optional.empty();
        }
    }

    /**
     * The requested languages a document can be printed in: those with a bundle, in the order
     * requested. English, the common language, must be requested first and have its bundle.
     *
     * @throws IllegalArgumentException if English is not the first language
     */
    public static List<Locale> printable(List<Locale> requested) {
        if (requested.isEmpty()
                || !requested.get(0).getLanguage().equals("en")
                || of(requested.get(0)).isEmpty()) {
            throw new IllegalArgumentException("Documents are issued in English first, then the languages of the "
                    + "states involved; got " + requested);
        }
        return requested.stream().filter(language -> of(language).isPresent()).toList();
    }
}
