package org.comity.core.extradition.decision;

/**
 * Ids, resources and variable names of the extradition DMN tables. These names are API: the
 * processes, delegates and tests refer to them only through these constants.
 */
public final class ExtraditionDecisions {

    private ExtraditionDecisions() {}

    /** The classpath resource of a decision: {@code dmn/} plus the kebab-case of its id. */
    public static String resource(String decisionId) {
        return "dmn/" + decisionId.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase() + ".dmn";
    }

    /**
     * {@code ExtraditionEligibility} (hit policy UNIQUE), evaluated once per offence: dual
     * criminality, penalty thresholds in both laws, remaining sentence at the request date and the
     * multi-offence rule (S10 Art. 7; legal-domain.md §2.2, §7.2).
     */
    public static final class Eligibility {

        public static final String ID = "ExtraditionEligibility";

        /** String: {@code PROSECUTION} or {@code ENFORCEMENT}. */
        public static final String PURPOSE = "purpose";
        /** Boolean: the conduct is an offence under both states' laws. */
        public static final String DUAL_CRIMINALITY = "dualCriminality";
        /** String: {@code TERM}, {@code LIFE} or {@code DEATH}, maximum in the requesting law. */
        public static final String PENALTY_REQUESTING_KIND = "penaltyRequestingKind";
        /** Number: months of the maximum term in the requesting law (when {@code TERM}). */
        public static final String PENALTY_REQUESTING_MONTHS = "penaltyRequestingMonths";
        /** String: {@code TERM}, {@code LIFE} or {@code DEATH}, maximum in the requested law. */
        public static final String PENALTY_REQUESTED_KIND = "penaltyRequestedKind";
        /** Number: months of the maximum term in the requested law (when {@code TERM}). */
        public static final String PENALTY_REQUESTED_MONTHS = "penaltyRequestedMonths";
        /** String: {@code TERM}, {@code LIFE} or {@code DEATH}, the sentence to enforce. */
        public static final String SENTENCE_KIND = "sentenceKind";
        /** Number: whole months of the sentence still to serve at the request date. */
        public static final String REMAINING_SENTENCE_MONTHS = "remainingSentenceMonths";
        /** Boolean: another dual-criminal offence of the same request meets the threshold. */
        public static final String ACCOMPANIES_QUALIFYING_OFFENCE = "accompaniesQualifyingOffence";

        /** Output, boolean: the offence may be granted. */
        public static final String ELIGIBLE = "eligible";
        /** Output, string: {@code COND} when not eligible, else null. */
        public static final String GROUND_CODE = "groundCode";
        /** Output, string: why, as an {@link EligibilityReason} name. */
        public static final String REASON = "reason";
        /** Output, string: the article applied. */
        public static final String ARTICLE_REFERENCE = "articleReference";

        private Eligibility() {}
    }

    /**
     * {@code ExtraditionRefusalGrounds} (hit policy COLLECT): every mandatory and optional refusal
     * ground that applies (legal-domain.md §2.6). All inputs but {@link #REQUESTED_STATE} are
     * booleans and must not be null.
     */
    public static final class RefusalGrounds {

        public static final String ID = "ExtraditionRefusalGrounds";

        /** String: ISO 3166-1 alpha-2 code of the requested state. */
        public static final String REQUESTED_STATE = "requestedState";

        public static final String NATIONAL_OF_REQUESTED_STATE = "nationalOfRequestedState";
        public static final String FINAL_JUDGMENT_IN_REQUESTED_STATE = "finalJudgmentInRequestedState";
        public static final String POLITICAL_OFFENCE_OR_ASYLUM = "politicalOffenceOrAsylum";
        public static final String PERSECUTION_RISK = "persecutionRisk";
        public static final String PURELY_MILITARY_OFFENCE = "purelyMilitaryOffence";
        public static final String LAPSE_OR_PARDON_REQUESTING_LAW = "lapseOrPardonUnderRequestingLaw";
        public static final String LAPSE_OR_PARDON_REQUESTED_LAW = "lapseOrPardonUnderRequestedLaw";
        public static final String TORTURE_RISK = "tortureRisk";
        public static final String JUDGMENT_IN_ABSENTIA = "judgmentInAbsentia";
        public static final String RETRIAL_UNDERTAKING = "retrialUndertaking";
        /** Boolean: every offence is eligible ({@link Eligibility}); false raises COND. */
        public static final String CONDITIONS_MET = "conditionsMet";

        public static final String HARMS_SOVEREIGNTY = "harmsSovereigntySecurityOrPublicInterest";
        public static final String PROSECUTION_PENDING = "prosecutionPendingInRequestedState";
        public static final String DEATH_PENALTY_POSSIBLE = "deathPenaltyPossible";
        public static final String DEATH_PENALTY_ASSURANCE = "deathPenaltyAssurance";
        public static final String HUMANITARIAN_CONCERNS = "humanitarianConcerns";
        public static final String OFFENCE_IN_REQUESTED_STATE = "offenceCommittedInRequestedState";
        /** Boolean: an earlier request for the same person and offence ended deemed abandoned (S10 Art. 40). */
        public static final String EARLIER_SURRENDER_ABANDONED = "earlierSurrenderAbandoned";

        /** Output, string: a {@link RefusalGround} name. */
        public static final String GROUND_CODE = "groundCode";
        /** Output, boolean: true = shall refuse, false = may refuse. */
        public static final String MANDATORY = "mandatory";
        /** Output, string: the articles that set the ground. */
        public static final String ARTICLE_REFERENCE = "articleReference";

        private RefusalGrounds() {}
    }

    /**
     * {@code ProvisionalArrestWindow} (hit policy UNIQUE): how long the requested state waits for
     * the formal request after a provisional arrest, per legal basis (legal-domain.md §7.4).
     */
    public static final class ProvisionalArrestWindow {

        public static final String ID = "ProvisionalArrestWindow";

        /** String: a legal basis id from the registry. */
        public static final String LEGAL_BASIS_ID = "legalBasisId";

        /** Output, string: ISO-8601 period, e.g. {@code P30D}. */
        public static final String WINDOW = "provisionalArrestWindow";
        /** Output, string: ISO-8601 period of the single extension, null if none. */
        public static final String EXTENSION = "provisionalArrestExtension";
        /** Output, string: the article that sets the window. */
        public static final String ARTICLE_REFERENCE = "articleReference";

        private ProvisionalArrestWindow() {}
    }

    /**
     * {@code AssuranceRouting} (hit policy UNIQUE): through whom the requesting state gives an
     * assurance the requested state demanded, and which authority decides it (S10 Art. 50; S11
     * Art. 11; legal-domain.md §2.4 step 4, §6, §9 item 13).
     */
    public static final class AssuranceRouting {

        public static final String ID = "AssuranceRouting";

        /** String: ISO 3166-1 alpha-2 code of the requesting state, which gives the assurance. */
        public static final String REQUESTING_STATE = "requestingState";
        /** String: {@code DEATH_PENALTY}, {@code SENTENCE} or {@code PROSECUTION_LIMIT}. */
        public static final String ASSURANCE_KIND = "assuranceKind";

        /** Output, string: the authority that gives the assurance on the government's behalf. */
        public static final String GIVEN_THROUGH = "givenThrough";
        /** Output, string: the authority that decides the assurance and binds the courts or procuratorates. */
        public static final String DECIDING_AUTHORITY = "decidingAuthority";
        /** Output, string: the articles that set the routing. */
        public static final String ARTICLE_REFERENCE = "articleReference";

        private AssuranceRouting() {}
    }
}
