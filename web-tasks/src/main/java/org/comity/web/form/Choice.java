package org.comity.web.form;

/**
 * One option of a choice field.
 *
 * @param value what is submitted and stored
 * @param label what the officer reads, already in their language
 */
public record Choice(String value, String label) {}
