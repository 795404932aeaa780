package org.comity.core.law;

/** A penalty is a term of imprisonment, or life imprisonment, or death. */
public enum PenaltyKind {
    TERM,

    LIFE,

    DEATH
}
