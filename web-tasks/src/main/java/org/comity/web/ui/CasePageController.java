package org.comity.web.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.casefile.CaseType;
import org.comity.core.casefile.CaseVisibility;
import org.comity.core.document.DocumentType;
import org.comity.core.extradition.intake.ExtraditionRecords;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;
import org.comity.core.jurisdiction.Jurisdiction;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.repatriation.OperationView;
import org.comity.core.repatriation.PersonDirectory;
import org.comity.core.repatriation.RepatriationIntake;
import org.comity.core.repatriation.form.NationalityVerification;
import org.comity.web.audit.Consultations;
import org.comity.web.casefile.CaseView;
import org.comity.web.casefile.CaseViews;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One case for its parties and auditors: header and parties, each side's stages, deadlines with the
 * time left, documents with their SHA-256 and a download link, the persons concerned and the open
 * tasks. The view comes from the same {@link CaseViews} as {@code GET /api/v1/cases/{id}}, and the
 * page view is logged as one consultation like that read, and it shows only what that view lets
 * the reader see ({@link CaseVisibility}): for the other party of a case, the exchanged messages and
 * documents but none of this state's stages, tasks or officers. A case the caller may not see is the
 * 404 page, exactly like a case that does not exist (the refusal audited).
 */
@Controller
class CasePageController {

    static final int PERSONS_PAGE = 50;
    static final int ROWS = 20;

    private final CaseFiles cases;
    private final CaseViews views;
    private final CaseStages stages;
    private final ActivityLabels labels;
    private final Consultations consultations;
    private final ExtraditionRecords extraditions;
    private final RepatriationIntake operations;
    private final PersonDirectory persons;
    private final JurisdictionRegistry jurisdictions;

    CasePageController(CaseFiles cases, CaseViews views, CaseStages stages, ActivityLabels labels,
            Consultations consultations, ExtraditionRecords extraditions, RepatriationIntake operations,
            PersonDirectory persons, JurisdictionRegistry jurisdictions) {
        this.cases = cases;
        this.views = views;
        this.stages = stages;
        this.labels = labels;
        this.consultations = consultations;
        this.extraditions = extraditions;
        this.operations = operations;
        this.persons = persons;
        this.jurisdictions = jurisdictions;
    }

    /** A deadline for the reader: what, whose side, when (in the reader's zone), how long is left. */
    record DeadlineRow(String label, String side, Instant dueAt, Duration left, boolean overdue) {
    }

    /** An open task; {@code workable} when it is the reader's group's, so that the task page opens for them. */
    record TaskRow(String id, String label, String assignee, Instant due, boolean workable) {
    }

    /** A document with its title and languages in the reader's language. */
    record DocumentRow(String id, String title, List<String> languages, Instant createdAt, long size, String sha256) {

        static DocumentRow of(CaseView.Document d, Locale locale) {
            DocumentType type = DocumentType.valueOf(d.type());
            return new DocumentRow(d.id(), "zh".equals(locale.getLanguage()) ? type.chineseTitle() : type.englishTitle(),
                    d.languages().stream().map(tag -> Locale.forLanguageTag(tag).getDisplayName(locale)).toList(),
                    d.createdAt(), d.size(), d.sha256());
        }
    }

    @GetMapping("/cases/{id}")
    String show(Actor actor, @PathVariable String id, @RequestParam(defaultValue = "0") int persons, Locale locale,
            Model model) {
        CaseFile file = cases.visible(actor, id);
        consultations.record(actor, "case.read", AuditObjectType.CASE, file.id().toString(), file.id(),
                actor.role() == Role.AUDITOR ? Consultations.AUDIT_PURPOSE : CaseViews.DEFAULT_PURPOSE);
        CaseView view = views.of(actor, file);
        model.addAttribute("caseFile", file);
        model.addAttribute("view", view);
        model.addAttribute("requesting", jurisdiction(file.requesting()));
        model.addAttribute("requested", jurisdiction(file.requested()));
        model.addAttribute("sides", stages.of(file, view, locale));
        model.addAttribute("deadlines", view.deadlines().stream().limit(ROWS).map(d -> new DeadlineRow(
                labels.of(d.what(), null, locale), d.side(), d.dueAt(), Duration.parse(d.timeLeft()), d.overdue()))
                .toList());
        model.addAttribute("openTasks", view.openTasks().stream().limit(ROWS).map(t -> new TaskRow(t.id(),
                labels.of(t.taskKey(), t.name(), locale), t.assignee(), t.due(),
                actor.workGroup().map(t.candidateGroups()::contains).orElse(false))).toList());
        model.addAttribute("documents", view.documents().stream().map(d -> DocumentRow.of(d, locale)).toList());
        model.addAttribute("zone", zoneOf(actor, jurisdictions));
        model.addAttribute("worksOnTasks", actor.role().worksOnTasks());
        model.addAttribute("auditor", actor.role() == Role.AUDITOR);
        model.addAttribute("received", !CaseVisibility.seesOpening(actor, file));
        if (file.type() == CaseType.EXTRADITION) {
            model.addAttribute("subject", extraditions.requestOfCase(file.id()).map(ExtraditionRequest::person)
                    .orElse(null));
        } else if (file.type() == CaseType.REPATRIATION) {
            operation(actor, file, Math.max(0, persons), locale, model);
        }
        return "case";
    }

    private void operation(Actor actor, CaseFile file, int page, Locale locale, Model model) {
        OperationView operation = operations.view(actor, file.id().toString());
        int pages = (int) Math.max(1, (operation.persons() + PERSONS_PAGE - 1) / PERSONS_PAGE);
        int shown = Math.min(page, pages - 1);
        model.addAttribute("operation", operation);
        model.addAttribute("persons", persons.page(actor, file.id().toString(), false, shown, PERSONS_PAGE));
        model.addAttribute("personsPage", shown);
        model.addAttribute("personsPages", pages);
        model.addAttribute("verificationLabels", Arrays.stream(NationalityVerification.values()).collect(Collectors.toMap(
                Enum::name, v -> v.label(locale))));
    }

    /** A state this deployment no longer serves (or never configured) is shown by its code alone. */
    private Jurisdiction jurisdiction(String code) {
        return jurisdictions.find(code).orElseGet(() -> new Jurisdiction(code, code, null, ZoneOffset.UTC, List.of()));
    }

    /** Times are read in the reader's own state's zone; auditors, who belong to neither, read UTC. */
    static ZoneId zoneOf(Actor actor, JurisdictionRegistry jurisdictions) {
        return actor.jurisdiction() == null ? ZoneOffset.UTC : jurisdictions.require(actor.jurisdiction()).zone();
    }
}
