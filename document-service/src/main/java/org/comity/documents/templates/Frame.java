package org.comity.documents.templates;

import java.util.ArrayList;
import java.util.List;
import org.comity.core.document.DocumentHeader;
import org.comity.core.document.DocumentRequest;
import org.comity.core.document.DocumentType;
import org.comity.core.document.Signatory;
import org.comity.documents.integrity.ContentDigest;
import org.comity.documents.layout.DocumentComposer;
import org.comity.documents.layout.Signature;
import org.comity.documents.layout.Verification;
import org.comity.documents.wording.Words;

/**
 * What every document has around its body: the title and the parties and date at the top, the
 * signatures and the verification block at the end.
 */
public final class Frame {

    private Frame() {}

    /**
     * Writes a whole document: opening, the type's body, and the closing (signatures and
     * verification, kept on the page with the body's last lines).
     *
     * @param address the public verification page for this document, which the QR code encodes
     */
    public static void write(
            DocumentRequest request, ContentDigest digest, String address, DocumentComposer composer, Words words) {
        opening(request.header(), request.type(), composer, words);
        Templates.writeBody(request.content(), composer, words);
        composer.closing(
                signatures(request.header(), words),
                new Verification(
                        digest.documentId().toString(),
                        digest.verificationCode(),
                        digest.hex(),
                        address,
                        String.join(" ", words.each("verification.instructions", Templates.VERSION))));
    }

    /** The document's title in its languages, on one line (the PDF/A metadata title). */
    public static String title(DocumentType type, Words words) {
        return words.inline("title." + type.name());
    }

    /** The authority a document is issued by, as its first signature block prints it, else the issuing state. */
    public static String issuedBy(DocumentHeader header, Words words) {
        return header.signatories().stream()
                .findFirst()
                .map(s -> words.inline(s.authority()))
                .orElse(header.issuing().englishName() + " / "
                        + header.issuing().localName());
    }

    private static void opening(DocumentHeader header, DocumentType type, DocumentComposer composer, Words words) {
        composer.title(words.each("title." + type.name()));
        composer.field(words.inline("label.case-reference"), header.caseReference());
        composer.field(words.inline("label.issued-at"), Wording.dateTime(header.issuedAt()));
        composer.field(
                words.inline("label.issuing-state"),
                header.issuing().englishName() + " (" + header.issuing().code() + ")\n"
                        + header.issuing().localName());
        composer.field(
                words.inline("label.addressed-to"),
                header.receiving().englishName() + " (" + header.receiving().code() + ")\n"
                        + header.receiving().localName());
    }

    private static List<Signature> signatures(DocumentHeader header, Words words) {
        List<Signature> signatures = new ArrayList<>();
        for (Signatory signatory : header.signatories()) {
            signatures.add(new Signature(
                    words.inline(signatory.act()),
                    signatory.name() == null ? null : Wording.name(signatory.name()),
                    signatory.title() == null ? null : words.inline(signatory.title()),
                    words.inline(signatory.authority()),
                    signatory.place() == null ? null : words.inline(signatory.place()),
                    Wording.date(
                            words, signatory.date() == null ? header.issuedAt().toLocalDate() : signatory.date())));
        }
        return signatures;
    }
}
