package org.comity.web.document;

import java.util.Base64;
import java.util.HexFormat;
import org.comity.core.archive.DocumentArchive;
import org.comity.core.archive.StoredDocument;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.failure.NotVisibleException;
import org.comity.core.identity.Actor;
import org.comity.core.validation.Uuids;
import org.comity.web.audit.Consultations;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Hands out an issued document's PDF bytes, for the API and the tasklist alike: only to those who
 * see its case ({@link org.comity.core.casefile.CaseVisibility}; anyone else: 404, as for an unknown
 * id, and the refusal audited), each read logged as a
 * consultation before the bytes leave, and the SHA-256 stored at issue in the response headers so
 * that a recipient can check the file.
 */
@Component
public class DocumentDownloads {

    /** The header with the hex SHA-256 of the PDF bytes as stored at issue. */
    public static final String SHA256_HEADER = "X-Content-SHA256";

    public static final String DEFAULT_PURPOSE = "Processing of the case by a competent authority";

    private final DocumentArchive archive;
    private final CaseFiles cases;
    private final Consultations consultations;

    DocumentDownloads(DocumentArchive archive, CaseFiles cases, Consultations consultations) {
        this.archive = archive;
        this.cases = cases;
        this.consultations = consultations;
    }

    /** The PDF as an attachment named after the case reference and document type. */
    public ResponseEntity<byte[]> download(Actor actor, String id, String purpose) {
        StoredDocument document =
                Uuids.parse(id).flatMap(archive::find).orElseThrow(() -> new NotVisibleException("Document", id));
        CaseFile file = cases.visibleFor(actor, document.caseId(), AuditObjectType.DOCUMENT, id);
        consultations.record(
                actor,
                "document.read",
                AuditObjectType.DOCUMENT,
                id,
                file.id(),
                purpose == null || purpose.isBlank() ? DEFAULT_PURPOSE : purpose.strip());
        byte[] bytes = archive.content(document.id());
        String filename =
                file.reference() + "-" + document.type().name().toLowerCase().replace('_', '-') + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .header(SHA256_HEADER, document.sha256())
                .header(
                        "Repr-Digest",
                        "sha-256=:"
                                + Base64.getEncoder()
                                        .encodeToString(HexFormat.of().parseHex(document.sha256())) + ":")
                .eTag("\"" + document.sha256() + "\"")
                .body(bytes);
    }
}
