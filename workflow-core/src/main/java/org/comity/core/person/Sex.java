package org.comity.core.person;

/** Sex as recorded in the person's identity documents (S10 Art. 11(2)). */
public enum Sex {
    FEMALE,

    MALE,

    /** Recorded neither as female nor as male. */
    OTHER,

    UNKNOWN
}
