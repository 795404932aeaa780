package org.comity.core.extradition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.extradition.request.ExtraditionRequests.aFinalJudgmentWithTwoYearsLeft;
import static org.comity.core.extradition.request.ExtraditionRequests.aRequestFromChinaForAMyanmarNationalToServeASentence;
import static org.comity.core.extradition.request.ExtraditionRequests.aRequestFromMyanmarForAChineseNational;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.Judgment;
import org.comity.core.extradition.request.RequestBuilder;
import org.comity.core.law.Penalty;
import org.comity.core.validation.Severity;
import org.comity.core.validation.Violation;
import org.junit.jupiter.api.Test;

class FinalJudgmentWithSentenceLeftForEnforcementTest {

    private final FinalJudgmentWithSentenceLeftForEnforcement rule = new FinalJudgmentWithSentenceLeftForEnforcement();

    @Test
    void finalJudgmentWithTwoYearsLeftIsFine() {
        assertThat(rule.check(aRequestFromChinaForAMyanmarNationalToServeASentence(), Contexts.onRequestDate()))
                .isEmpty();
    }

    @Test
    void enforcementWithoutJudgmentIsAnError() {
        assertThat(rule.check(withJudgment(null), Contexts.onRequestDate()))
                .containsExactly(Violation.error("judgment", "extradition.judgment.required"));
    }

    @Test
    void judgmentNotYetFinalIsAnError() {
        assertThat(rule.check(
                        withJudgment(judgment(false, Penalty.months(36), Period.ofYears(2))), Contexts.onRequestDate()))
                .containsExactly(Violation.error("judgment.finalJudgment", "extradition.judgment.notFinal"));
    }

    @Test
    void exactlySixMonthsLeftAtTheRequestDatePassesEvenIfLessRemainsWhenDecided() {
        assertThat(rule.check(
                        withJudgment(judgment(true, Penalty.months(36), Period.ofMonths(6))), Contexts.onRequestDate()))
                .isEmpty();
    }

    @Test
    void sixMonthsLessOneDayLeftIsAnError() {
        var violations = rule.check(
                withJudgment(judgment(true, Penalty.months(36), Period.of(0, 5, 30))), Contexts.onRequestDate());

        assertThat(violations)
                .containsExactly(new Violation(
                        "judgment.remainingSentence",
                        "extradition.judgment.remainingTooShort",
                        Map.of("months", 6L),
                        Severity.ERROR));
    }

    @Test
    void termWithoutRemainingSentenceIsAnErrorButLifeNeedsNone() {
        assertThat(rule.check(withJudgment(judgment(true, Penalty.months(36), null)), Contexts.onRequestDate()))
                .containsExactly(
                        Violation.error("judgment.remainingSentence", "extradition.judgment.remainingRequired"));
        assertThat(rule.check(withJudgment(judgment(true, Penalty.life(), null)), Contexts.onRequestDate()))
                .isEmpty();
    }

    @Test
    void judgmentOnARequestToProsecuteIsAWarning() {
        var request = RequestBuilder.from(aRequestFromMyanmarForAChineseNational())
                .judgment(aFinalJudgmentWithTwoYearsLeft())
                .build();

        assertThat(rule.check(request, Contexts.onRequestDate()))
                .containsExactly(Violation.warning("judgment", "extradition.judgment.enforcementOnly"));
    }

    private static ExtraditionRequest withJudgment(Judgment judgment) {
        return RequestBuilder.from(aRequestFromChinaForAMyanmarNationalToServeASentence())
                .judgment(judgment)
                .build();
    }

    private static Judgment judgment(boolean finalJudgment, Penalty sentence, Period remaining) {
        return new Judgment(
                "Kunming Intermediate People's Court",
                LocalDate.of(2025, 9, 1),
                finalJudgment,
                false,
                sentence,
                remaining);
    }
}
