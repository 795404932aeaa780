package org.comity.web.extradition;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.comity.core.extradition.SpecialityProceedings;
import org.comity.core.extradition.SpecialityView;
import org.comity.core.extradition.request.ConsentDecision;
import org.comity.core.extradition.request.ProceedingRequest;
import org.comity.core.idempotency.IdempotencyKeys;
import org.comity.core.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The speciality register of a surrendered person (legal-domain.md §9 item 12): later proceedings
 * for other pre-surrender offences and the requested state's consent. The register itself is part
 * of the case view ({@code GET /api/v1/cases/{id}}, field {@code speciality}).
 */
@RestController
@RequestMapping("/api/v1/extraditions/{caseId}/speciality/proceedings")
@Tag(name = "Extradition")
class SpecialityApiController {

    private final SpecialityProceedings register;

    SpecialityApiController(SpecialityProceedings register) {
        this.register = register;
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "recordSpecialityProceeding",
            summary = "The requesting state records a proceeding for an offence committed before the surrender and "
                    + "not granted, with its basis: CONSENT (asks the requested state), STAYED_AFTER_DISCHARGE (dischargedOn, "
                    + "stillPresentOn after the window to leave) or RETURNED_VOLUNTARILY (leftOn, returnedOn). 201; 422 when "
                    + "speciality bars it; 409 before the surrender; Idempotency-Key honoured")
    ResponseEntity<SpecialityView.Proceeding> record(
            Actor actor,
            @PathVariable String caseId,
            @RequestHeader(IdempotencyKeys.HEADER) String key,
            @RequestBody ProceedingRequest request) {
        SpecialityView.Proceeding proceeding = register.recordProceeding(actor, caseId, key, request);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId)).body(proceeding);
    }

    @PostMapping(path = "/{proceedingId}/consent", consumes = "application/json")
    @Operation(
            operationId = "decideSpecialityConsent",
            summary = "A supervisor of the requested state gives or refuses consent, with reasons; 409 unless "
                    + "consent is awaited")
    SpecialityView.Proceeding consent(
            Actor actor,
            @PathVariable String caseId,
            @PathVariable String proceedingId,
            @RequestBody ConsentDecision decision) {
        return register.decideConsent(actor, caseId, proceedingId, decision);
    }
}
