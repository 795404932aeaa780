package org.comity.web.incident;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.identity.Actor;
import org.comity.core.incident.CaseIncident;
import org.comity.core.incident.CaseIncidents;
import org.comity.core.incident.IncidentPage;
import org.comity.core.incident.IncidentRetry;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operators' view of failed jobs: supervisors list their state's incidents and retry them once the
 * cause is fixed; auditors list all. An incident of the other state's process is 404, like a case the
 * caller may not see.
 */
@RestController
@RequestMapping("/api/v1/incidents")
@Tag(name = "Incidents", description = "Failed jobs of cases' processes, and running them again")
class IncidentApiController {

    /** Which incidents a listing shows. */
    enum StateFilter {
        OPEN,
        ALL
    }

    private final CaseIncidents incidents;
    private final IncidentRetry retry;
    private final CaseFiles cases;

    IncidentApiController(CaseIncidents incidents, IncidentRetry retry, CaseFiles cases) {
        this.incidents = incidents;
        this.retry = retry;
        this.cases = cases;
    }

    @GetMapping
    @Operation(
            operationId = "listIncidents",
            summary =
                    "Incidents of the caller's state's steps (all for an auditor), newest first; supervisors and auditors")
    IncidentPage list(
            Actor actor,
            @RequestParam(required = false) String caseId,
            @RequestParam(defaultValue = "ALL") StateFilter state,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
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
        String visibleCase = caseId == null || caseId.isBlank()
                ? null
                : cases.visible(actor, caseId.strip()).id().toString();
        return incidents.page(actor, visibleCase, state == StateFilter.OPEN, page, size);
    }

    @PostMapping("/{id}/retry")
    @Operation(
            operationId = "retryIncident",
            summary =
                    "Run the failed job again (once its cause is fixed); supervisor of the state whose step failed; 409 if no longer open")
    CaseIncident retry(Actor actor, @PathVariable String id) {
        return retry.retry(actor, id);
    }
}
