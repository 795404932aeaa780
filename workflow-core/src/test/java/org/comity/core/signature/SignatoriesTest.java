package org.comity.core.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.comity.core.document.PersonName;
import org.comity.core.document.Signatory;
import org.comity.core.jurisdiction.TestJurisdictions;
import org.comity.core.text.Phrase;
import org.junit.jupiter.api.Test;

/**
 * Officers who act outside Comity (the requesting state's escort taking a surrendered person over)
 * sign under the names the handing-over officer recorded, said to be recorded, for their state's
 * competent authority, on the day of the act; title and place are left to be written.
 */
class SignatoriesTest {

    private final Signatories signatories = new Signatories(null, TestJurisdictions.chinaAndMyanmar());

    @Test
    void namesOfficersOutsideComityAsTheOtherSideRecordedThem() {
        LocalDate day = LocalDate.of(2026, 6, 2);

        Signatory escort = signatories.recordedBy(
                "Inspector Li Haoran, Yunnan Provincial PSB", "CN", Signatories.RECEIVED_BY, day);

        assertThat(escort.act()).isEqualTo(Phrase.of("signature.act.names-as-recorded", Signatories.RECEIVED_BY));
        assertThat(escort.name())
                .isEqualTo(new PersonName(
                        "Inspector Li Haoran, Yunnan Provincial PSB", "Inspector Li Haoran, Yunnan Provincial PSB"));
        assertThat(escort.authority())
                .isEqualTo(Phrase.of(
                        "authority.competent",
                        TestJurisdictions.chinaAndMyanmar().require("CN").names()));
        assertThat(escort.title()).isNull();
        assertThat(escort.place()).isNull();
        assertThat(escort.date()).isEqualTo(day);
    }
}
