package org.comity.core.extradition.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.junit.jupiter.api.Test;

class LegalDeadlineTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final ZoneId YANGON = ZoneId.of("Asia/Yangon");
    private static final LocalDate DETAINED_ON = LocalDate.of(2026, 3, 1);

    private final ExtendableWindow statuteArrest = LegalBases.CN_EXTRADITION_LAW_2000.provisionalArrest();

    @Test
    void formalRequestOnDayThirtyKeepsTheProvisionalArrest() {
        LegalDeadline deadline = LegalDeadline.startedOn(DETAINED_ON, statuteArrest, BEIJING);
        LocalDate day30 = LocalDate.of(2026, 3, 31);

        assertThat(deadline.dayNumber(day30)).isEqualTo(30);
        assertThat(deadline.isMetOn(day30)).isTrue();
        assertThat(deadline.isMetBy(Instant.parse("2026-03-31T15:59:59Z"))).isTrue();
    }

    @Test
    void personIsReleasedOnDayThirtyOneAtMidnightInTheRequestedStatesZone() {
        LegalDeadline deadline = LegalDeadline.startedOn(DETAINED_ON, statuteArrest, BEIJING);

        assertThat(deadline.isMetOn(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(deadline.expiresAt()).isEqualTo(Instant.parse("2026-03-31T16:00:00Z"));
        assertThat(deadline.isMetBy(deadline.expiresAt())).isFalse();
        assertThat(deadline.timerDate()).isEqualTo("2026-04-01T00:00:00+08:00");
    }

    @Test
    void extensionRequestedOnDayTwentyNineIsGrantedOnceAndMovesExpiryToDayFortySix() {
        LegalDeadline extended =
                LegalDeadline.startedOn(DETAINED_ON, statuteArrest, BEIJING).extend(LocalDate.of(2026, 3, 30));

        assertThat(extended.length()).isEqualTo(Period.ofDays(45));
        assertThat(extended.lastDay()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThatIllegalStateException()
                .isThrownBy(() -> extended.extend(LocalDate.of(2026, 4, 2)))
                .withMessageContaining("single extension");
    }

    @Test
    void extensionRequestedAfterExpiryIsRefused() {
        LegalDeadline deadline = LegalDeadline.startedOn(DETAINED_ON, statuteArrest, BEIJING);

        assertThatIllegalStateException().isThrownBy(() -> deadline.extend(LocalDate.of(2026, 4, 1)));
    }

    @Test
    void modelTreatyWindowCannotBeExtended() {
        LegalDeadline deadline =
                LegalDeadline.startedOn(DETAINED_ON, LegalBases.UN_MODEL_TREATY_1990.provisionalArrest(), BEIJING);

        assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThatIllegalStateException().isThrownBy(() -> deadline.extend(DETAINED_ON));
    }

    @Test
    void supplementaryLoopUnansweredTerminatesOnDayThirtyOneNotThirty() {
        ExtendableWindow supplementary =
                LegalBases.CN_EXTRADITION_LAW_2000.supplementaryInformation().orElseThrow();
        LegalDeadline deadline = LegalDeadline.startedOn(LocalDate.of(2026, 1, 10), supplementary, BEIJING);

        assertThat(deadline.isMetOn(LocalDate.of(2026, 2, 9))).isTrue();
        assertThat(deadline.isMetOn(LocalDate.of(2026, 2, 10))).isFalse();
        assertThat(deadline.dayNumber(LocalDate.of(2026, 2, 10))).isEqualTo(31);
    }

    @Test
    void surrenderOnDayFifteenIsInTimeAndDaySixteenIsDeemedAbandoned() {
        ExtendableWindow surrender =
                LegalBases.CN_EXTRADITION_LAW_2000.surrender().orElseThrow();
        LegalDeadline deadline = LegalDeadline.startedOn(LocalDate.of(2026, 5, 4), surrender, BEIJING);

        assertThat(deadline.isMetOn(LocalDate.of(2026, 5, 19))).isTrue();
        assertThat(deadline.isMetOn(LocalDate.of(2026, 5, 20))).isFalse();
        assertThat(deadline.extend(LocalDate.of(2026, 5, 18)).lastDay()).isEqualTo(LocalDate.of(2026, 6, 18));
    }

    @Test
    void monthWindowFromThirtyFirstJanuaryEndsOnTheLastDayOfFebruary() {
        LegalDeadline leap =
                LegalDeadline.startedOn(LocalDate.of(2028, 1, 31), ExtendableWindow.of(Period.ofMonths(1)), BEIJING);
        LegalDeadline common =
                LegalDeadline.startedOn(LocalDate.of(2026, 1, 31), ExtendableWindow.of(Period.ofMonths(1)), BEIJING);

        assertThat(leap.lastDay()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(common.lastDay()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void detentionLateInYangonCountsFromTheNextDayInBeijing() {
        Instant detained = LocalDate.of(2026, 3, 1).atTime(23, 0).atZone(YANGON).toInstant();

        assertThat(LegalDeadline.startedAt(detained, statuteArrest, BEIJING).startDay())
                .isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(LegalDeadline.startedAt(detained, statuteArrest, YANGON).startDay())
                .isEqualTo(DETAINED_ON);
    }

    @Test
    void staticHelpersGiveTheSameExpiry() {
        assertThat(LegalDeadline.deadline(DETAINED_ON, Period.ofDays(30), BEIJING))
                .isEqualTo(Instant.parse("2026-03-31T16:00:00Z"));
        assertThat(LegalDeadline.timerDate(DETAINED_ON, Period.ofDays(30), BEIJING))
                .isEqualTo("2026-04-01T00:00:00+08:00");
    }

    @Test
    void camundaResolvesTheTimerDateToTheExpiryInstant() {
        LegalDeadline deadline = LegalDeadline.startedOn(DETAINED_ON, statuteArrest, YANGON);

        Date due = new DueDateBusinessCalendar().resolveDuedate(deadline.timerDate());

        assertThat(deadline.timerDate()).isEqualTo("2026-04-01T00:00:00+06:30");
        assertThat(due.toInstant()).isEqualTo(deadline.expiresAt());
    }
}
