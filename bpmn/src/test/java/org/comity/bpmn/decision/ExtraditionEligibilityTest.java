package org.comity.bpmn.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.extradition.decision.EligibilityInput.enforcement;
import static org.comity.core.extradition.decision.EligibilityInput.prosecution;
import static org.comity.core.extradition.decision.EligibilityReason.ACCOMPANIES_QUALIFYING_OFFENCE;
import static org.comity.core.extradition.decision.EligibilityReason.NO_DUAL_CRIMINALITY;
import static org.comity.core.extradition.decision.EligibilityReason.PENALTY_BELOW_THRESHOLD;
import static org.comity.core.extradition.decision.EligibilityReason.PENALTY_THRESHOLD_MET;
import static org.comity.core.extradition.decision.EligibilityReason.REMAINING_SENTENCE_BELOW_THRESHOLD;
import static org.comity.core.extradition.decision.EligibilityReason.REMAINING_SENTENCE_THRESHOLD_MET;
import static org.comity.core.law.Penalty.death;
import static org.comity.core.law.Penalty.life;
import static org.comity.core.law.Penalty.months;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.comity.core.extradition.decision.EligibilityInput;
import org.comity.core.extradition.decision.EligibilityInputs;
import org.comity.core.extradition.decision.EligibilityReason;
import org.comity.core.extradition.decision.ExtraditionDecisions.Eligibility;
import org.comity.core.extradition.decision.OffenceAssessment;
import org.comity.core.extradition.request.Channel;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.LegalBases;
import org.comity.core.extradition.request.Offence;
import org.comity.core.extradition.request.Purpose;
import org.comity.core.extradition.request.Urgency;
import org.comity.core.law.Penalty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code ExtraditionEligibility}: S10 Art. 7; legal-domain.md §2.2, §7.2, §9 items 4–5, §10 items 4–5. */
class ExtraditionEligibilityTest {

    private static final DecisionTables TABLE = DecisionTables.of(Eligibility.ID);

    static Stream<Arguments> rows() {
        return Stream.of(
                row(
                        "not dual-criminal",
                        prosecution(false, months(84), months(36), false),
                        "NoDualCriminality",
                        false,
                        NO_DUAL_CRIMINALITY),
                row(
                        "not dual-criminal, even beside a qualifying offence",
                        prosecution(false, months(84), months(36), true),
                        "NoDualCriminality",
                        false,
                        NO_DUAL_CRIMINALITY),
                row(
                        "not dual-criminal, enforcement",
                        enforcement(false, months(36), 24L, false),
                        "NoDualCriminality",
                        false,
                        NO_DUAL_CRIMINALITY),
                row(
                        "life in both laws",
                        prosecution(true, life(), life(), false),
                        "ProsecutionLifeOrDeathInBothLaws",
                        true,
                        PENALTY_THRESHOLD_MET),
                row(
                        "death requesting, life requested",
                        prosecution(true, death(), life(), false),
                        "ProsecutionLifeOrDeathInBothLaws",
                        true,
                        PENALTY_THRESHOLD_MET),
                row(
                        "death requesting, exactly 12 months requested",
                        prosecution(true, death(), months(12), false),
                        "ProsecutionLifeOrDeathRequestingYearRequested",
                        true,
                        PENALTY_THRESHOLD_MET),
                row(
                        "exactly 12 months requesting, life requested",
                        prosecution(true, months(12), life(), false),
                        "ProsecutionYearRequestingLifeOrDeathRequested",
                        true,
                        PENALTY_THRESHOLD_MET),
                row(
                        "exactly 12 months in both laws",
                        prosecution(true, months(12), months(12), false),
                        "ProsecutionYearInBothLaws",
                        true,
                        PENALTY_THRESHOLD_MET),
                row(
                        "84 and 36 months",
                        prosecution(true, months(84), months(36), false),
                        "ProsecutionYearInBothLaws",
                        true,
                        PENALTY_THRESHOLD_MET),
                row(
                        "11 months requesting, alone",
                        prosecution(true, months(11), months(36), false),
                        "ProsecutionUnderYearRequesting",
                        false,
                        PENALTY_BELOW_THRESHOLD),
                row(
                        "11 months requesting, beside a qualifying offence",
                        prosecution(true, months(11), months(36), true),
                        "ProsecutionUnderYearRequestingAccessory",
                        true,
                        ACCOMPANIES_QUALIFYING_OFFENCE),
                row(
                        "11 months requesting, requested penalty life",
                        prosecution(true, months(11), life(), false),
                        "ProsecutionUnderYearRequesting",
                        false,
                        PENALTY_BELOW_THRESHOLD),
                row(
                        "life requesting, 11 months requested, alone",
                        prosecution(true, life(), months(11), false),
                        "ProsecutionLifeOrDeathRequestingUnderYearRequested",
                        false,
                        PENALTY_BELOW_THRESHOLD),
                row(
                        "life requesting, 11 months requested, beside a qualifying offence",
                        prosecution(true, life(), months(11), true),
                        "ProsecutionLifeOrDeathRequestingUnderYearRequestedAccessory",
                        true,
                        ACCOMPANIES_QUALIFYING_OFFENCE),
                row(
                        "12 months requesting, 11 months requested, alone",
                        prosecution(true, months(12), months(11), false),
                        "ProsecutionYearRequestingUnderYearRequested",
                        false,
                        PENALTY_BELOW_THRESHOLD),
                row(
                        "12 months requesting, 11 months requested, beside a qualifying offence",
                        prosecution(true, months(12), months(11), true),
                        "ProsecutionYearRequestingUnderYearRequestedAccessory",
                        true,
                        ACCOMPANIES_QUALIFYING_OFFENCE),
                row(
                        "life sentence to enforce",
                        enforcement(true, life(), null, false),
                        "EnforcementLifeOrDeathSentence",
                        true,
                        REMAINING_SENTENCE_THRESHOLD_MET),
                row(
                        "death sentence to enforce",
                        enforcement(true, death(), null, false),
                        "EnforcementLifeOrDeathSentence",
                        true,
                        REMAINING_SENTENCE_THRESHOLD_MET),
                row(
                        "exactly 6 months left at the request date",
                        enforcement(true, months(36), 6L, false),
                        "EnforcementSixMonthsRemaining",
                        true,
                        REMAINING_SENTENCE_THRESHOLD_MET),
                row(
                        "5 months left, alone",
                        enforcement(true, months(36), 5L, false),
                        "EnforcementUnderSixMonthsRemaining",
                        false,
                        REMAINING_SENTENCE_BELOW_THRESHOLD),
                row(
                        "5 months left, beside a qualifying offence",
                        enforcement(true, months(36), 5L, true),
                        "EnforcementUnderSixMonthsRemainingAccessory",
                        true,
                        ACCOMPANIES_QUALIFYING_OFFENCE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void decidesEligibilityPerOffence(
            String row, EligibilityInput input, String rule, boolean eligible, EligibilityReason reason) {
        DmnDecisionResultEntries result = TABLE.evaluate(input.toVariables()).getSingleResult();

        assertThat(TABLE.matchedRules()).containsExactly("Rule_" + rule);
        assertThat(result.<Boolean>getEntry(Eligibility.ELIGIBLE)).isEqualTo(eligible);
        assertThat(result.<String>getEntry(Eligibility.REASON)).isEqualTo(reason.name());
        assertThat(result.<String>getEntry(Eligibility.GROUND_CODE)).isEqualTo(eligible ? null : "COND");
        assertThat(result.<String>getEntry(Eligibility.ARTICLE_REFERENCE)).startsWith("PRC Extradition Law Art. 7");
    }

    @Test
    void everyRuleHasARow() {
        assertThat(rows().map(arguments -> "Rule_" + arguments.get()[2]).distinct())
                .containsExactlyInAnyOrderElementsOf(DecisionTables.ruleIds(Eligibility.ID));
    }

    @Test
    void grantsALesserDualCriminalOffenceAlongsideAQualifyingOneAndExcludesOnlyTheNonDualCriminalOne() {
        Offence fraud = offence(months(84));
        Offence forgedSim = offence(months(6));
        ExtraditionRequest request = new ExtraditionRequest(
                "MM",
                "CN",
                Purpose.PROSECUTION,
                Urgency.ORDINARY,
                Channel.DIPLOMATIC,
                LegalBases.CN_EXTRADITION_LAW_2000_ID,
                null,
                List.of(fraud, forgedSim, forgedSim),
                null,
                null,
                null,
                LocalDate.of(2026, 3, 2),
                "Call-centre fraud");
        List<OffenceAssessment> assessments = List.of(
                new OffenceAssessment(true, life()),
                new OffenceAssessment(true, months(36)),
                new OffenceAssessment(false, null));

        List<Object> eligible =
                EligibilityInputs.forRequest(request, assessments, LegalBases.CN_EXTRADITION_LAW_2000).stream()
                        .map(input -> TABLE.evaluate(input.toVariables())
                                .getSingleResult()
                                .getEntry(Eligibility.ELIGIBLE))
                        .toList();

        assertThat(eligible).containsExactly(true, true, false);
    }

    @Test
    void purposeOutsideTheTableMatchesNoRule() {
        Map<String, Object> variables =
                prosecution(true, months(84), months(36), false).toVariables();
        variables.put(Eligibility.PURPOSE, "TRANSIT");

        DmnDecisionResult result = TABLE.evaluate(variables);

        assertThat(result.getResultList()).isEmpty();
    }

    private static Offence offence(Penalty maximum) {
        return new Offence(
                "Fraud",
                "Penal Code s. 420",
                null,
                LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 6, 1),
                "Myawaddy",
                maximum);
    }

    private static Arguments row(
            String name, EligibilityInput input, String rule, boolean eligible, EligibilityReason reason) {
        return Arguments.of(name, input, rule, eligible, reason);
    }
}
