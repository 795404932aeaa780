package org.comity.core.validation;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Localises rule violations from {@code ValidationMessages*.properties}, the bundle Bean Validation
 * uses, so both kinds of violation speak with one voice. A locale without its own file gets the
 * English base file, never the JVM's default locale.
 */
public final class RuleMessages {

    private static final String BUNDLE = "ValidationMessages";

    private RuleMessages() {}

    public static String of(Violation violation, Locale locale) {
        String message = template(violation.messageKey(), locale);
        for (Map.Entry<String, Object> argument : violation.arguments().entrySet()) {
            message = message.replace("{" + argument.getKey() + "}", String.valueOf(argument.getValue()));
        }
        return message;
    }

    private static String template(String key, Locale locale) {
        try {
            return ResourceBundle.getBundle(
                            BUNDLE,
                            locale,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
