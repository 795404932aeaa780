package org.comity.bpmn.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.comity.core.extradition.decision.ExtraditionDecisions.AssuranceRouting;
import org.comity.core.extradition.request.AssuranceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code AssuranceRouting} (UNIQUE): legal-domain.md §2.4 step 4, §6, §9 item 13, §10 item 7 (China
 * as requesting state gives a death-penalty assurance: routed to the SPC). S10 Art. 50; S11 Art. 11.
 */
class AssuranceRoutingTest {

    private static final DecisionTables TABLE = DecisionTables.of(AssuranceRouting.ID);

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("CN", "PROSECUTION_LIMIT", "ChinaProsecutionLimit", "CN_MFA", "CN_SPP"),
                Arguments.of("CN", "SENTENCE", "ChinaSentence", "CN_MFA", "CN_SPC"),
                Arguments.of("CN", "DEATH_PENALTY", "ChinaDeathPenalty", "CN_MFA", "CN_SPC"),
                Arguments.of("MM", "PROSECUTION_LIMIT", "MyanmarAnyAssurance", "MM_MFA", "MM_GOVERNMENT"),
                Arguments.of("MM", "SENTENCE", "MyanmarAnyAssurance", "MM_MFA", "MM_GOVERNMENT"),
                Arguments.of("MM", "DEATH_PENALTY", "MyanmarAnyAssurance", "MM_MFA", "MM_GOVERNMENT"));
    }

    @ParameterizedTest(name = "{0} {1} -> {4}")
    @MethodSource("rows")
    void routesEachKindToTheAuthorityThatDecidesIt(
            String state, String kind, String rule, String givenThrough, String deciding) {
        DmnDecisionResultEntries result = TABLE.evaluate(input(state, kind)).getSingleResult();

        assertThat(TABLE.matchedRules()).containsExactly("Rule_" + rule);
        assertThat(result.<String>getEntry(AssuranceRouting.GIVEN_THROUGH)).isEqualTo(givenThrough);
        assertThat(result.<String>getEntry(AssuranceRouting.DECIDING_AUTHORITY)).isEqualTo(deciding);
        assertThat(result.<String>getEntry(AssuranceRouting.ARTICLE_REFERENCE)).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(AssuranceKind.class)
    void chinasAssurancesCiteArticleFiftyAndMyanmarsSayNoSourceWasFound(AssuranceKind kind) {
        assertThat(TABLE.evaluate(input("CN", kind.name()))
                        .getSingleResult()
                        .<String>getEntry(AssuranceRouting.ARTICLE_REFERENCE))
                .contains("Art. 50");
        assertThat(TABLE.evaluate(input("MM", kind.name()))
                        .getSingleResult()
                        .<String>getEntry(AssuranceRouting.ARTICLE_REFERENCE))
                .contains("No Myanmar source found");
    }

    @Test
    void everyRuleHasARow() {
        assertThat(rows().map(a -> "Rule_" + a.get()[2]).distinct())
                .containsExactlyInAnyOrderElementsOf(DecisionTables.ruleIds(AssuranceRouting.ID));
    }

    @Test
    void anotherStateOrKindHasNoRoute() {
        assertThat(TABLE.evaluate(input("TH", "DEATH_PENALTY")).getResultList()).isEmpty();
        assertThat(TABLE.evaluate(input("CN", "RETRIAL")).getResultList()).isEmpty();
    }

    private static Map<String, Object> input(String state, String kind) {
        return Map.of(AssuranceRouting.REQUESTING_STATE, state, AssuranceRouting.ASSURANCE_KIND, kind);
    }
}
