package org.comity.web.callback;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.comity.core.callback.CallbackDeliveries;
import org.comity.core.callback.CallbackRegistration;
import org.comity.core.callback.Callbacks;
import org.comity.core.idempotency.IdempotencyKeys;
import org.comity.core.identity.Actor;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An agency's own status callback: where Comity POSTs the status events of the cases it created, the
 * secret that signs them, and the log of every delivery attempt. People get 403 (they follow cases in
 * the tasklist); an agency only ever sees its own.
 */
@RestController
@RequestMapping("/api/v1/callback")
@Tag(name = "Callbacks", description = "Status events of an agency's cases, POSTed to its address and signed")
class CallbackApiController {

    private static final String PATH = "/api/v1/callback";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM = "#/components/schemas/Problem";

    private final Callbacks callbacks;
    private final CallbackDeliveries deliveries;

    CallbackApiController(Callbacks callbacks, CallbackDeliveries deliveries) {
        this.callbacks = callbacks;
        this.deliveries = deliveries;
    }

    @PutMapping(consumes = "application/json")
    @Operation(
            operationId = "registerCallback",
            summary = "Register (201, with the signing secret, shown only now) "
                    + "or change (200, the secret unchanged) the agency's callback address; 400 naming url when it is not "
                    + "an absolute https URL without credentials or fragment (nothing stored); agencies only")
    @ApiResponse(
            responseCode = "200",
            description = "The address changed; the secret stays",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = CallbackRegistration.class)))
    @ApiResponse(
            responseCode = "201",
            description = "Registered; the answer carries the signing secret, once",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = CallbackRegistration.class)))
    ResponseEntity<CallbackRegistration> register(Actor actor, @RequestBody CallbackRequest request) {
        Callbacks.Registered registered = callbacks.register(actor, request == null ? null : request.url());
        return registered.created()
                ? ResponseEntity.created(URI.create(PATH)).body(registered.registration())
                : ResponseEntity.ok(registered.registration());
    }

    @GetMapping
    @Operation(operationId = "getCallback", summary = "The agency's callback (without its secret); 404 if none")
    @ApiResponse(
            responseCode = "200",
            description = "The agency's callback",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = CallbackRegistration.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No callback registered",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    CallbackRegistration get(Actor actor) {
        return callbacks.find(actor);
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "removeCallback",
            summary = "Remove the agency's callback: no further events; those not "
                    + "yet delivered are given up at their next attempt; 404 if none")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(
            responseCode = "404",
            description = "No callback registered",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    void remove(Actor actor) {
        callbacks.remove(actor);
    }

    @PostMapping("/secret")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "rotateCallbackSecret",
            summary = "Issue a new signing secret (shown only in this "
                    + "answer); the previous one signs beside it until previousSecretValidUntil (24 hours by default). A "
                    + "repeat with the same Idempotency-Key returns the same secret; 404 if no callback is registered")
    @ApiResponse(
            responseCode = "201",
            description = "The new secret, shown only now",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = CallbackRegistration.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No callback registered",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    CallbackRegistration rotate(Actor actor, @RequestHeader(IdempotencyKeys.HEADER) String key) {
        return callbacks.rotateSecret(actor, key);
    }

    @GetMapping("/deliveries")
    @Operation(
            operationId = "listCallbackDeliveries",
            summary = "The agency's delivery attempts, newest first: the "
                    + "event as sent, attempt number, time, outcome (DELIVERED, RETRY, GAVE_UP), the receiver's HTTP status "
                    + "or the error, and the next attempt; 422 for bad paging")
    @ApiResponse(
            responseCode = "200",
            description = "One page of the log",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = CallbackDeliveries.DeliveryPage.class)))
    @ApiResponse(
            responseCode = "422",
            description = "page below 0 or size outside 1 to 100",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    CallbackDeliveries.DeliveryPage deliveries(
            Actor actor, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        List<FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new FieldError("page", "Min", "must be 0 or more"));
        }
        if (size < 1 || size > 100) {
            errors.add(new FieldError("size", "Range", "must be between 1 and 100"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return deliveries.page(actor, page, size);
    }
}
