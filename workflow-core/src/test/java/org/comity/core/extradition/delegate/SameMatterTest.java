package org.comity.core.extradition.delegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.extradition.request.ExtraditionRequests.aMyanmarNational;
import static org.comity.core.extradition.request.ExtraditionRequests.aRequestFromMyanmarForAChineseNational;
import static org.comity.core.extradition.request.ExtraditionRequests.aTelecomFraud;

import java.time.LocalDate;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.Offence;
import org.comity.core.extradition.request.RequestBuilder;
import org.comity.core.law.Penalty;
import org.junit.jupiter.api.Test;

/** A new request for the same offence after an abandoned surrender (S10 Art. 40; §10 item 12). */
class SameMatterTest {

    private final ExtraditionRequest earlier = aRequestFromMyanmarForAChineseNational();

    @Test
    void sameProvisionWithOverlappingPeriodForTheSamePersonIsTheSameMatter() {
        Offence restated = new Offence(
                "Fraud by telephone from a call centre",
                "penal code  S. 420",
                null,
                LocalDate.of(2025, 12, 1),
                LocalDate.of(2026, 1, 15),
                "Myawaddy",
                Penalty.months(84));

        assertThat(SameMatter.of(
                        earlier, RequestBuilder.from(earlier).offences(restated).build()))
                .isTrue();
    }

    @Test
    void anotherProvisionOrAnotherPeriodIsAnotherOffence() {
        Offence later = new Offence(
                "Telecom fraud",
                "Penal Code s. 420",
                null,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31),
                "Myawaddy",
                Penalty.months(84));
        Offence other = new Offence(
                "Money laundering",
                "Anti-Money Laundering Law s. 43",
                null,
                aTelecomFraud().dateFrom(),
                aTelecomFraud().dateTo(),
                "Myawaddy",
                Penalty.months(84));

        assertThat(SameMatter.of(
                        earlier, RequestBuilder.from(earlier).offences(later).build()))
                .isFalse();
        assertThat(SameMatter.of(
                        earlier, RequestBuilder.from(earlier).offences(other).build()))
                .isFalse();
    }

    @Test
    void anotherPersonIsAnotherMatter() {
        assertThat(SameMatter.of(
                        earlier,
                        RequestBuilder.from(earlier).person(aMyanmarNational()).build()))
                .isFalse();
    }
}
