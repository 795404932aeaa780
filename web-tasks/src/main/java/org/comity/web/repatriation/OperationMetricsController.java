package org.comity.web.repatriation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.comity.core.identity.Actor;
import org.comity.core.repatriation.OperationFigures;
import org.comity.core.repatriation.OperationMetrics;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An operation's live figures, for its two states and auditors; anyone else gets 404. */
@RestController
@Tag(name = "Repatriations")
class OperationMetricsController {

    private final OperationFigures figures;

    OperationMetricsController(OperationFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/api/v1/operations/{id}/metrics")
    @Operation(
            operationId = "getOperationMetrics",
            summary = "Suspects repatriated, duration, call centres raided, regions covered, persons per stage")
    OperationMetrics metrics(Actor actor, @PathVariable String id) {
        return figures.of(actor, id);
    }
}
