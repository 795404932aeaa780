package org.comity.core.extradition.request;

/** What the requesting state means to do about an offence not covered by the grant (S1 Art. 14(1)). */
public enum ProceedingKind {
    PROSECUTION,
    ENFORCEMENT,
    /** Surrender onwards to a third state (S10 Art. 14(1); S1 Art. 14(1)(b)). */
    RE_EXTRADITION
}
