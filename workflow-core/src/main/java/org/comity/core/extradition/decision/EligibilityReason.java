package org.comity.core.extradition.decision;

/**
 * Why {@code ExtraditionEligibility} found an offence eligible or not (S10 Art. 7; legal-domain.md
 * §2.2).
 */
public enum EligibilityReason {

    /** The conduct is not an offence under both laws (Art. 7 para. 1(1)). */
    NO_DUAL_CRIMINALITY,

    /** Prosecution: the maximum penalty is one year or more, or life or death, in both laws. */
    PENALTY_THRESHOLD_MET,

    /** Prosecution: the maximum penalty is under one year in at least one law. */
    PENALTY_BELOW_THRESHOLD,

    /** Enforcement: a life or death sentence, or six months or more still to serve. */
    REMAINING_SENTENCE_THRESHOLD_MET,

    /** Enforcement: less than six months still to serve at the request date. */
    REMAINING_SENTENCE_BELOW_THRESHOLD,

    /** Below the threshold, but it rides along with a qualifying dual-criminal offence (Art. 7 para. 2). */
    ACCOMPANIES_QUALIFYING_OFFENCE
}
