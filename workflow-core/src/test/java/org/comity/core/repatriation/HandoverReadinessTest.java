package org.comity.core.repatriation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.comity.core.repatriation.HandoverReadiness.PersonState;
import org.comity.core.repatriation.request.TransferInput.TransferMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** legal-domain.md §9 item 18 and §10 item 21, row by row. */
class HandoverReadinessTest {

    private static final LocalDate FLIGHT = LocalDate.of(2026, 3, 10);

    @ParameterizedTest(name = "{0}, waiting={1}, expiry={2}, {3} -> {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                "CONFIRMED, true, 2030-01-01, AIR, -",
                "CONFIRMED, true, -, LAND, -",
                "CONFIRMED, true, 2026-03-11, AIR, -",
                "CONFIRMED, true, 2026-03-10, AIR, TravelDocumentValid",
                "CONFIRMED, true, -, AIR, TravelDocumentValid",
                "CONFIRMED, false, 2030-01-01, LAND, ReadyForTransfer",
                "MORE_INFORMATION_NEEDED, false, -, LAND, NationalityConfirmed",
                "-, false, -, LAND, NationalityConfirmed"
            })
    void blocksHandoverWithoutConfirmedNationalityOrAValidDocumentForTheAirLeg(
            String verification, boolean waiting, String expiry, TransferMode mode, String rule) {
        var problem = HandoverReadiness.problem(new PersonState(waiting, verification, expiry), mode, FLIGHT);

        assertThat(problem.map(p -> p[0]).orElse(null)).isEqualTo(rule);
    }
}
