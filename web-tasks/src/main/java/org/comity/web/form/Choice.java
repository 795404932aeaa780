package org.comity.web.wizard;

/**
 * One option of a choice field.
 *
 * @param value what is submitted and stored
 * @param label what the officer reads, already in their language
 */
record Choice(String value, String label) {
}
