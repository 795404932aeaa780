package org.comity.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.comity.documents.DocumentFixtures.*;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.comity.core.document.DocumentHeader;
import org.comity.core.document.DocumentRenderingException;
import org.comity.core.document.DocumentRequest;
import org.comity.core.document.ExtraditionRequest;
import org.comity.core.document.HandoverReceipt;
import org.comity.core.document.MlaLetterOfRequest;
import org.comity.core.document.PersonName;
import org.comity.core.document.RenderedDocument;
import org.comity.core.document.Subject;
import org.comity.core.document.Transport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Data that stresses layout and fonts (reliability-and-security.md §3.4): very long names, other
 * scripts, empty optional parts; and a canary showing that the PDF/A check does fail.
 */
class EdgeCasesTest {

    private final PdfLegalDocumentGenerator generator = new PdfLegalDocumentGenerator();

    @Test
    void rendersLongNamesCyrillicAndBurmeseNamesAsPdfA() {
        Subject longName = Subject.of(
                new PersonName(
                        "欧阳司马诸葛上官慕容皇甫尉迟公孙轩辕令狐宇文长孙",
                        "Ouyang-Sima-Zhuge-Shangguan-Murong-Huangfu-Yuchi-Gongsun-Xuanyuan-Linghu-Yuwen-Zhangsun"),
                List.of(),
                null,
                null,
                List.of("CN"),
                List.of());
        Subject cyrillic = Subject.of(
                new PersonName("Александр Сергеевич Пушкин", "Aleksandr Sergeyevich Pushkin"),
                List.of(),
                Subject.Sex.MALE,
                LocalDate.of(1979, 6, 6),
                List.of("RU"),
                List.of(new Subject.IdentityDocument(Subject.IdentityDocument.Kind.PASSPORT, "753123456", "RU", null)));
        Subject burmese = Subject.of(
                new PersonName("အောင်ဆန်း", "Aung San"),
                List.of(),
                Subject.Sex.MALE,
                LocalDate.of(1985, 2, 13),
                List.of("MM"),
                List.of(new Subject.IdentityDocument(Subject.IdentityDocument.Kind.OTHER, "LP-0091", "MM", null)));
        MlaLetterOfRequest letter =
                (MlaLetterOfRequest) anMlaLetterOfRequestToMyanmar().content();
        DocumentRequest request = fromChina(
                "MLA-CN-2026-000311",
                new MlaLetterOfRequest(
                        letter.requestingAuthority(),
                        letter.proceedings(),
                        zh("事实"),
                        List.of(),
                        new MlaLetterOfRequest.Assistance(List.of(), zh("协助"), null, null, false),
                        List.of(longName, cyrillic, burmese),
                        zh("目的"),
                        null,
                        null,
                        null,
                        null,
                        new MlaLetterOfRequest.Languages("zh", List.of())));

        RenderedDocument rendered = generator.render(request);
        PdfAssertions.write("edge-long-names-and-scripts", rendered.bytes());

        assertThat(PdfAssertions.text(rendered.bytes()))
                .contains(
                        "Александр Сергеевич Пушкин",
                        "Aung San",
                        "欧阳司马诸葛上官慕容皇甫尉迟公孙轩辕令狐宇文长孙",
                        "Not stated / 未说明",
                        "None stated / 未提供",
                        "—",
                        "No / 否");
        assertThat(PdfAssertions.pdfA2bFailures(rendered.bytes())).isEmpty();
    }

    @Test
    void rendersAnExtraditionRequestWithoutUndertakingsAndAReceiptWithoutDiscrepancies() {
        ExtraditionRequest bare =
                (ExtraditionRequest) anExtraditionRequestFromChinaToMyanmar().content();
        DocumentRequest noUndertakings = fromChina(
                "EXT-CN-2026-000124",
                new ExtraditionRequest(
                        bare.person(),
                        bare.purpose(),
                        bare.urgency(),
                        bare.channel(),
                        bare.legalBasis(),
                        bare.requestDate(),
                        bare.warrant(),
                        null,
                        bare.offences(),
                        bare.factsSummary(),
                        List.of()));
        HandoverReceipt receipt =
                (HandoverReceipt) aReceiptWithTwoDiscrepancies().content();
        DocumentRequest complete = fromChina(
                "REP-MM-2026-000008",
                new HandoverReceipt(
                        receipt.batchId(),
                        receipt.handoverPoint(),
                        ZonedDateTime.of(2026, 6, 3, 9, 0, 0, 0, SHANGHAI),
                        new Transport(Transport.Mode.LAND, null),
                        1,
                        1,
                        List.of(new HandoverReceipt.Line(
                                receipt.persons().get(0).name(),
                                receipt.persons().get(0).travelDocument(),
                                true)),
                        List.of(),
                        receipt.receivedBy(),
                        List.of(),
                        null,
                        null));

        for (DocumentRequest request : List.of(noUndertakings, complete)) {
            assertThat(PdfAssertions.pdfA2bFailures(generator.render(request).bytes()))
                    .isEmpty();
        }
        assertThat(PdfAssertions.text(generator.render(complete).bytes())).contains("无差异");
    }

    @Test
    void refusesANameNoEmbeddedFontCanDrawRatherThanPrintAPlaceholder() {
        DocumentRequest withHebrew = aRequestFor(new PersonName("דוד כהן", "David Cohen"), "EXT-CN-2026-000125");

        assertThatThrownBy(() -> generator.render(withHebrew))
                .isInstanceOf(DocumentRenderingException.class)
                .hasRootCauseMessage("No embedded font can draw U+05D3 in \"דוד\"; a legal document must not show a "
                        + "placeholder instead of a name");
    }

    /** Transit and third-country nationals: an Arabic and a Thai name print, shaped, read back as typed, PDF/A-2b, deterministic. */
    @ParameterizedTest
    @CsvSource({"محمد عبد الله, Mohammed Abdullah", "สมชาย ใจดี, Somchai Jaidee", "عثمان بن عفان, Uthman ibn Affan"})
    void printsArabicAndThaiNamesAsTyped(String original, String latin) {
        DocumentRequest request = aRequestFor(new PersonName(original, latin), "EXT-CN-2026-000127");
        byte[] pdf = generator.render(request).bytes();
        PdfAssertions.write("edge-script-" + latin.replace(' ', '-'), pdf);

        assertThat(PdfAssertions.text(pdf)).contains(original, latin);
        assertThat(PdfAssertions.pdfA2bFailures(pdf)).isEmpty();
        assertThat(generator.render(request).bytes())
                .as("the same bytes when rendered again")
                .isEqualTo(pdf);
    }

    private static DocumentRequest aRequestFor(PersonName name, String reference) {
        Subject person =
                Subject.of(name, List.of(), Subject.Sex.MALE, LocalDate.of(1990, 1, 1), List.of("MM"), List.of());
        ExtraditionRequest request =
                (ExtraditionRequest) anExtraditionRequestFromChinaToMyanmar().content();
        return fromChina(
                reference,
                new ExtraditionRequest(
                        person,
                        request.purpose(),
                        request.urgency(),
                        request.channel(),
                        request.legalBasis(),
                        request.requestDate(),
                        request.warrant(),
                        null,
                        request.offences(),
                        request.factsSummary(),
                        List.of()));
    }

    @Test
    void drawsAnIdeographicSpaceWithTheChineseFace() {
        ExtraditionRequest base =
                (ExtraditionRequest) anExtraditionRequestFromChinaToMyanmar().content();
        DocumentRequest request = fromChina(
                "EXT-CN-2026-000126",
                new ExtraditionRequest(
                        ZHANG_WEI,
                        text("Prosecution", "追究\u3000刑事责任"),
                        base.urgency(),
                        base.channel(),
                        text("Reciprocity", "互惠"),
                        base.requestDate(),
                        base.warrant(),
                        null,
                        List.of(),
                        zh("事实"),
                        List.of()));

        assertThat(PdfAssertions.pdfA2bFailures(generator.render(request).bytes()))
                .isEmpty();
    }

    /**
     * A configured language without wording bundles (Burmese until its bundle ships) is left out of
     * the document, which records the languages it was printed in; English, the common language, is
     * never left out: a document without it is refused.
     */
    @Test
    void printsOnlyLanguagesItHasWordingForAndRefusesADocumentWithoutEnglishFirst() {
        DocumentRequest request = anExtraditionRequestFromChinaToMyanmar();
        DocumentRequest burmese = inLanguages(request, List.of(Locale.ENGLISH, new Locale("my")));
        DocumentRequest chineseFirst = inLanguages(request, List.of(Locale.forLanguageTag("zh-Hans"), Locale.ENGLISH));

        assertThat(generator.render(burmese).languages()).containsExactly(Locale.ENGLISH);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> generator.render(chineseFirst))
                .withMessageContaining("English first");
    }

    private static DocumentRequest inLanguages(DocumentRequest request, List<Locale> languages) {
        return new DocumentRequest(
                new DocumentHeader(
                        request.header().documentId(),
                        request.header().caseReference(),
                        request.header().issuing(),
                        request.header().receiving(),
                        request.header().issuedAt(),
                        languages,
                        request.header().signatories()),
                request.content());
    }

    @Test
    void aDocumentStrippedOfItsXmpMetadataFailsPdfA() throws Exception {
        byte[] rendered = generator.render(aReleaseFromProvisionalArrest()).bytes();
        ByteArrayOutputStream canary = new ByteArrayOutputStream();
        try (PDDocument document = Loader.loadPDF(rendered)) {
            document.getDocumentCatalog().setMetadata(null);
            document.save(canary);
        }

        assertThat(PdfAssertions.pdfA2bFailures(canary.toByteArray())).isNotEmpty();
    }
}
