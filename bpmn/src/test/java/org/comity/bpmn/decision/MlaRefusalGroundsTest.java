package org.comity.bpmn.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.mla.decision.MlaDecisions.CONTRARY_TO_LEGAL_SYSTEM;
import static org.comity.core.mla.decision.MlaDecisions.FINAL_JUDGMENT;
import static org.comity.core.mla.decision.MlaDecisions.HARMS_SOVEREIGNTY;
import static org.comity.core.mla.decision.MlaDecisions.NOT_CONFORMING;
import static org.comity.core.mla.decision.MlaDecisions.NO_DUAL_CRIMINALITY;
import static org.comity.core.mla.decision.MlaDecisions.NO_SUBSTANTIAL_LINK;
import static org.comity.core.mla.decision.MlaDecisions.OTHER_GROUND_BY_LAW;
import static org.comity.core.mla.decision.MlaDecisions.PERSECUTION_RISK;
import static org.comity.core.mla.decision.MlaDecisions.POLITICAL_OFFENCE;
import static org.comity.core.mla.decision.MlaDecisions.PROCEEDINGS_PENDING;
import static org.comity.core.mla.decision.MlaDecisions.PROHIBITED_BY_DOMESTIC_LAW;
import static org.comity.core.mla.decision.MlaDecisions.PURELY_MILITARY_OFFENCE;
import static org.comity.core.mla.decision.MlaDecisions.SUMMONS_OF_OWN_NATIONAL_AS_DEFENDANT;
import static org.comity.core.mla.decision.MlaDecisions.TIME_BARRED_OR_PARDONED;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.comity.core.mla.decision.MlaDecisions;
import org.comity.core.mla.decision.MlaRefusalGroundsInput;
import org.comity.core.mla.form.MlaGroundCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code MlaRefusalGrounds} (COLLECT), row by row: UNTOC Art. 18(9), 18(21); China's ICJA Arts. 4,
 * 14, 15, 22; legal-domain.md §4.3, §10 item 18. A ground is written {@code CODE!} when mandatory
 * and {@code CODE?} when optional.
 */
class MlaRefusalGroundsTest {

    private static final DecisionTables TABLE = DecisionTables.of(MlaDecisions.ID);

    static Stream<Arguments> rows() {
        return Stream.of(
                row("nothing found in China", in("CN"), List.of(), List.of()),
                row("nothing found in Myanmar", in("MM"), List.of(), List.of()),
                row("not conforming", in("MM", NOT_CONFORMING), List.of("RequestNotConforming"), List.of("FORM?")),
                row(
                        "harms China's sovereignty: China shall refuse",
                        in("CN", HARMS_SOVEREIGNTY),
                        List.of("HarmsChinasSovereignty"),
                        List.of("SOV!")),
                row(
                        "harms Myanmar's essential interests: Myanmar may refuse",
                        in("MM", HARMS_SOVEREIGNTY),
                        List.of("HarmsEssentialInterests"),
                        List.of("SOV?")),
                row(
                        "prohibited by domestic law",
                        in("CN", PROHIBITED_BY_DOMESTIC_LAW),
                        List.of("ProhibitedByDomesticLaw"),
                        List.of("DOMLAW?")),
                row(
                        "contrary to the legal system",
                        in("MM", CONTRARY_TO_LEGAL_SYSTEM),
                        List.of("ContraryToLegalSystem"),
                        List.of("LEGSYS?")),
                row("no dual criminality", in("MM", NO_DUAL_CRIMINALITY), List.of("NoDualCriminality"), List.of("DC?")),
                row(
                        "final judgment in China",
                        in("CN", FINAL_JUDGMENT),
                        List.of("FinalJudgmentInChina"),
                        List.of("NBI?")),
                row("final judgment: China's statutory ground only", in("MM", FINAL_JUDGMENT), List.of(), List.of()),
                row(
                        "proceedings pending in China",
                        in("CN", PROCEEDINGS_PENDING),
                        List.of("ProceedingsPendingInChina"),
                        List.of("PEND?")),
                row(
                        "time-barred in China",
                        in("CN", TIME_BARRED_OR_PARDONED),
                        List.of("TimeBarredOrPardonedInChina"),
                        List.of("LAP?")),
                row("political offence", in("MM", POLITICAL_OFFENCE), List.of("PoliticalOffence"), List.of("POL?")),
                row(
                        "purely military offence in China",
                        in("CN", PURELY_MILITARY_OFFENCE),
                        List.of("PurelyMilitaryOffenceInChina"),
                        List.of("MIL?")),
                row("persecution", in("CN", PERSECUTION_RISK), List.of("PersecutionRisk"), List.of("PER?")),
                row(
                        "no substantial link, China",
                        in("CN", NO_SUBSTANTIAL_LINK),
                        List.of("NoSubstantialLinkInChina"),
                        List.of("LINK?")),
                row(
                        "other ground provided by China's law",
                        in("CN", OTHER_GROUND_BY_LAW),
                        List.of("OtherGroundProvidedByChineseLaw"),
                        List.of("OTHER?")),
                row(
                        "summons of a Chinese national as defendant",
                        in("CN", SUMMONS_OF_OWN_NATIONAL_AS_DEFENDANT),
                        List.of("SummonsOfChineseNationalAsDefendant"),
                        List.of("OTHER?")),
                row(
                        "summons of a Myanmar national as defendant: no rule found",
                        in("MM", SUMMONS_OF_OWN_NATIONAL_AS_DEFENDANT),
                        List.of(),
                        List.of()),
                row(
                        "sovereignty and persecution in China",
                        in("CN", HARMS_SOVEREIGNTY, PERSECUTION_RISK),
                        List.of("HarmsChinasSovereignty", "PersecutionRisk"),
                        List.of("SOV!", "PER?")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void collectsEveryGround(String row, MlaRefusalGroundsInput input, List<String> rules, List<String> grounds) {
        List<Map<String, Object>> result = TABLE.evaluate(input.toVariables()).getResultList();

        assertThat(TABLE.matchedRules())
                .containsExactlyElementsOf(rules.stream().map(r -> "Rule_" + r).toList());
        assertThat(result).extracting(MlaRefusalGroundsTest::notation).containsExactlyElementsOf(grounds);
        assertThat(result)
                .allSatisfy(ground -> assertThat((String) ground.get(MlaDecisions.ARTICLE_REFERENCE))
                        .contains("Art."));
    }

    @Test
    void everyRuleHasARow() {
        assertThat(rows().flatMap(a -> ((List<?>) a.get()[2]).stream())
                        .map(r -> "Rule_" + r)
                        .distinct())
                .containsExactlyInAnyOrderElementsOf(DecisionTables.ruleIds(MlaDecisions.ID));
    }

    @Test
    void everyGroundCodeIsDefinedAndOnlyChinasSovereigntyIsMandatory() {
        for (String state : List.of("CN", "MM")) {
            List<Map<String, Object>> result = TABLE.evaluate(
                            in(state, MlaRefusalGroundsInput.FINDINGS.toArray(String[]::new))
                                    .toVariables())
                    .getResultList();

            assertThat(result)
                    .extracting(g -> MlaGroundCode.valueOf((String) g.get(MlaDecisions.GROUND_CODE)))
                    .isNotEmpty();
            assertThat(result)
                    .filteredOn(g -> Boolean.TRUE.equals(g.get(MlaDecisions.MANDATORY)))
                    .extracting(MlaRefusalGroundsTest::notation)
                    .containsExactlyElementsOf(state.equals("CN") ? List.of("SOV!") : List.of());
        }
    }

    private static MlaRefusalGroundsInput in(String requestedState, String... findings) {
        MlaRefusalGroundsInput input = MlaRefusalGroundsInput.noGroundsIn(requestedState);
        Arrays.stream(findings).forEach(finding -> input.with(finding, true));
        return input;
    }

    private static String notation(Map<String, Object> ground) {
        return ground.get(MlaDecisions.GROUND_CODE)
                + (Boolean.TRUE.equals(ground.get(MlaDecisions.MANDATORY)) ? "!" : "?");
    }

    private static Arguments row(String name, MlaRefusalGroundsInput input, List<String> rules, List<String> grounds) {
        return Arguments.of(name, input, rules, grounds);
    }
}
