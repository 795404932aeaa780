package org.comity.core.document;

/**
 * An escorting or receiving officer, identified by agency and badge number.
 */
public record Officer(PersonName name, String agency, String badge) {}
