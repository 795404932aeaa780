package org.comity.core.extradition.request;

/** A penalty is a term of imprisonment, or life imprisonment, or death. */
public enum PenaltyKind {

    TERM,

    LIFE,

    DEATH

}
