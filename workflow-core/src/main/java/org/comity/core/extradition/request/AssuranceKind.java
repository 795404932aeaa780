package org.comity.core.extradition.request;

/** What an assurance promises (legal-domain.md §2.4 step 4; S10 Art. 50; S1 Art. 4(d)). */
public enum AssuranceKind {

    /** No death sentence will be imposed or, if imposed, carried out (S1 Art. 4(d)). */
    DEATH_PENALTY,

    /** The sentence will not exceed a maximum term of imprisonment. */
    SENTENCE,

    /** The person will be prosecuted only for the named offences of the request. */
    PROSECUTION_LIMIT
}
