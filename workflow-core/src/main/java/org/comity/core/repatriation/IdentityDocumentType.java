package org.comity.core.repatriation;

/** Identity documents found with a detained person. */
public enum IdentityDocumentType {
    PASSPORT,
    NATIONAL_ID_CARD,
    BORDER_PASS,
    OTHER
}
