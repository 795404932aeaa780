package org.comity.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.comity.core.document.DocumentHeader;
import org.comity.core.document.DocumentRenderingException;
import org.comity.core.document.DocumentRequest;
import org.comity.core.document.LegalDocumentGenerator;
import org.comity.core.document.RenderedDocument;
import org.comity.documents.fonts.DocumentFonts;
import org.comity.documents.fonts.FontLibrary;
import org.comity.documents.integrity.ContentDigest;
import org.comity.documents.layout.DocumentComposer;
import org.comity.documents.layout.PageFurniture;
import org.comity.documents.pdfa.PdfA2b;
import org.comity.documents.templates.Frame;
import org.comity.documents.templates.Templates;
import org.springframework.stereotype.Component;

/**
 * Renders Comity's legal documents as bilingual (English and Simplified Chinese) PDF/A-2b files
 * with PDFBox. Each call builds its own {@link PDDocument} and borrows its own parsed fonts, so the
 * generator is safe to call from several threads; font files, glyph metrics and Burmese shaping are
 * shared.
 */
@Component
public class PdfLegalDocumentGenerator implements LegalDocumentGenerator {

	/** The marking on every page of a document the issuing state asked to keep confidential. */
	static final String CONFIDENTIAL = "CONFIDENTIAL / 机密 — UNTOC Art. 18(20)";

	/** The marking on every page of a preview rendered for a reviewer, never of an issued document. */
	static final String DRAFT = "DRAFT — NOT ISSUED / 草稿 — 未签发";

	private final FontLibrary fonts;

	public PdfLegalDocumentGenerator() {
		this.fonts = FontLibrary.shared();
	}

	@Override
	public RenderedDocument render(DocumentRequest request) {
		return render(request, false);
	}

	@Override
	public RenderedDocument preview(DocumentRequest request) {
		return render(request, true);
	}

	private RenderedDocument render(DocumentRequest request, boolean draft) {
		List<Locale> languages = SupportedLanguages.check(request.header().languages());
		ContentDigest digest = ContentDigest.of(request, Templates.VERSION);
		try (PDDocument document = new PDDocument(); DocumentFonts documentFonts = new DocumentFonts(document, fonts)) {
			DocumentComposer composer = new DocumentComposer(document, documentFonts, furniture(request, digest, draft));
			Frame.write(request, digest, composer);
			composer.finish();
			PdfA2b.apply(document, new PdfA2b.Description(Frame.title(request.type()),
					GregorianCalendar.from(request.header().issuedAt()), digest.qrPayload(),
					languages.stream().map(Locale::toLanguageTag).toList()), digest.fileId());
			ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
			document.save(out);
			byte[] bytes = out.toByteArray();
			return new RenderedDocument(request.type(), bytes, sha256(bytes), document.getNumberOfPages(), languages,
					Templates.VERSION, digest.verificationCode());
		}
		catch (IOException | RuntimeException ex) {
			throw new DocumentRenderingException("Cannot render " + request.type() + " for case "
					+ request.header().caseReference(), ex);
		}
	}

	private static PageFurniture furniture(DocumentRequest request, ContentDigest digest, boolean draft) {
		DocumentHeader header = request.header();
		String confidential = request.content().confidential() ? CONFIDENTIAL : null;
		String marking = !draft ? confidential : confidential == null ? DRAFT : DRAFT + " · " + CONFIDENTIAL;
		return new PageFurniture(header.issuing().englishName(), header.issuing().localName(),
				header.receiving().englishName(), header.receiving().localName(), header.caseReference(),
				header.documentId().toString(), digest.verificationCode(), digest.qrPayload(),
				marking);
	}

	private static String sha256(byte[] bytes) throws IOException {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IOException(ex);
		}
	}

}
