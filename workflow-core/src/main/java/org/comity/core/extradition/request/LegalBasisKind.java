package org.comity.core.extradition.request;

/**
 * What kind of instrument a legal basis is. Only {@link #STATUTE_RECIPROCITY} means "no treaty":
 * China's Extradition Law then requires a reciprocity undertaking (S10 Art. 15).
 */
public enum LegalBasisKind {

    /** A bilateral extradition treaty. */
    TREATY,

    /** The requested state's statute applied on the basis of reciprocity, without a treaty. */
    STATUTE_RECIPROCITY,

    /** A multilateral convention used as the legal basis (it counts as a treaty). */
    CONVENTION
}
