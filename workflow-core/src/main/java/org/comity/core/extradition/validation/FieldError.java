package org.comity.core.extradition.validation;

/**
 * A localised violation as the API returns it: {@code {field, message}}.
 *
 * @param field the path of the field at fault, e.g. {@code offences[1].dateTo}; the empty string
 *     for the request as a whole
 * @param message the message in the caller's language
 */
public record FieldError(String field, String message) {
}
