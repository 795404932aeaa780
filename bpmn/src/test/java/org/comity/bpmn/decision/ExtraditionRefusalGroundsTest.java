package org.comity.bpmn.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.extradition.decision.ExtraditionDecisions.RefusalGrounds.CONDITIONS_MET;
import static org.comity.core.extradition.decision.ExtraditionDecisions.RefusalGrounds.DEATH_PENALTY_ASSURANCE;
import static org.comity.core.extradition.decision.ExtraditionDecisions.RefusalGrounds.DEATH_PENALTY_POSSIBLE;
import static org.comity.core.extradition.decision.ExtraditionDecisions.RefusalGrounds.EARLIER_SURRENDER_ABANDONED;
import static org.comity.core.extradition.decision.ExtraditionDecisions.RefusalGrounds.FINAL_JUDGMENT_IN_REQUESTED_STATE;
import static org.comity.core.extradition.decision.ExtraditionDecisions.RefusalGrounds.HARMS_SOVEREIGNTY;
import static org.comity.core.extradition.decision.ExtraditionDecisions.RefusalGrounds.HUMANITARIAN_CONCERNS;
import static org.comity.core.extradition.decision.ExtraditionDecisions.RefusalGrounds.JUDGMENT_IN_ABSENTIA;
import static org.comity.core.extradition.decision.ExtraditionDecisions.RefusalGrounds.LAPSE_OR_PARDON_REQUESTED_LAW;
import static org.comity.core.extradition.decision.ExtraditionDecisions.RefusalGrounds.LAPSE_OR_PARDON_REQUESTING_LAW;
import static org.comity.core.extradition.decision.ExtraditionDecisions.RefusalGrounds.NATIONAL_OF_REQUESTED_STATE;
import static org.comity.core.extradition.decision.ExtraditionDecisions.RefusalGrounds.OFFENCE_IN_REQUESTED_STATE;
import static org.comity.core.extradition.decision.ExtraditionDecisions.RefusalGrounds.PERSECUTION_RISK;
import static org.comity.core.extradition.decision.ExtraditionDecisions.RefusalGrounds.POLITICAL_OFFENCE_OR_ASYLUM;
import static org.comity.core.extradition.decision.ExtraditionDecisions.RefusalGrounds.PROSECUTION_PENDING;
import static org.comity.core.extradition.decision.ExtraditionDecisions.RefusalGrounds.PURELY_MILITARY_OFFENCE;
import static org.comity.core.extradition.decision.ExtraditionDecisions.RefusalGrounds.RETRIAL_UNDERTAKING;
import static org.comity.core.extradition.decision.ExtraditionDecisions.RefusalGrounds.TORTURE_RISK;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.comity.core.extradition.decision.ExtraditionDecisions.RefusalGrounds;
import org.comity.core.extradition.decision.RefusalGround;
import org.comity.core.extradition.decision.RefusalGroundsInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code ExtraditionRefusalGrounds} (COLLECT): S10 Arts. 3, 7, 8, 9; S1 Arts. 2–4; legal-domain.md
 * §2.6, §10 items 6–9 and 12 (S10 Art. 40). A ground is written {@code CODE!} when mandatory and {@code CODE?} when
 * optional.
 */
class ExtraditionRefusalGroundsTest {

    private static final DecisionTables TABLE = DecisionTables.of(RefusalGrounds.ID);

    static Stream<Arguments> rows() {
        return Stream.of(
                row("nothing found in China", in("CN"), List.of(), List.of()),
                row("nothing found in Myanmar", in("MM"), List.of(), List.of()),
                row(
                        "Chinese national (also a dual national) in China",
                        in("CN", NATIONAL_OF_REQUESTED_STATE),
                        List.of("NationalOfChina"),
                        List.of("NAT!")),
                row(
                        "Myanmar national in Myanmar",
                        in("MM", NATIONAL_OF_REQUESTED_STATE),
                        List.of("NationalOfOtherRequestedState"),
                        List.of("NAT?")),
                row(
                        "final judgment in the requested state",
                        in("CN", FINAL_JUDGMENT_IN_REQUESTED_STATE),
                        List.of("FinalJudgmentInRequestedState"),
                        List.of("NBI!")),
                row(
                        "political offence or asylum",
                        in("MM", POLITICAL_OFFENCE_OR_ASYLUM),
                        List.of("PoliticalOffenceOrAsylum"),
                        List.of("POL!")),
                row("persecution", in("CN", PERSECUTION_RISK), List.of("PersecutionRisk"), List.of("PER!")),
                row(
                        "purely military",
                        in("CN", PURELY_MILITARY_OFFENCE),
                        List.of("PurelyMilitaryOffence"),
                        List.of("MIL!")),
                row(
                        "time-barred under the requesting law only",
                        in("CN", LAPSE_OR_PARDON_REQUESTING_LAW),
                        List.of("LapseOrPardonUnderRequestingLaw"),
                        List.of("LAP!")),
                row(
                        "time-barred under the requested law only",
                        in("CN", LAPSE_OR_PARDON_REQUESTED_LAW),
                        List.of("LapseOrPardonOnlyUnderRequestedLaw"),
                        List.of("LAP!")),
                row(
                        "time-barred under both laws: one LAP",
                        in("CN", LAPSE_OR_PARDON_REQUESTING_LAW, LAPSE_OR_PARDON_REQUESTED_LAW),
                        List.of("LapseOrPardonUnderRequestingLaw"),
                        List.of("LAP!")),
                row("torture", in("MM", TORTURE_RISK), List.of("TortureRisk"), List.of("TOR!")),
                row(
                        "in absentia without retrial undertaking",
                        in("CN", JUDGMENT_IN_ABSENTIA),
                        List.of("InAbsentiaWithoutRetrial"),
                        List.of("ABS!")),
                row(
                        "in absentia with retrial undertaking",
                        in("CN", JUDGMENT_IN_ABSENTIA, RETRIAL_UNDERTAKING),
                        List.of(),
                        List.of()),
                row(
                        "conditions not met",
                        in("CN").with(CONDITIONS_MET, false),
                        List.of("ConditionsNotMet"),
                        List.of("COND!")),
                row(
                        "harms China's sovereignty",
                        in("CN", HARMS_SOVEREIGNTY),
                        List.of("HarmsChinasSovereignty"),
                        List.of("SOV!")),
                row("sovereignty is China's statutory bar only", in("MM", HARMS_SOVEREIGNTY), List.of(), List.of()),
                row(
                        "prosecution pending",
                        in("CN", PROSECUTION_PENDING),
                        List.of("ProsecutionPending"),
                        List.of("PEND?")),
                row(
                        "death penalty without assurance",
                        in("MM", DEATH_PENALTY_POSSIBLE),
                        List.of("DeathPenaltyWithoutAssurance"),
                        List.of("DP?")),
                row(
                        "death penalty with assurance",
                        in("MM", DEATH_PENALTY_POSSIBLE, DEATH_PENALTY_ASSURANCE),
                        List.of(),
                        List.of()),
                row("humanitarian", in("CN", HUMANITARIAN_CONCERNS), List.of("HumanitarianConcerns"), List.of("HUM?")),
                row(
                        "offence in the requested state",
                        in("MM", OFFENCE_IN_REQUESTED_STATE),
                        List.of("OffenceInRequestedState"),
                        List.of("TERR?")),
                row(
                        "earlier surrender for the same offence deemed abandoned (§10 item 12)",
                        in("CN", EARLIER_SURRENDER_ABANDONED),
                        List.of("EarlierSurrenderAbandoned"),
                        List.of("ABAND?")),
                row(
                        "earlier abandonment under the Model Treaty",
                        in("MM", EARLIER_SURRENDER_ABANDONED),
                        List.of("EarlierSurrenderAbandoned"),
                        List.of("ABAND?")),
                row(
                        "Chinese national with pending Chinese prosecution",
                        in("CN", NATIONAL_OF_REQUESTED_STATE, PROSECUTION_PENDING),
                        List.of("NationalOfChina", "ProsecutionPending"),
                        List.of("NAT!", "PEND?")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void collectsEveryGround(String row, RefusalGroundsInput input, List<String> rules, List<String> grounds) {
        List<Map<String, Object>> result = TABLE.evaluate(input.toVariables()).getResultList();

        assertThat(TABLE.matchedRules())
                .containsExactlyElementsOf(rules.stream().map(r -> "Rule_" + r).toList());
        assertThat(result).extracting(ExtraditionRefusalGroundsTest::notation).containsExactlyElementsOf(grounds);
        assertThat(result)
                .allSatisfy(ground -> assertThat((String) ground.get(RefusalGrounds.ARTICLE_REFERENCE))
                        .contains("Art."));
    }

    @Test
    void everyRuleHasARow() {
        assertThat(rows().flatMap(a -> ((List<?>) a.get()[2]).stream())
                        .map(r -> "Rule_" + r)
                        .distinct())
                .containsExactlyInAnyOrderElementsOf(DecisionTables.ruleIds(RefusalGrounds.ID));
    }

    @Test
    void everyGroundCodeIsDefined() {
        RefusalGroundsInput everything = in("CN", RefusalGroundsInput.FINDINGS.toArray(String[]::new))
                .with(CONDITIONS_MET, false)
                .with(RETRIAL_UNDERTAKING, false)
                .with(DEATH_PENALTY_ASSURANCE, false);

        List<Map<String, Object>> result =
                TABLE.evaluate(everything.toVariables()).getResultList();

        assertThat(result)
                .extracting(ground -> RefusalGround.valueOf((String) ground.get(RefusalGrounds.GROUND_CODE)))
                .hasSize(DecisionTables.ruleIds(RefusalGrounds.ID).size() - 2);
    }

    private static RefusalGroundsInput in(String requestedState, String... findings) {
        RefusalGroundsInput input = RefusalGroundsInput.noGroundsIn(requestedState);
        Arrays.stream(findings).forEach(finding -> input.with(finding, true));
        return input;
    }

    private static String notation(Map<String, Object> ground) {
        return ground.get(RefusalGrounds.GROUND_CODE)
                + (Boolean.TRUE.equals(ground.get(RefusalGrounds.MANDATORY)) ? "!" : "?");
    }

    private static Arguments row(String name, RefusalGroundsInput input, List<String> rules, List<String> grounds) {
        return Arguments.of(name, input, rules, grounds);
    }
}
