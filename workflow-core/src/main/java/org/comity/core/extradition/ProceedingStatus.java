package org.comity.core.extradition;

/** Where a proceeding for a pre-surrender offence stands under the rule of speciality. */
public enum ProceedingStatus {

    /** Consent asked for; the proceeding may not go ahead yet. */
    CONSENT_REQUESTED,

    /** The requested state consented: the proceeding may go ahead. */
    CONSENTED,

    /** The requested state refused: the proceeding is barred. */
    CONSENT_REFUSED,

    /** Speciality no longer protects the person (stayed after discharge, or returned): it may go ahead. */
    ALLOWED
}
