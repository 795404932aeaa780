package org.comity.core.extradition.validation;

/**
 * A localised violation as the API returns it. It has the same shape as the platform's
 * {@code org.comity.core.validation.FieldError}, so the two convert one to one.
 *
 * @param field the path of the field at fault, e.g. {@code offences[1].dateTo}
 * @param rule what was broken: the constraint annotation's simple name (e.g. {@code NotNull}) or
 *     the named rule's class name (e.g. {@code WarrantForProsecutionOnly})
 * @param message the message in the caller's language
 */
public record FieldError(String field, String rule, String message) {
}
