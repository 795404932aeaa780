package org.comity.web.repatriation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.idempotency.IdempotencyKeys;
import org.comity.core.idempotency.IdempotentResult;
import org.comity.core.identity.Actor;
import org.comity.core.repatriation.OperationView;
import org.comity.core.repatriation.PersonDirectory;
import org.comity.core.repatriation.PersonSummary;
import org.comity.core.repatriation.RepatriationIntake;
import org.comity.core.repatriation.request.OperationInput;
import org.comity.core.repatriation.request.PersonInput;
import org.comity.web.audit.Consultations;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Joint repatriation operations and their persons (DESIGN.md §7). Persons come as a JSON array or
 * as {@code text/csv} (see {@link PersonCsv} for the columns); either way a batch is all or nothing
 * and errors name {@code persons[i].field}, {@code i} counting from 0.
 */
@RestController
@RequestMapping("/api/v1/repatriations")
@Tag(name = "Repatriations", description = "Joint operations, their persons, transfers and receipts")
class RepatriationApiController {

    private final RepatriationIntake intake;
    private final PersonDirectory directory;

    static final String CONSULTATION_PURPOSE = "Processing of the operation by a competent authority";

    private final Consultations consultations;

    RepatriationApiController(RepatriationIntake intake, PersonDirectory directory, Consultations consultations) {
        this.intake = intake;
        this.directory = directory;
        this.consultations = consultations;
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "openRepatriation",
            summary = "Open a joint operation with 0..n persons (agency or officer of the holding state)")
    ResponseEntity<OperationView> open(
            Actor actor, @RequestBody OperationInput input, @RequestHeader(IdempotencyKeys.HEADER) String key) {
        IdempotentResult result = intake.open(actor, input, key);
        return ResponseEntity.created(URI.create("/api/v1/repatriations/" + result.resourceId()))
                .body(intake.view(actor, result.resourceId()));
    }

    @GetMapping("/{id}")
    @Operation(
            operationId = "getRepatriation",
            summary = "One operation: reference, states, dates, status and number of persons")
    OperationView get(Actor actor, @PathVariable String id) {
        return intake.view(actor, id);
    }

    @GetMapping("/{id}/persons")
    @Operation(
            operationId = "listRepatriationPersons",
            summary =
                    "The operation's persons in registration order; readyForTransfer=true lists only those a transfer may take")
    List<PersonSummary> persons(
            Actor actor,
            @PathVariable String id,
            @RequestParam(defaultValue = "false") boolean readyForTransfer,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        List<PersonSummary> persons = directory.page(actor, id, readyForTransfer, page, size);
        UUID caseId = UUID.fromString(id);
        consultations.record(actor, "person.list", AuditObjectType.OPERATION, id, caseId, CONSULTATION_PURPOSE);
        return persons;
    }

    @PostMapping(path = "/{id}/persons", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "addRepatriationPersons",
            summary = "Add a batch of persons as a JSON array; all or nothing")
    ResponseEntity<PersonsAdded> addJson(
            Actor actor,
            @PathVariable String id,
            @RequestBody List<PersonInput> persons,
            @RequestHeader(IdempotencyKeys.HEADER) String key) {
        return added(id, intake.addPersons(actor, id, persons, key));
    }

    @PostMapping(path = "/{id}/persons", consumes = "text/csv")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "addRepatriationPersons",
            summary = "Add a batch of persons as UTF-8 CSV with the header " + PersonCsv.HEADER + "; all or nothing")
    ResponseEntity<PersonsAdded> addCsv(
            Actor actor,
            @PathVariable String id,
            @RequestBody byte[] csv,
            @RequestHeader(IdempotencyKeys.HEADER) String key) {
        return added(id, intake.addPersons(actor, id, PersonCsv.read(csv), key));
    }

    private static ResponseEntity<PersonsAdded> added(String id, IdempotentResult result) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/repatriations/" + id))
                .body(PersonsAdded.of(id, result));
    }
}
