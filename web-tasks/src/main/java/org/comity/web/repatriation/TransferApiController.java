package org.comity.web.repatriation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.comity.core.idempotency.IdempotencyKeys;
import org.comity.core.identity.Actor;
import org.comity.core.repatriation.HandoverReceipts;
import org.comity.core.repatriation.Transfer;
import org.comity.core.repatriation.TransferPlanning;
import org.comity.core.repatriation.request.ReceiptInput;
import org.comity.core.repatriation.request.TransferInput;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Transfers of an operation: planned by the holding supervisor, received by the receiving officer. */
@RestController
@RequestMapping("/api/v1/repatriations/{id}/transfers")
@Tag(name = "Repatriations")
class TransferApiController {

    private final TransferPlanning planning;
    private final HandoverReceipts receipts;

    TransferApiController(TransferPlanning planning, HandoverReceipts receipts) {
        this.planning = planning;
        this.receipts = receipts;
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "planTransfer",
            summary = "Plan a transfer of ready persons (holding-state supervisor); starts its handover process")
    ResponseEntity<Transfer> plan(
            Actor actor,
            @PathVariable String id,
            @RequestBody TransferInput input,
            @RequestHeader(IdempotencyKeys.HEADER) String key) {
        String transferId = planning.plan(actor, id, input, key).resourceId();
        return ResponseEntity.created(URI.create("/api/v1/repatriations/" + id + "/transfers/" + transferId))
                .body(planning.transfer(actor, id, transferId));
    }

    @GetMapping("/{transferId}")
    @Operation(operationId = "getTransfer", summary = "One transfer with its manifest (person ids) and status")
    Transfer get(Actor actor, @PathVariable String id, @PathVariable String transferId) {
        return planning.transfer(actor, id, transferId);
    }

    @PostMapping(path = "/{transferId}/receipt", consumes = "application/json")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "recordReceipt",
            summary = "Acknowledge receipt (receiving officer): received count, and each person not received")
    void receipt(
            Actor actor, @PathVariable String id, @PathVariable String transferId, @RequestBody ReceiptInput input) {
        receipts.acknowledge(actor, id, transferId, input);
    }
}
