package org.comity.core.extradition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.extradition.request.ExtraditionRequests.aRequestFromMyanmarForAChineseNational;
import static org.comity.core.extradition.request.ExtraditionRequests.aTelecomFraud;

import java.time.LocalDate;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.Offence;
import org.comity.core.extradition.request.RequestBuilder;
import org.comity.core.extradition.request.Undertakings;
import org.comity.core.law.Penalty;
import org.comity.core.validation.Violation;
import org.junit.jupiter.api.Test;

class DeathPenaltyAssuranceAdvisedTest {

    private final DeathPenaltyAssuranceAdvised rule = new DeathPenaltyAssuranceAdvised();

    @Test
    void noCapitalOffenceNeedsNoAssurance() {
        assertThat(rule.check(aRequestFromMyanmarForAChineseNational(), Contexts.onRequestDate()))
                .isEmpty();
    }

    @Test
    void capitalOffenceWithoutAssuranceIsAWarning() {
        assertThat(rule.check(withCapitalOffence(false), Contexts.onRequestDate()))
                .containsExactly(Violation.warning(
                        "undertakings.deathPenaltyAssurance", "extradition.deathPenalty.assuranceAdvised"));
    }

    @Test
    void capitalOffenceWithAssuranceIsFine() {
        assertThat(rule.check(withCapitalOffence(true), Contexts.onRequestDate()))
                .isEmpty();
    }

    private static ExtraditionRequest withCapitalOffence(boolean assurance) {
        Offence drugs = new Offence(
                "Trafficking of methamphetamine",
                "Narcotic Drugs Law s. 19",
                null,
                LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 1),
                "Tachileik",
                Penalty.death());
        return RequestBuilder.from(aRequestFromMyanmarForAChineseNational())
                .offences(aTelecomFraud(), drugs)
                .undertakings(new Undertakings(true, true, false, true, assurance))
                .build();
    }
}
