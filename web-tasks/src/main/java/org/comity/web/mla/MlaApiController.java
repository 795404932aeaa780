package org.comity.web.mla;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Locale;
import org.comity.core.casefile.CaseFile;
import org.comity.core.idempotency.IdempotencyKeys;
import org.comity.core.identity.Actor;
import org.comity.core.mla.MlaIntake;
import org.comity.core.mla.request.MlaRequest;
import org.comity.web.casefile.CaseCreated;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/mla-requests} (DESIGN.md §7) and the correction of a returned request,
 * {@code PUT /api/v1/mla-requests/{caseId}/request}.
 */
@RestController
@Tag(name = "Mutual legal assistance", description = "Submit requests for mutual legal assistance")
class MlaApiController {

    private final MlaIntake intake;

    MlaApiController(MlaIntake intake) {
        this.intake = intake;
    }

    @PutMapping("/api/v1/mla-requests/{caseId}/request")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "amendMlaRequest",
            summary = "An officer of the requesting state corrects a returned request "
                    + "for mutual legal assistance (the whole request, as submitted): 204; 422 names every invalid field and "
                    + "stores nothing; 409 unless the request is waiting to be corrected; 404 for the requested state; the "
                    + "earlier version is kept and shown to the reviewer as what changed")
    void amend(Actor actor, @PathVariable String caseId, @RequestBody MlaRequest request, Locale locale) {
        intake.amend(actor, caseId, request, locale);
    }

    @PostMapping("/api/v1/mla-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "submitMlaRequest",
            summary = "Submit a request for mutual legal assistance: 201 with the case (follow it at "
                    + "/api/v1/cases/{id}); 422 names every invalid field and stores nothing; 403 unless an agency or officer "
                    + "of the requesting state; a repeat with the same Idempotency-Key and body returns the first case")
    ResponseEntity<CaseCreated> submit(
            Actor actor,
            @RequestHeader(IdempotencyKeys.HEADER) String idempotencyKey,
            @RequestBody MlaRequest request,
            Locale locale) {
        CaseFile caseFile =
                intake.submit(actor, idempotencyKey, request, locale).caseFile();
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/cases/" + caseFile.id()))
                .body(CaseCreated.of(caseFile));
    }
}
