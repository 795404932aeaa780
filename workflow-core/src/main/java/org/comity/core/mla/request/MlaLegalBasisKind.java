package org.comity.core.mla.request;

/** What kind of instrument a legal basis of mutual legal assistance is. */
public enum MlaLegalBasisKind {

    /** A multilateral convention with an MLA article (UNTOC Art. 18, UNCAC Art. 46). */
    CONVENTION,

    /** A bilateral or regional MLA treaty. */
    TREATY,

    /**
     * No treaty: assistance on the requesting state's undertaking of reciprocity (China: ICJA
     * Art. 13 para. 2, and through the diplomatic channel, Art. 5; Myanmar: Law 4/2004 s. 2).
     */
    RECIPROCITY
}
