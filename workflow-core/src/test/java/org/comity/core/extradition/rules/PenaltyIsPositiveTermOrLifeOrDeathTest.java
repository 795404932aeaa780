package org.comity.core.extradition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.extradition.request.ExtraditionRequests.aRequestFromMyanmarForAChineseNational;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.Offence;
import org.comity.core.extradition.request.RequestBuilder;
import org.comity.core.law.Penalty;
import org.comity.core.law.PenaltyKind;
import org.comity.core.validation.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PenaltyIsPositiveTermOrLifeOrDeathTest {

    private static final String FIELD = "offences[0].maximumPenalty.months";

    private final PenaltyIsPositiveTermOrLifeOrDeath rule = new PenaltyIsPositiveTermOrLifeOrDeath();

    static Stream<Arguments> penalties() {
        return Stream.of(
                Arguments.of(Penalty.months(1), List.of()),
                Arguments.of(Penalty.life(), List.of()),
                Arguments.of(Penalty.death(), List.of()),
                Arguments.of(Penalty.months(0), List.of(Violation.error(FIELD, "extradition.penalty.termMonths"))),
                Arguments.of(Penalty.months(-12), List.of(Violation.error(FIELD, "extradition.penalty.termMonths"))),
                Arguments.of(
                        new Penalty(PenaltyKind.TERM, null),
                        List.of(Violation.error(FIELD, "extradition.penalty.termMonths"))),
                Arguments.of(
                        new Penalty(PenaltyKind.LIFE, 240),
                        List.of(Violation.error(FIELD, "extradition.penalty.noMonthsForLifeOrDeath"))),
                Arguments.of(
                        new Penalty(PenaltyKind.DEATH, 1),
                        List.of(Violation.error(FIELD, "extradition.penalty.noMonthsForLifeOrDeath"))));
    }

    @ParameterizedTest
    @MethodSource("penalties")
    void acceptsOnlyAPositiveTermOrLifeOrDeath(Penalty penalty, List<Violation> expected) {
        assertThat(rule.check(withMaximumPenalty(penalty), Contexts.onRequestDate()))
                .isEqualTo(expected);
    }

    private static ExtraditionRequest withMaximumPenalty(Penalty penalty) {
        return RequestBuilder.from(aRequestFromMyanmarForAChineseNational())
                .offences(new Offence(
                        "Fraud",
                        "Penal Code s. 420",
                        null,
                        LocalDate.of(2025, 6, 1),
                        LocalDate.of(2025, 6, 1),
                        "Myawaddy",
                        penalty))
                .build();
    }
}
