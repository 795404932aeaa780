package org.comity.documents;

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
import org.comity.core.document.TravelDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.comity.documents.DocumentFixtures.*;

/**
 * Data that stresses layout and fonts (reliability-and-security.md §3.4): very long names, other
 * scripts, empty optional parts; and a canary showing that the PDF/A check does fail.
 */
class EdgeCasesTest {

	private final PdfLegalDocumentGenerator generator = new PdfLegalDocumentGenerator();

	@Test
	void rendersLongNamesCyrillicAndBurmeseNamesAsPdfA() {
		Subject longName = new Subject(new PersonName("欧阳司马诸葛上官慕容皇甫尉迟公孙轩辕令狐宇文长孙",
				"Ouyang-Sima-Zhuge-Shangguan-Murong-Huangfu-Yuchi-Gongsun-Xuanyuan-Linghu-Yuwen-Zhangsun"), "X",
				null, "CN", new TravelDocument(TravelDocument.Kind.NONE, ""));
		Subject cyrillic = new Subject(new PersonName("Александр Сергеевич Пушкин", "Aleksandr Sergeyevich Pushkin"),
				"M", LocalDate.of(1979, 6, 6), "RU", new TravelDocument(TravelDocument.Kind.PASSPORT, "753123456"));
		Subject burmese = new Subject(new PersonName("အောင်ဆန်း", "Aung San"), "M", LocalDate.of(1985, 2, 13), "MM",
				new TravelDocument(TravelDocument.Kind.LAISSEZ_PASSER, "LP-0091"));
		DocumentRequest request = fromChina("MLA-CN-2026-000311", new MlaLetterOfRequest(text("Authority", "机关"),
				text("Investigation", "侦查"), text("Facts", "事实"), text("Law", "法律"), List.of(),
				List.of(longName, cyrillic, burmese), text("Purpose", "目的"), text("Relevance", "关联"), null, false));

		RenderedDocument rendered = generator.render(request);
		PdfAssertions.write("edge-long-names-and-scripts", rendered.bytes());

		assertThat(PdfAssertions.text(rendered.bytes())).contains("Александр Сергеевич Пушкин", "Aung San",
				"欧阳司马诸葛上官慕容皇甫尉迟公孙轩辕令狐宇文长孙", "Not stated / 未说明", "None / 无", "—", "No / 否");
		assertThat(PdfAssertions.pdfA2bFailures(rendered.bytes())).isEmpty();
	}

	@Test
	void rendersAnExtraditionRequestWithoutUndertakingsAndAReceiptWithoutDiscrepancies() {
		ExtraditionRequest bare = (ExtraditionRequest) anExtraditionRequestFromChinaToMyanmar().content();
		DocumentRequest noUndertakings = fromChina("EXT-CN-2026-000124", new ExtraditionRequest(bare.person(),
				bare.purpose(), bare.legalBasis(), bare.warrantReference(), bare.offences(), bare.factsSummary(), List.of()));
		HandoverReceipt receipt = (HandoverReceipt) aReceiptWithTwoDiscrepancies().content();
		DocumentRequest complete = fromChina("REP-MM-2026-000008", new HandoverReceipt(receipt.batchId(),
				receipt.handoverPoint(), ZonedDateTime.of(2026, 6, 3, 9, 0, 0, 0, SHANGHAI), 40, 40, List.of(),
				receipt.receivedBy()));

		for (DocumentRequest request : List.of(noUndertakings, complete)) {
			assertThat(PdfAssertions.pdfA2bFailures(generator.render(request).bytes())).isEmpty();
		}
		assertThat(PdfAssertions.text(generator.render(complete).bytes())).contains("无差异");
	}

	@Test
	void refusesANameNoEmbeddedFontCanDrawRatherThanPrintAPlaceholder() {
		Subject arabic = new Subject(new PersonName("محمد", "Muhammad"), "M", LocalDate.of(1990, 1, 1), "MM",
				new TravelDocument(TravelDocument.Kind.NONE, ""));
		ExtraditionRequest request = (ExtraditionRequest) anExtraditionRequestFromChinaToMyanmar().content();
		DocumentRequest withArabic = fromChina("EXT-CN-2026-000125", new ExtraditionRequest(arabic, request.purpose(),
				request.legalBasis(), request.warrantReference(), request.offences(), request.factsSummary(), List.of()));

		assertThatThrownBy(() -> generator.render(withArabic)).isInstanceOf(DocumentRenderingException.class)
			.hasRootCauseMessage("No embedded font can draw U+0645 in \"محمد\"; a legal document must not show a "
					+ "placeholder instead of a name");
	}

	@Test
	void drawsAnIdeographicSpaceWithTheChineseFace() {
		DocumentRequest request = fromChina("EXT-CN-2026-000126", new ExtraditionRequest(ZHANG_WEI,
				text("Prosecution", "追究\u3000刑事责任"), text("Reciprocity", "互惠"), "W-1", List.of(),
				text("Facts", "事实"), List.of()));

		assertThat(PdfAssertions.pdfA2bFailures(generator.render(request).bytes())).isEmpty();
	}

	@Test
	void refusesLanguagesItHasNoWordingFor() {
		DocumentRequest request = anExtraditionRequestFromChinaToMyanmar();
		DocumentRequest burmese = new DocumentRequest(new DocumentHeader(
				request.header().documentId(), request.header().caseReference(), request.header().issuing(),
				request.header().receiving(), request.header().issuedAt(), List.of(Locale.ENGLISH, new Locale("my")),
				request.header().signatories()), request.content());

		assertThatIllegalArgumentException().isThrownBy(() -> generator.render(burmese)).withMessageContaining("zh");
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
