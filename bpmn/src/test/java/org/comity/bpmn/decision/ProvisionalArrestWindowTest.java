package org.comity.bpmn.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.comity.core.extradition.decision.ExtraditionDecisions.ProvisionalArrestWindow;
import org.comity.core.extradition.request.ExtendableWindow;
import org.comity.core.extradition.request.LegalBases;
import org.comity.core.extradition.request.LegalBasis;
import org.comity.core.extradition.request.LegalDeadline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code ProvisionalArrestWindow} (UNIQUE): legal-domain.md §2.3 A3, §2.5 M5, §7.4; §10 item 1. */
class ProvisionalArrestWindowTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DETAINED_ON = LocalDate.of(2026, 3, 1);

    private static final DecisionTables TABLE = DecisionTables.of(ProvisionalArrestWindow.ID);

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of(LegalBases.CN_EXTRADITION_LAW_2000_ID, "ChinaStatuteWithoutTreaty", "P30D", "P15D", 30),
                Arguments.of(LegalBases.UN_MODEL_TREATY_1990_ID, "UnModelTreatyDefault", "P40D", null, 40),
                Arguments.of(LegalBases.EXAMPLE_BILATERAL_TREATY_ID, "ExampleBilateralTreaty", "P60D", null, 60));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void windowPerLegalBasisKeepsTheLastDayAndReleasesTheNext(
            String legalBasisId, String rule, String window, String extension, int lastDay) {
        DmnDecisionResultEntries result = evaluate(legalBasisId);

        assertThat(TABLE.matchedRules()).containsExactly("Rule_" + rule);
        assertThat(result.<String>getEntry(ProvisionalArrestWindow.WINDOW)).isEqualTo(window);
        assertThat(result.<String>getEntry(ProvisionalArrestWindow.EXTENSION)).isEqualTo(extension);
        LegalDeadline deadline = LegalDeadline.startedOn(DETAINED_ON, windowOf(result), BEIJING);
        assertThat(deadline.isMetOn(DETAINED_ON.plusDays(lastDay)))
                .as("formal request on day %d", lastDay)
                .isTrue();
        assertThat(deadline.isMetOn(DETAINED_ON.plusDays(lastDay + 1)))
                .as("release on day %d", lastDay + 1)
                .isFalse();
    }

    @Test
    void chinasExtensionKeepsThePersonUntilDayFortyFive() {
        LegalDeadline extended = LegalDeadline.startedOn(
                        DETAINED_ON, windowOf(evaluate(LegalBases.CN_EXTRADITION_LAW_2000_ID)), BEIJING)
                .extend(DETAINED_ON.plusDays(29));

        assertThat(extended.isMetOn(DETAINED_ON.plusDays(45))).isTrue();
        assertThat(extended.isMetOn(DETAINED_ON.plusDays(46))).isFalse();
    }

    @Test
    void tableAgreesWithTheRegistryForEveryLegalBasis() {
        for (LegalBasis basis : LegalBases.ALL) {
            assertThat(windowOf(evaluate(basis.id()))).as(basis.id()).isEqualTo(basis.provisionalArrest());
        }
        assertThat(rows().map(a -> "Rule_" + a.get()[1]))
                .containsExactlyInAnyOrderElementsOf(DecisionTables.ruleIds(ProvisionalArrestWindow.ID));
    }

    @Test
    void unknownLegalBasisHasNoWindow() {
        assertThat(TABLE.evaluate(Map.of(ProvisionalArrestWindow.LEGAL_BASIS_ID, "CN-NARNIA"))
                        .getResultList())
                .isEmpty();
    }

    private DmnDecisionResultEntries evaluate(String legalBasisId) {
        return TABLE.evaluate(Map.of(ProvisionalArrestWindow.LEGAL_BASIS_ID, legalBasisId))
                .getSingleResult();
    }

    private static ExtendableWindow windowOf(DmnDecisionResultEntries result) {
        String extension = result.getEntry(ProvisionalArrestWindow.EXTENSION);
        return new ExtendableWindow(
                Period.parse(result.getEntry(ProvisionalArrestWindow.WINDOW)),
                extension == null ? Period.ZERO : Period.parse(extension));
    }
}
