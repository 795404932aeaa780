package org.comity.core.repatriation.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.comity.core.document.HandoverManifest.ScreeningStatus;
import org.comity.core.repatriation.request.PersonCategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The status a manifest prints from the person's class and the screening at clearance (legal-domain.md §5.3). */
class ScreeningStatusesTest {

    @ParameterizedTest(name = "{0} screened {1} -> {2}")
    @CsvSource(
            nullValues = "none",
            value = {
                "SUSPECT, NO_INDICATORS, SUSPECT_SCREENED",
                "SUSPECT, VICTIM_IDENTIFIED, VICTIM_SCREENED",
                "TRAFFICKING_VICTIM, none, VICTIM_SCREENED",
                "POSSIBLE_TRAFFICKING_VICTIM, NO_INDICATORS, POSSIBLE_VICTIM",
                "SUSPECT, none, UNSCREENED"
            })
    void printsWhatTheScreeningFound(PersonCategory category, String screening, ScreeningStatus expected) {
        assertThat(ScreeningStatuses.of(category, screening)).isEqualTo(expected);
    }
}
