package org.comity.web.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.casefile.CaseDetails;
import org.comity.core.casefile.CaseDocument;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.casefile.CaseOverview;
import org.comity.core.casefile.CaseViews;
import org.comity.core.casefile.CaseVisibility;
import org.comity.core.document.DocumentType;
import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;
import org.comity.core.incident.CaseIncidents;
import org.comity.core.jurisdiction.Jurisdiction;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.web.audit.Consultations;
import org.comity.web.casefile.CaseView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One case for its parties and auditors: header and parties, each side's stages, deadlines with the
 * time left, documents with their SHA-256 and a download link, the persons concerned and the open
 * tasks. The view comes from the same {@link CaseViews} as {@code GET /api/v1/cases/{id}}; what a
 * procedure adds (the parties' names, the persons, assurances, links) is its kind's
 * {@link CaseDetails}, rendered by the kind's own fragments without this page naming a procedure. The
 * page view is logged as one consultation like that read, and it shows only what that view lets
 * the reader see ({@link CaseVisibility}): for the other party of a case, the exchanged messages and
 * documents but none of this state's stages, tasks or officers. A case the caller may not see is the
 * 404 page, exactly like a case that does not exist (the refusal audited).
 */
@Controller
class CasePageController {

    static final int ROWS = 20;

    private final CaseFiles cases;
    private final CaseViews views;
    private final CaseStages stages;
    private final ActivityLabels labels;
    private final Consultations consultations;
    private final CaseIncidents incidents;
    private final JurisdictionRegistry jurisdictions;

    CasePageController(
            CaseFiles cases,
            CaseViews views,
            CaseStages stages,
            ActivityLabels labels,
            Consultations consultations,
            CaseIncidents incidents,
            JurisdictionRegistry jurisdictions) {
        this.cases = cases;
        this.views = views;
        this.stages = stages;
        this.labels = labels;
        this.consultations = consultations;
        this.incidents = incidents;
        this.jurisdictions = jurisdictions;
    }

    /** A deadline for the reader: what, whose side, when (in the reader's zone), how long is left. */
    record DeadlineRow(String label, String side, Instant dueAt, Duration left, boolean overdue) {}

    /** An open task; {@code workable} when it is the reader's group's, so that the task page opens for them. */
    record TaskRow(String id, String label, String assignee, Instant due, boolean workable) {}

    /**
     * A document with its type (the page shows its title from the messages) and its languages named in
     * the reader's language.
     */
    record DocumentRow(String id, String type, List<String> languages, Instant createdAt, long size, String sha256) {

        static DocumentRow of(CaseDocument d, Locale locale) {
            return new DocumentRow(
                    d.id(),
                    DocumentType.valueOf(d.type()).name(),
                    d.languages().stream()
                            .map(tag -> Locale.forLanguageTag(tag).getDisplayName(locale))
                            .toList(),
                    d.createdAt(),
                    d.size(),
                    d.sha256());
        }
    }

    @GetMapping("/cases/{id}")
    String show(
            Actor actor,
            @PathVariable String id,
            @RequestParam(defaultValue = "0") int persons,
            Locale locale,
            Model model) {
        CaseFile file = cases.visible(actor, id);
        consultations.record(
                actor,
                "case.read",
                AuditObjectType.CASE,
                file.id().toString(),
                file.id(),
                actor.role() == Role.AUDITOR ? Consultations.AUDIT_PURPOSE : CaseViews.DEFAULT_PURPOSE);
        CaseOverview overview = views.of(actor, file, new CaseDetails.Page(persons, locale));
        CaseView view = CaseView.of(overview, incidents.of(actor, file));
        model.addAttribute("caseFile", file);
        model.addAttribute("view", view);
        model.addAttribute("details", overview.details());
        model.addAttribute("requesting", jurisdiction(file.requesting()));
        model.addAttribute("requested", jurisdiction(file.requested()));
        model.addAttribute("sides", stages.of(file, view.sides(), locale));
        model.addAttribute(
                "deadlines",
                view.deadlines().stream()
                        .limit(ROWS)
                        .map(d -> new DeadlineRow(
                                labels.of(d.what(), null, locale),
                                d.side(),
                                d.dueAt(),
                                Duration.parse(d.timeLeft()),
                                d.overdue()))
                        .toList());
        model.addAttribute(
                "openTasks",
                view.openTasks().stream()
                        .limit(ROWS)
                        .map(t -> new TaskRow(
                                t.id(),
                                labels.of(t.taskKey(), t.name(), locale),
                                t.assignee(),
                                t.due(),
                                actor.workGroup()
                                        .map(t.candidateGroups()::contains)
                                        .orElse(false)))
                        .toList());
        model.addAttribute(
                "documents",
                view.documents().stream().map(d -> DocumentRow.of(d, locale)).toList());
        model.addAttribute("zone", zoneOf(actor, jurisdictions));
        model.addAttribute("worksOnTasks", actor.role().worksOnTasks());
        model.addAttribute("auditor", actor.role() == Role.AUDITOR);
        model.addAttribute("received", !CaseVisibility.seesOpening(actor, file));
        return "case";
    }

    /** A state this deployment no longer serves (or never configured) is shown by its code alone. */
    private Jurisdiction jurisdiction(String code) {
        return jurisdictions.find(code).orElseGet(() -> new Jurisdiction(code, code, null, ZoneOffset.UTC, List.of()));
    }

    /** Times are read in the reader's own state's zone; auditors, who belong to neither, read UTC. */
    static ZoneId zoneOf(Actor actor, JurisdictionRegistry jurisdictions) {
        return actor.jurisdiction() == null
                ? ZoneOffset.UTC
                : jurisdictions.require(actor.jurisdiction()).zone();
    }
}
