package org.comity.core.validation;

import java.util.Map;

/**
 * A broken rule before its message is localised by {@link RuleMessages}.
 *
 * @param field the path of the field at fault, e.g. {@code offences[1].dateTo}
 * @param messageKey key in {@code ValidationMessages*.properties}
 * @param arguments values for the {@code {name}} placeholders of the message
 * @param severity whether it blocks the request
 */
public record Violation(String field, String messageKey, Map<String, Object> arguments, Severity severity) {

    public Violation {
        arguments = Map.copyOf(arguments);
    }

    public static Violation error(String field, String messageKey) {
        return new Violation(field, messageKey, Map.of(), Severity.ERROR);
    }

    public static Violation warning(String field, String messageKey) {
        return new Violation(field, messageKey, Map.of(), Severity.WARNING);
    }

    /** The same violation with one more placeholder value. */
    public Violation with(String argument, Object value) {
        java.util.HashMap<String, Object> all = new java.util.HashMap<>(arguments);
        all.put(argument, value);
        return new Violation(field, messageKey, all, severity);
    }

    /** The path of a property of one element of a list, e.g. {@code persons[2].dateOfBirth}. */
    public static String element(String list, int index, String property) {
        return list + "[" + index + "]" + (property == null ? "" : "." + property);
    }

    /** The path of a property of one offence, e.g. {@code offences[1].dateTo}. */
    public static String offence(int index, String property) {
        return element("offences", index, property);
    }
}
