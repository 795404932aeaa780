package org.comity.core.person;

/** Kinds of identity document a person may hold. */
public enum IdentityDocumentType {
    PASSPORT,

    NATIONAL_IDENTITY_CARD,

    EMERGENCY_TRAVEL_DOCUMENT,

    RESIDENCE_PERMIT,

    OTHER
}
