package org.comity.web.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.comity.core.archive.DocumentArchive;
import org.comity.core.archive.StoredDocument;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.identity.Actor;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
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

    static final String PURPOSE_HEADER = "X-Comity-Purpose";

    private final DocumentArchive archive;
    private final CaseFiles cases;
    private final DocumentDownloads downloads;

    DocumentApiController(DocumentArchive archive, CaseFiles cases, DocumentDownloads downloads) {
        this.archive = archive;
        this.cases = cases;
        this.downloads = downloads;
    }

    @GetMapping("/api/v1/cases/{caseId}/documents")
    @Operation(
            operationId = "listCaseDocuments",
            summary = "The documents issued for a case: type, languages, size, SHA-256, pages, issuer, time")
    List<StoredDocument> list(Actor actor, @PathVariable String caseId) {
        CaseFile file = cases.visible(actor, caseId);
        return archive.listFor(file.id());
    }

    @GetMapping("/api/v1/documents/{id}")
    @Operation(
            operationId = "downloadDocument",
            summary = "The PDF bytes; the SHA-256 is in X-Content-SHA256 and Repr-Digest",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "The document as issued (PDF/A-2b)",
                            content =
                                    @Content(
                                            mediaType = "application/pdf",
                                            schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> download(
            Actor actor,
            @PathVariable String id,
            @RequestHeader(name = PURPOSE_HEADER, required = false) String purpose) {
        if (purpose != null && purpose.length() > 1000) {
            throw new InvalidInputException(
                    List.of(new FieldError(PURPOSE_HEADER, "Size", "must be at most 1000 characters")));
        }
        return downloads.download(actor, id, purpose);
    }
}
