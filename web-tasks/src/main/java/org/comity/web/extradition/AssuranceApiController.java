package org.comity.web.extradition;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.comity.core.extradition.Assurance;
import org.comity.core.extradition.ExtraditionAssurances;
import org.comity.core.extradition.ExtraditionSentences;
import org.comity.core.extradition.Sentence;
import org.comity.core.extradition.request.AssuranceRequest;
import org.comity.core.extradition.request.SentenceRequest;
import org.comity.core.idempotency.IdempotencyKeys;
import org.comity.core.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Assurances the requesting state gives because the requested state demanded them, and the sentence
 * later imposed, which must honour them (legal-domain.md §2.4 step 4, §9 item 13, §10 item 7; PRC
 * Extradition Law Art. 50). Both are listed in the case view ({@code GET /api/v1/cases/{id}}, field
 * {@code assurances}) for both states.
 */
@RestController
@Tag(name = "Extradition")
class AssuranceApiController {

    private final ExtraditionAssurances assurances;
    private final ExtraditionSentences sentences;

    AssuranceApiController(ExtraditionAssurances assurances, ExtraditionSentences sentences) {
        this.assurances = assurances;
        this.sentences = sentences;
    }

    @PostMapping(path = "/api/v1/extraditions/{caseId}/assurances", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "giveAssurance",
            summary = "The requesting state's agency or officer records an assurance given: DEATH_PENALTY, "
                    + "SENTENCE (maxTermMonths) or PROSECUTION_LIMIT (offenceIndexes of the request). 201 with the givenThrough "
                    + "and decidingAuthority of DMN AssuranceRouting (China: MFA gives, SPP decides prosecution limits, SPC "
                    + "sentencing); 422 naming the field; 404 for the requested state; Idempotency-Key honoured")
    ResponseEntity<Assurance> give(
            Actor actor,
            @PathVariable String caseId,
            @RequestHeader(IdempotencyKeys.HEADER) String key,
            @RequestBody AssuranceRequest request) {
        Assurance assurance = assurances.give(actor, caseId, key, request);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId)).body(assurance);
    }

    @PostMapping(path = "/api/v1/extraditions/{caseId}/sentence", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "recordSentence",
            summary = "The requesting state's agency or officer records the sentence imposed on the surrendered "
                    + "person (kind TERM with months, LIFE or DEATH; court; imposedOn). 201 if it honours every assurance "
                    + "given; 422 with rule SentenceHonoursAssurance if it breaks one; 409 before the surrender; 404 for the "
                    + "requested state; Idempotency-Key honoured")
    ResponseEntity<Sentence> sentence(
            Actor actor,
            @PathVariable String caseId,
            @RequestHeader(IdempotencyKeys.HEADER) String key,
            @RequestBody SentenceRequest request) {
        Sentence sentence = sentences.record(actor, caseId, key, request);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId)).body(sentence);
    }
}
