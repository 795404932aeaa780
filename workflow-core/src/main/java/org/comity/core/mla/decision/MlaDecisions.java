package org.comity.core.mla.decision;

/**
 * Id, resource and variable names of the DMN table {@code MlaRefusalGrounds} (hit policy COLLECT):
 * every ground on which the requested state shall or may refuse assistance, from the requested
 * officer's findings in {@code Task_AssessRequest} and the facts of the stored request
 * ({@code reference/legal-domain.md} §4.3). All inputs but {@link #REQUESTED_STATE} are booleans and
 * must not be null. The input names are also the field names of the assessment form.
 */
public final class MlaDecisions {

    public static final String ID = "MlaRefusalGrounds";
    public static final String RESOURCE = "dmn/mla-refusal-grounds.dmn";

    /** String: ISO 3166-1 alpha-2 code of the requested state. */
    public static final String REQUESTED_STATE = "requestedState";

    public static final String NOT_CONFORMING = "requestNotConforming";
    public static final String HARMS_SOVEREIGNTY = "harmsSovereigntySecurityOrPublicOrder";
    public static final String PROHIBITED_BY_DOMESTIC_LAW = "prohibitedByDomesticLaw";
    public static final String CONTRARY_TO_LEGAL_SYSTEM = "contraryToLegalSystem";
    public static final String NO_DUAL_CRIMINALITY = "noDualCriminality";
    public static final String FINAL_JUDGMENT = "finalJudgmentInRequestedState";
    public static final String PROCEEDINGS_PENDING = "proceedingsPendingInRequestedState";
    public static final String TIME_BARRED_OR_PARDONED = "timeBarredOrPardoned";
    public static final String POLITICAL_OFFENCE = "politicalOffence";
    public static final String PURELY_MILITARY_OFFENCE = "purelyMilitaryOffence";
    public static final String PERSECUTION_RISK = "persecutionRisk";
    public static final String NO_SUBSTANTIAL_LINK = "noSubstantialLink";
    public static final String OTHER_GROUND_BY_LAW = "otherGroundProvidedByLaw";
    /** Boolean from the request: a summons calls a national of the requested state as a defendant. */
    public static final String SUMMONS_OF_OWN_NATIONAL_AS_DEFENDANT = "summonsOfOwnNationalAsDefendant";

    /** Output, string: an {@link MlaGroundCode} name. */
    public static final String GROUND_CODE = "groundCode";
    /** Output, boolean: true = shall refuse, false = may refuse. */
    public static final String MANDATORY = "mandatory";
    /** Output, string: the articles that set the ground. */
    public static final String ARTICLE_REFERENCE = "articleReference";

    private MlaDecisions() {}
}
