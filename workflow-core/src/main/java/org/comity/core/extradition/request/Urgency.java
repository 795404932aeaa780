package org.comity.core.extradition.request;

/** Whether the request starts with a provisional arrest before the formal request (S10 Art. 30). */
public enum Urgency {
    ORDINARY,

    /** Provisional arrest first; the formal request must follow within the basis' window. */
    PROVISIONAL_ARREST
}
