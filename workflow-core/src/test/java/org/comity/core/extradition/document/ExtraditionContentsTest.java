package org.comity.core.extradition.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import org.comity.core.document.ExtraditionRequest;
import org.comity.core.document.FreeText;
import org.comity.core.document.Subject;
import org.comity.core.extradition.request.ExtraditionRequests;
import org.comity.core.extradition.request.LegalBasisRegistry;
import org.comity.core.jurisdiction.Jurisdiction;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.text.Phrase;
import org.junit.jupiter.api.Test;

/** The request letter's content carries every fact of the stored request, typed, text as written. */
class ExtraditionContentsTest {

    private final ExtraditionContents contents = new ExtraditionContents(
            LegalBasisRegistry.standard(),
            new JurisdictionRegistry(List.of(
                    new Jurisdiction(
                            "CN", "People's Republic of China", "中华人民共和国", ZoneId.of("Asia/Shanghai"), List.of("zh")),
                    new Jurisdiction("MM", "Myanmar", "မြန်မာ", ZoneId.of("Asia/Yangon"), List.of("my")))));

    @Test
    void aRequestToEnforceASentenceCarriesTheJudgmentAndNoWarrant() {
        ExtraditionRequest letter =
                contents.request(ExtraditionRequests.aRequestFromChinaForAMyanmarNationalToServeASentence());

        assertThat(letter.warrant()).isNull();
        assertThat(letter.judgment().court())
                .isEqualTo(FreeText.asWritten("Kunming Intermediate People's Court", "zh"));
        assertThat(letter.judgment().finalJudgment()).isTrue();
        assertThat(letter.judgment().sentenceImposed()).isEqualTo(Phrase.of("penalty.term", 36));
        assertThat(letter.judgment().remainingSentence())
                .isEqualTo(Phrase.of("period.term", List.of(Phrase.of("period.years", 2)), "P2Y"));
        assertThat(letter.purpose()).isEqualTo(Phrase.of("extradition.purpose.ENFORCEMENT"));
    }

    @Test
    void thePersonAndEachOffenceKeepEveryFactWrittenInTheRequestingStatesLanguage() {
        ExtraditionRequest letter = contents.request(ExtraditionRequests.aRequestFromMyanmarForAChineseNational());

        Subject person = letter.person();
        assertThat(person.sex()).isEqualTo(Subject.Sex.MALE);
        assertThat(person.aliases()).containsExactly("Zhang Xiaowei");
        assertThat(person.identityDocuments())
                .containsExactly(new Subject.IdentityDocument(
                        Subject.IdentityDocument.Kind.PASSPORT, "EA1234567", "CN", java.time.LocalDate.of(2030, 1, 1)));
        ExtraditionRequest.Offence offence = letter.offences().get(0);
        assertThat(offence.place()).isEqualTo(FreeText.asWritten("Myawaddy, Kayin State", "my"));
        assertThat(offence.provisionInRequestedLaw().text()).isEqualTo("Criminal Law of the PRC Art. 266");
        assertThat(letter.warrant().issuingAuthority().text()).isEqualTo("Myawaddy District Court");
        assertThat(letter.undertakings())
                .extracting(ExtraditionRequest.Undertaking::given)
                .containsExactly(true, true, false, true, false);
        assertThat(letter.factsSummary().supplied()).isEmpty();
    }
}
