package org.comity.core.repatriation.request;

/**
 * The identity documents found with a detained person, as the holding state's arrest lists name them
 * ({@code PersonInput.DocumentInput.type}). Not {@link org.comity.core.person.IdentityDocumentType}:
 * the two APIs spell their values differently ({@code NATIONAL_ID_CARD} and {@code BORDER_PASS} here,
 * {@code NATIONAL_IDENTITY_CARD}, {@code EMERGENCY_TRAVEL_DOCUMENT} and {@code RESIDENCE_PERMIT} in
 * extradition and MLA requests), and each API answers with exactly the values it accepted before.
 */
public enum FoundDocumentType {
    PASSPORT,
    NATIONAL_ID_CARD,
    BORDER_PASS,
    OTHER
}
