package org.comity.core.extradition.validation;

import java.util.Map;

/**
 * A broken rule before its message is localised.
 *
 * @param field the path of the field at fault, e.g. {@code offences[1].dateTo}
 * @param messageKey key in {@code ValidationMessages*.properties}
 * @param arguments values for the {@code {name}} placeholders of the message
 * @param severity whether it blocks the request
 */
record Violation(String field, String messageKey, Map<String, Object> arguments, Severity severity) {

    Violation {
        arguments = Map.copyOf(arguments);
    }

    static Violation error(String field, String messageKey) {
        return new Violation(field, messageKey, Map.of(), Severity.ERROR);
    }

    static Violation warning(String field, String messageKey) {
        return new Violation(field, messageKey, Map.of(), Severity.WARNING);
    }

    Violation with(String argument, Object value) {
        return new Violation(field, messageKey, Map.of(argument, value), severity);
    }

    static String offence(int index, String property) {
        return "offences[" + index + "]." + property;
    }

}
