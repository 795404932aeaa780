package org.comity.core.form;

/** One choice of a choice field: the value submitted and its label. */
public record FieldOption(String value, FormText label) {}
