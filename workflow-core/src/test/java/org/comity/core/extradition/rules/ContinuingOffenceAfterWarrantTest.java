package org.comity.core.extradition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.extradition.request.ExtraditionRequests.aRequestFromMyanmarForAChineseNational;
import static org.comity.core.extradition.request.ExtraditionRequests.aTelecomFraud;
import static org.comity.core.extradition.request.ExtraditionRequests.aWarrant;

import org.comity.core.extradition.request.Offence;
import org.comity.core.extradition.request.RequestBuilder;
import org.comity.core.validation.Violation;
import org.junit.jupiter.api.Test;

class ContinuingOffenceAfterWarrantTest {

    private final ContinuingOffenceAfterWarrant rule = new ContinuingOffenceAfterWarrant();

    @Test
    void offenceEndingOnTheWarrantDateIsFine() {
        Offence f = aTelecomFraud();
        var request = RequestBuilder.from(aRequestFromMyanmarForAChineseNational())
                .offences(new Offence(
                        f.description(),
                        f.provisionInRequestingLaw(),
                        f.provisionInRequestedLaw(),
                        f.dateFrom(),
                        aWarrant().date(),
                        f.place(),
                        f.maximumPenalty()))
                .build();

        assertThat(rule.check(request, Contexts.onRequestDate())).isEmpty();
    }

    @Test
    void offenceContinuingAfterTheWarrantIsOnlyAWarning() {
        Offence f = aTelecomFraud();
        var request = RequestBuilder.from(aRequestFromMyanmarForAChineseNational())
                .offences(
                        f,
                        new Offence(
                                f.description(),
                                f.provisionInRequestingLaw(),
                                f.provisionInRequestedLaw(),
                                f.dateFrom(),
                                aWarrant().date().plusDays(1),
                                f.place(),
                                f.maximumPenalty()))
                .build();

        assertThat(rule.check(request, Contexts.onRequestDate()))
                .containsExactly(Violation.warning("offences[1].dateTo", "extradition.offence.afterWarrant"));
    }
}
