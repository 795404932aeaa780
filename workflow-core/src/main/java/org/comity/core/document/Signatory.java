package org.comity.core.document;

/**
 * A person who signs the document, with the capacity in which they sign (in English and Chinese)
 * and their authority.
 */
public record Signatory(PersonName name, BilingualText capacity, BilingualText authority) {
}
