package org.comity.web.repatriation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.identity.Actor;
import org.comity.core.routeconflict.RouteConflictView;
import org.comity.core.routeconflict.RouteConflicts;
import org.comity.web.audit.Consultations;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The route conflicts of an operation (legal-domain.md §10 item 22): persons also sought by a
 * pending extradition request, held back until the holding state's supervisor decides the route in
 * the task {@code Task_DecideRoute}. The read is logged as a consultation.
 */
@RestController
@Tag(name = "Repatriations")
class RouteConflictApiController {

    private final RouteConflicts conflicts;
    private final Consultations consultations;

    RouteConflictApiController(RouteConflicts conflicts, Consultations consultations) {
        this.conflicts = conflicts;
        this.consultations = consultations;
    }

    @GetMapping("/api/v1/repatriations/{id}/route-conflicts")
    @Operation(
            operationId = "listRouteConflicts",
            summary = "Persons of the operation also sought by a pending extradition request to the holding state: "
                    + "the extradition case, whether the person is held back (OPEN) and the route decided with reasons; "
                    + "holding state and auditors only (403 for the receiving state)")
    List<RouteConflictView> list(Actor actor, @PathVariable String id) {
        List<RouteConflictView> found = conflicts.list(actor, id);
        consultations.record(
                actor,
                "route.list",
                AuditObjectType.OPERATION,
                id,
                UUID.fromString(id),
                RepatriationApiController.CONSULTATION_PURPOSE);
        return found;
    }
}
