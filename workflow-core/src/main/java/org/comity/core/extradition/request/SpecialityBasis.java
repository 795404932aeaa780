package org.comity.core.extradition.request;

/**
 * Why speciality does not bar a proceeding for a pre-surrender offence that was not granted
 * (S10 Art. 14(1); S18 Art. 13; S1 Art. 14(1)).
 */
public enum SpecialityBasis {

    /** The requested state consents; the proceeding waits for its decision. */
    CONSENT,

    /** After final discharge the person could leave and stayed longer than the legal basis' window. */
    STAYED_AFTER_DISCHARGE,

    /** The person left the requesting state after the surrender and came back of their own accord. */
    RETURNED_VOLUNTARILY
}
