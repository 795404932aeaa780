package org.comity.core.repatriation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.comity.core.repatriation.request.TransferInput;
import org.comity.core.repatriation.request.TransferInput.Escort;
import org.comity.core.repatriation.request.TransferInput.TransferMode;
import org.comity.core.validation.FieldError;
import org.junit.jupiter.api.Test;

/** legal-domain.md §5.3: a flight names its number; escorts are named with agency and a badge unique in the batch. */
class TransportAndEscortsRecordedTest {

    private static final Escort AUNG_MIN = new Escort("Aung Min", "Myanmar Police Force", "MPF-2201");
    private static final Escort KYAW_ZIN = new Escort("Kyaw Zin", "Myanmar Police Force", "MPF-2202");

    @Test
    void acceptsAFlightWithItsNumberAndALandCrossingWithoutAVehicle() {
        assertThat(problems(TransferMode.AIR, "MU 2028", List.of(AUNG_MIN, KYAW_ZIN)))
                .isEmpty();
        assertThat(problems(TransferMode.LAND, null, List.of(AUNG_MIN))).isEmpty();
    }

    @Test
    void refusesAFlightWithoutItsNumber() {
        assertThat(problems(TransferMode.AIR, "  ", List.of(AUNG_MIN)))
                .extracting(FieldError::field, FieldError::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("vehicle", "FlightForAirTransfer"));
    }

    @Test
    void refusesAVehicleWithControlCharactersOrTooLong() {
        assertThat(problems(TransferMode.LAND, "7B\u00004431", List.of(AUNG_MIN)))
                .extracting(FieldError::rule)
                .containsExactly("Vehicle");
        assertThat(problems(TransferMode.LAND, "7".repeat(41), List.of(AUNG_MIN)))
                .extracting(FieldError::rule)
                .containsExactly("Vehicle");
    }

    @Test
    void refusesNoEscortTooManyAndEscortsWithoutNameAgencyOrUniqueBadge() {
        assertThat(problems(TransferMode.LAND, null, List.of()))
                .extracting(FieldError::field)
                .containsExactly("escorts");
        assertThat(problems(TransferMode.LAND, null, Collections.nCopies(101, AUNG_MIN)))
                .extracting(FieldError::rule)
                .containsExactly("Size");
        List<Escort> escorts = new ArrayList<>(List.of(
                AUNG_MIN,
                new Escort("Kyaw Zin", "Myanmar Police Force", "MPF-2201"),
                new Escort(" ", "\u202EMPF", "")));
        escorts.add(null);
        assertThat(problems(TransferMode.LAND, null, escorts))
                .extracting(FieldError::field)
                .containsExactly(
                        "escorts[1].badge", "escorts[2].name", "escorts[2].agency", "escorts[2].badge", "escorts[3]");
    }

    private static List<FieldError> problems(TransferMode mode, String vehicle, List<Escort> escorts) {
        return TransportAndEscortsRecorded.problems(
                new TransferInput("Daluo port", mode, vehicle, 10, LocalDate.of(2026, 6, 2), List.of(), escorts));
    }
}
