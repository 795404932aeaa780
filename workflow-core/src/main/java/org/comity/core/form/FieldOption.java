package org.comity.core.form;

/** One choice of a choice field: the value submitted and its label in both languages. */
public record FieldOption(String value, LocalizedText label) {
}
