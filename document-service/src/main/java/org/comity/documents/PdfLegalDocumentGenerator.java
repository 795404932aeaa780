package org.comity.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.comity.core.document.DocumentHeader;
import org.comity.core.document.DocumentRenderingException;
import org.comity.core.document.DocumentRequest;
import org.comity.core.document.LegalDocumentGenerator;
import org.comity.core.document.RenderedDocument;
import org.comity.documents.fonts.DocumentFonts;
import org.comity.documents.fonts.FontLibrary;
import org.comity.documents.integrity.ContentDigest;
import org.comity.documents.integrity.VerificationAddress;
import org.comity.documents.layout.DocumentComposer;
import org.comity.documents.layout.PageFurniture;
import org.comity.documents.pdfa.PdfA2b;
import org.comity.documents.templates.Frame;
import org.comity.documents.templates.Templates;
import org.comity.documents.wording.DocumentBundles;
import org.comity.documents.wording.Words;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Renders Comity's legal documents as PDF/A-2b files with PDFBox, in English and the languages of
 * the states involved that have wording bundles ({@link DocumentBundles}). Each call builds its own {@link PDDocument} and borrows its own parsed fonts, so the
 * generator is safe to call from several threads; font files, glyph metrics and Burmese shaping are
 * shared.
 */
@Component
public class PdfLegalDocumentGenerator implements LegalDocumentGenerator {

    /** Where a document's QR code points when no public address is configured: a local installation. */
    public static final String LOCAL_BASE_URL = "http://localhost:8080";

    private final FontLibrary fonts;

    private final VerificationAddress addresses;

    public PdfLegalDocumentGenerator() {
        this(LOCAL_BASE_URL);
    }

    /**
     * @param publicBaseUrl the installation's public address, under which the verification page of
     * every document is printed and encoded in its QR code
     */
    @Autowired
    public PdfLegalDocumentGenerator(@Value("${comity.public-base-url:" + LOCAL_BASE_URL + "}") String publicBaseUrl) {
        this.fonts = FontLibrary.shared();
        this.addresses = new VerificationAddress(publicBaseUrl);
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
        List<Locale> languages = DocumentBundles.printable(request.header().languages());
        Words words = new Words(languages);
        ContentDigest digest = ContentDigest.of(request, Templates.VERSION);
        try {
            Layout layout = layOut(request, digest, words, draft, OptionalInt.empty());
            if (layout.keepWithPrevious().isPresent()) {
                layout = layOut(request, digest, words, draft, layout.keepWithPrevious());
            }
            return new RenderedDocument(
                    request.type(),
                    layout.bytes(),
                    sha256(layout.bytes()),
                    layout.pages(),
                    languages,
                    Templates.VERSION,
                    digest.verificationCode(),
                    digest.hex(),
                    Frame.issuedBy(request.header(), words));
        } catch (IOException | RuntimeException ex) {
            throw new DocumentRenderingException(
                    "Cannot render " + request.type() + " for case "
                            + request.header().caseReference(),
                    ex);
        }
    }

    /**
     * One layout of the document. When the closing would not share a page with the body, the first
     * layout stops there and names the page break a second layout needs; it is not saved.
     */
    private Layout layOut(
            DocumentRequest request, ContentDigest digest, Words words, boolean draft, OptionalInt breakBefore)
            throws IOException {
        String address = addresses.of(digest);
        try (PDDocument document = new PDDocument();
                DocumentFonts documentFonts = new DocumentFonts(document, fonts)) {
            DocumentComposer composer = new DocumentComposer(
                    document, documentFonts, furniture(request, digest, address, draft, words), words);
            breakBefore.ifPresent(composer::breakBefore);
            Frame.write(request, digest, address, composer, words);
            if (composer.keepWithPrevious().isPresent()) {
                composer.close();
                return new Layout(null, 0, composer.keepWithPrevious());
            }
            composer.finish();
            PdfA2b.apply(
                    document,
                    new PdfA2b.Description(
                            Frame.title(request.type(), words),
                            GregorianCalendar.from(request.header().issuedAt()),
                            digest.qrPayload(),
                            words.languages().stream()
                                    .map(Locale::toLanguageTag)
                                    .toList()),
                    digest.fileId());
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return new Layout(out.toByteArray(), document.getNumberOfPages(), OptionalInt.empty());
        }
    }

    private record Layout(byte[] bytes, int pages, OptionalInt keepWithPrevious) {}

    /** The marking on every page of a document the issuing state asked to keep confidential. */
    static String confidential(Words words) {
        return words.inline("marking.confidential") + " — UNTOC Art. 18(20)";
    }

    private static PageFurniture furniture(
            DocumentRequest request, ContentDigest digest, String address, boolean draft, Words words) {
        DocumentHeader header = request.header();
        String confidential = request.content().confidential() ? confidential(words) : null;
        String marking = !draft
                ? confidential
                : confidential == null
                        ? words.inline("marking.draft")
                        : words.inline("marking.draft") + " · " + confidential;
        return new PageFurniture(
                header.issuing().englishName(),
                header.issuing().localName(),
                header.receiving().englishName(),
                header.receiving().localName(),
                header.caseReference(),
                header.documentId().toString(),
                digest.verificationCode(),
                address,
                marking);
    }

    private static String sha256(byte[] bytes) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException ex) {
            throw new IOException(ex);
        }
    }
}
