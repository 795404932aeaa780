package org.comity.web.extradition;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Locale;
import org.comity.core.casefile.CaseFile;
import org.comity.core.extradition.ExtraditionSubmissions;
import org.comity.core.extradition.WindowExtensions;
import org.comity.core.extradition.request.ExtensionRequest;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.idempotency.IdempotencyKeys;
import org.comity.core.identity.Actor;
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

/** {@code POST /api/v1/extraditions} (DESIGN.md §7). */
@RestController
@Tag(name = "Extradition", description = "Submit extradition requests")
class ExtraditionApiController {

    private final ExtraditionSubmissions intake;
    private final WindowExtensions extensions;

    ExtraditionApiController(ExtraditionSubmissions intake, WindowExtensions extensions) {
        this.intake = intake;
        this.extensions = extensions;
    }

    @PostMapping("/api/v1/extraditions/{caseId}/provisional-arrest/extension")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "extendProvisionalArrest",
            summary = "The requesting state asks for the single extension of the provisional-arrest window; "
                    + "422 if already extended, expired or not allowed by the legal basis; 409 if no such window runs")
    void extendProvisionalArrest(
            Actor actor, @PathVariable String caseId, @RequestBody(required = false) ExtensionRequest body) {
        extensions.request(actor, caseId, WindowExtensions.Window.PROVISIONAL_ARREST, body);
    }

    @PostMapping("/api/v1/extraditions/{caseId}/supplementary-information/extension")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "extendSupplementaryInformation",
            summary = "The requesting state asks for the single extension of the supplementary-information window")
    void extendSupplementaryInformation(
            Actor actor, @PathVariable String caseId, @RequestBody(required = false) ExtensionRequest body) {
        extensions.request(actor, caseId, WindowExtensions.Window.SUPPLEMENTARY_INFORMATION, body);
    }

    @PostMapping("/api/v1/extraditions/{caseId}/surrender/extension")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "extendSurrender",
            summary = "The requesting state, prevented by causes beyond its control, asks for the single "
                    + "extension of the period to take the person over (body: {cause}); 422 without a cause, for a second or "
                    + "late extension or where the legal basis allows none; 409 if no surrender is awaited")
    void extendSurrender(
            Actor actor, @PathVariable String caseId, @RequestBody(required = false) ExtensionRequest body) {
        extensions.request(actor, caseId, WindowExtensions.Window.SURRENDER, body);
    }

    @PutMapping("/api/v1/extraditions/{caseId}/request")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "amendExtraditionRequest",
            summary = "An officer of the requesting state corrects a returned request (the whole request, as "
                    + "submitted): 204; 422 names every invalid field and stores nothing; 409 unless the request is waiting "
                    + "to be corrected; the earlier version is kept and shown to the reviewer as what changed")
    void amend(Actor actor, @PathVariable String caseId, @RequestBody ExtraditionRequest request, Locale locale) {
        intake.amend(actor, caseId, request, locale);
    }

    @PostMapping("/api/v1/extraditions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "submitExtradition",
            summary = "Submit an extradition request: 201 with the case; 422 names every invalid field and "
                    + "stores nothing; a repeat with the same Idempotency-Key and body returns the first case")
    ResponseEntity<CaseCreated> submit(
            Actor actor,
            @RequestHeader(IdempotencyKeys.HEADER) String idempotencyKey,
            @RequestBody ExtraditionRequest request,
            Locale locale) {
        CaseFile caseFile =
                intake.submit(actor, idempotencyKey, request, locale).caseFile();
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/cases/" + caseFile.id()))
                .body(CaseCreated.of(caseFile));
    }
}
