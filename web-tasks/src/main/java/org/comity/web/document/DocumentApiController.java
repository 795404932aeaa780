package org.comity.web.document;

import org.comity.core.validation.Uuids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.comity.core.archive.DocumentArchive;
import org.comity.core.archive.StoredDocument;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.failure.NotVisibleException;
import org.comity.core.identity.Actor;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.comity.web.audit.Consultations;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's issued documents and their PDF bytes, for the parties of the case and auditors. The
 * SHA-256 stored at issue travels in the response headers so that a recipient can check the file.
 */
@RestController
@Tag(name = "Documents", description = "Issued legal documents of a case, with their SHA-256")
class DocumentApiController {

    /** The header with the hex SHA-256 of the PDF bytes as stored at issue. */
    static final String SHA256_HEADER = "X-Content-SHA256";
    static final String PURPOSE_HEADER = "X-Comity-Purpose";
    static final String DEFAULT_PURPOSE = "Processing of the case by a competent authority";

    private final DocumentArchive archive;
    private final CaseFiles cases;
    private final Consultations consultations;

    DocumentApiController(DocumentArchive archive, CaseFiles cases, Consultations consultations) {
        this.archive = archive;
        this.cases = cases;
        this.consultations = consultations;
    }

    @GetMapping("/api/v1/cases/{caseId}/documents")
    @Operation(summary = "The documents issued for a case: type, languages, size, SHA-256, pages, issuer, time")
    List<StoredDocument> list(Actor actor, @PathVariable String caseId) {
        CaseFile file = cases.visible(actor, caseId);
        return archive.listFor(file.id());
    }

    @GetMapping("/api/v1/documents/{id}")
    @Operation(summary = "The PDF bytes; the SHA-256 is in X-Content-SHA256 and Repr-Digest")
    ResponseEntity<byte[]> download(Actor actor, @PathVariable String id,
            @RequestHeader(name = PURPOSE_HEADER, required = false) String purpose) {
        if (purpose != null && purpose.length() > 1000) {
            throw new InvalidInputException(List.of(new FieldError(PURPOSE_HEADER, "Size", "must be at most 1000 characters")));
        }
        StoredDocument document = Uuids.parse(id).flatMap(archive::find)
                .orElseThrow(() -> new NotVisibleException("Document", id));
        CaseFile file = cases.find(document.caseId()).filter(c -> c.isVisibleTo(actor))
                .orElseThrow(() -> new NotVisibleException("Document", id));
        consultations.record(actor, "document.read", AuditObjectType.DOCUMENT, id, file.id(),
                purpose == null || purpose.isBlank() ? DEFAULT_PURPOSE : purpose.strip());
        byte[] bytes = archive.content(document.id());
        String filename = file.reference() + "-" + document.type().name().toLowerCase().replace('_', '-') + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .header(SHA256_HEADER, document.sha256())
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(document.sha256())) + ":")
                .eTag("\"" + document.sha256() + "\"")
                .body(bytes);
    }
}
