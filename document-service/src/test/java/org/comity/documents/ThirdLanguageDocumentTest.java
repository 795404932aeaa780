package org.comity.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.comity.core.document.DocumentHeader;
import org.comity.core.document.DocumentRequest;
import org.comity.core.document.FreeText;
import org.comity.core.document.JurisdictionRef;
import org.comity.core.document.MlaPostponementNotice;
import org.comity.core.document.RenderedDocument;
import org.comity.core.document.Signatory;
import org.comity.core.jurisdiction.DocumentLanguages;
import org.comity.core.jurisdiction.Jurisdiction;
import org.comity.core.text.MultilingualText;
import org.comity.core.text.Phrase;
import org.junit.jupiter.api.Test;

/**
 * A third language reaches a document from a bundle and configuration alone: French exists only as
 * a test bundle ({@code src/test/resources/wording/documents_fr.properties}) and as the configured
 * language of a test state; no main code names it. A notice China issues to that state is printed
 * in English, Chinese and French, and read back.
 */
class ThirdLanguageDocumentTest {

    private static final Jurisdiction CHINA = new Jurisdiction(
            "CN", "People's Republic of China", "中华人民共和国", ZoneId.of("Asia/Shanghai"), List.of("zh-Hans", "en"));

    private static final Jurisdiction A_FRENCH_SPEAKING_STATE = new Jurisdiction(
            "FR",
            names("French Republic", "fr", "République française"),
            ZoneId.of("Europe/Paris"),
            List.of("fr", "en"));

    @Test
    void aNoticeToAStateConfiguredWithFrenchPrintsItsFixedWordingInFrenchToo() throws IOException {
        List<Locale> languages = DocumentLanguages.between(CHINA, A_FRENCH_SPEAKING_STATE);
        assertThat(languages).extracting(Locale::toLanguageTag).containsExactly("en", "zh-Hans", "fr");

        RenderedDocument rendered = new PdfLegalDocumentGenerator().render(aPostponementNotice(languages));

        assertThat(rendered.languages()).extracting(Locale::toLanguageTag).containsExactly("en", "zh-Hans", "fr");
        String text = text(rendered.bytes());
        new ReadBack(text)
                .prints(
                        "Notice of Postponement of Mutual Legal Assistance",
                        "暂缓提供刑事司法协助通知书",
                        "Notification de report de l'entraide judiciaire")
                .prints("Decision / 决定 / Décision", "Execution is postponed / 暂缓执行 / L'exécution est reportée")
                .prints("2026-09-30 (2026年9月30日 / 30 septembre 2026)")
                .prints("Page 1 of", "第 1 页 共", "/ Page 1 sur")
                // a state's name the configuration lacks in French is printed in the state's own language
                .prints("Competent authority of People's Republic of China / 中华人民共和国 / "
                        + "Autorité compétente de 中华人民共和国")
                .prints("République française")
                .printsOnce("Le titulaire du compte est en procès.");
        assertThat(getClass().getResource("/wording/documents_fr.properties").getPath())
                .contains("test-classes");
    }

    @Test
    void aConfiguredLanguageWithoutABundleIsNotPrinted() {
        Jurisdiction myanmar = new Jurisdiction(
                "MM", "Republic of the Union of Myanmar", "မြန်မာ", ZoneId.of("Asia/Yangon"), List.of("my", "en"));
        List<Locale> languages = DocumentLanguages.between(CHINA, myanmar);
        assertThat(languages).extracting(Locale::toLanguageTag).containsExactly("en", "zh-Hans", "my");

        RenderedDocument rendered = new PdfLegalDocumentGenerator().render(aPostponementNotice(languages));

        assertThat(rendered.languages()).extracting(Locale::toLanguageTag).containsExactly("en", "zh-Hans");
    }

    private static DocumentRequest aPostponementNotice(List<Locale> languages) {
        JurisdictionRef issuing = new JurisdictionRef(CHINA.code(), CHINA.names());
        JurisdictionRef receiving =
                new JurisdictionRef(A_FRENCH_SPEAKING_STATE.code(), A_FRENCH_SPEAKING_STATE.names());
        Signatory authority = new Signatory(
                Signatory.ISSUING_AUTHORITY, null, null, Phrase.of("authority.competent", CHINA.names()), null, null);
        DocumentHeader header = new DocumentHeader(
                UUID.fromString("5d0c4f57-0000-4000-8000-000000000003"),
                "MLA-FR-2026-000003",
                issuing,
                receiving,
                ZonedDateTime.of(2026, 6, 1, 9, 0, 0, 0, CHINA.zone()),
                languages,
                List.of(authority));
        return new DocumentRequest(
                header,
                new MlaPostponementNotice(
                        "MLA-FR-2026-000003 / PA-2026-3",
                        LocalDate.of(2026, 9, 30),
                        FreeText.asWritten("Le titulaire du compte est en procès.", "fr")));
    }

    private static MultilingualText names(String english, String language, String own) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("en", english);
        names.put(language, own);
        return MultilingualText.of(names);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
