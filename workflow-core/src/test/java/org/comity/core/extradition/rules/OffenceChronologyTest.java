package org.comity.core.extradition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.extradition.request.ExtraditionRequests.REQUEST_DATE;
import static org.comity.core.extradition.request.ExtraditionRequests.aRequestFromMyanmarForAChineseNational;
import static org.comity.core.extradition.request.ExtraditionRequests.aTelecomFraud;

import java.time.LocalDate;
import org.comity.core.extradition.request.Offence;
import org.comity.core.extradition.request.RequestBuilder;
import org.comity.core.extradition.request.Warrant;
import org.comity.core.law.Penalty;
import org.comity.core.validation.Violation;
import org.junit.jupiter.api.Test;

class OffenceChronologyTest {

    private final OffenceChronology rule = new OffenceChronology();

    @Test
    void offenceThenWarrantThenRequestIsFine() {
        assertThat(rule.check(aRequestFromMyanmarForAChineseNational(), Contexts.onRequestDate()))
                .isEmpty();
    }

    @Test
    void singleDayOffenceAndWarrantOnTheRequestDateAreFine() {
        var request = RequestBuilder.from(aRequestFromMyanmarForAChineseNational())
                .offences(offence(REQUEST_DATE, REQUEST_DATE))
                .warrant(new Warrant("Myawaddy District Court", REQUEST_DATE, "MWD-1"))
                .build();

        assertThat(rule.check(request, Contexts.onRequestDate())).isEmpty();
    }

    @Test
    void secondOffenceEndingBeforeItBeganIsReportedAtItsPath() {
        var request = RequestBuilder.from(aRequestFromMyanmarForAChineseNational())
                .offences(aTelecomFraud(), offence(LocalDate.of(2025, 7, 2), LocalDate.of(2025, 7, 1)))
                .build();

        assertThat(rule.check(request, Contexts.onRequestDate()))
                .containsExactly(Violation.error("offences[1].dateTo", "extradition.offence.endsBeforeStart"));
    }

    @Test
    void offenceEndingAfterTheRequestIsAnError() {
        var request = RequestBuilder.from(aRequestFromMyanmarForAChineseNational())
                .offences(offence(LocalDate.of(2025, 7, 1), REQUEST_DATE.plusDays(1)))
                .build();

        assertThat(rule.check(request, Contexts.onRequestDate()))
                .containsExactly(Violation.error("offences[0].dateTo", "extradition.offence.afterRequest"));
    }

    @Test
    void warrantAfterTheRequestIsAnError() {
        var request = RequestBuilder.from(aRequestFromMyanmarForAChineseNational())
                .warrant(new Warrant("Myawaddy District Court", REQUEST_DATE.plusDays(1), "MWD-1"))
                .build();

        assertThat(rule.check(request, Contexts.onRequestDate()))
                .containsExactly(Violation.error("warrant.date", "extradition.warrant.afterRequest"));
    }

    @Test
    void requestDatedTomorrowIsAnError() {
        var request = RequestBuilder.from(aRequestFromMyanmarForAChineseNational())
                .requestDate(REQUEST_DATE.plusDays(1))
                .build();

        assertThat(rule.check(request, Contexts.onRequestDate()))
                .containsExactly(Violation.error("requestDate", "extradition.requestDate.future"));
    }

    private static Offence offence(LocalDate from, LocalDate to) {
        return new Offence(
                "Money laundering", "Anti-Money Laundering Law s. 43", null, from, to, "Yangon", Penalty.months(120));
    }
}
