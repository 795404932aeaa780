package org.comity.web.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.casefile.CaseType;
import org.comity.core.casefile.CaseViews;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;
import org.comity.core.incident.CaseIncidents;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.comity.web.audit.Consultations;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/cases/{id}} and {@code GET /api/v1/cases} for the parties of a case and auditors. */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "Follow cases: stage on each side, open tasks, deadlines, documents")
class CaseApiController {

    private final CaseFiles cases;
    private final CaseViews views;
    private final CaseList list;
    private final Consultations consultations;
    private final CaseIncidents incidents;

    CaseApiController(
            CaseFiles cases, CaseViews views, CaseList list, Consultations consultations, CaseIncidents incidents) {
        this.incidents = incidents;
        this.cases = cases;
        this.views = views;
        this.list = list;
        this.consultations = consultations;
    }

    @GetMapping("/{id}")
    @Operation(
            operationId = "getCase",
            summary = "One case as far as the caller may see it; 404 if the caller's state is not a party or the "
                    + "case has not been transmitted to it yet (the refusal is logged as case.read.denied). The other party "
                    + "sees the messages, documents and decisions exchanged, never this state's stages, tasks, users or "
                    + "process ids. The read is logged as a consultation")
    CaseView get(
            Actor actor,
            @PathVariable String id,
            @RequestParam(defaultValue = CaseViews.DEFAULT_PURPOSE) String purpose) {
        CaseFile file = cases.visible(actor, id);
        consultations.record(actor, "case.read", AuditObjectType.CASE, id, file.id(), purpose);
        return CaseView.of(views.of(actor, file), incidents.of(actor, file));
    }

    @GetMapping
    @Operation(
            operationId = "listCases",
            summary =
                    "The cases the caller's state opened or received (all for an auditor), newest first; reference= finds a part of the reference")
    CaseList.Page list(
            Actor actor,
            @RequestParam(required = false) CaseType type,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String reference,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (!actor.role().worksOnTasks() && actor.role() != Role.AGENCY && actor.role() != Role.AUDITOR) {
            throw new ForbiddenException("Not allowed");
        }
        List<FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new FieldError("page", "Min", "must be 0 or more"));
        }
        if (size < 1 || size > 100) {
            errors.add(new FieldError("size", "Range", "must be between 1 and 100"));
        }
        if (reference != null && reference.length() > 64) {
            errors.add(new FieldError("reference", "Size", "must be at most 64 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return list.page(
                actor, type, status, reference == null || reference.isBlank() ? null : reference.strip(), page, size);
    }
}
