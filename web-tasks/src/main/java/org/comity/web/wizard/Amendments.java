package org.comity.web.wizard;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.access.RequestingOfficerMayAmend;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.casefile.CaseType;
import org.comity.core.draft.RequestDraft;
import org.comity.core.draft.RequestDrafts;
import org.comity.core.extradition.ExtraditionProcesses.Requesting;
import org.comity.core.extradition.form.ReviewRequestForm;
import org.comity.core.failure.ConflictException;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.failure.NotVisibleException;
import org.comity.core.identity.Actor;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.mla.form.MlaReviewRequestForm;
import org.comity.core.task.CaseSubmissions;
import org.springframework.stereotype.Component;

/**
 * Amending a returned request in the wizard it was drafted with: the officer's amendment draft starts
 * as the request in force (every field prefilled, exactly as the reviewer saw it), is edited and
 * checked step by step like a new request, and its submission replaces the case's request through
 * the same service as {@code PUT /api/v1/.../request}, which keeps the earlier version for the
 * reviewer's "what changed". Only an officer of the requesting state may amend, and only while the
 * correction task is open; the requested state never learns that a draft of the request exists (404).
 */
@Component
class Amendments {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CaseFiles cases;
    private final RequestDrafts drafts;
    private final SubmittedRequests requests;
    private final WizardEngine engine;
    private final TaskService tasks;
    private final CaseSubmissions submissions;
    private final JurisdictionRegistry jurisdictions;

    Amendments(
            CaseFiles cases,
            RequestDrafts drafts,
            SubmittedRequests requests,
            WizardEngine engine,
            TaskService tasks,
            CaseSubmissions submissions,
            JurisdictionRegistry jurisdictions) {
        this.cases = cases;
        this.drafts = drafts;
        this.requests = requests;
        this.engine = engine;
        this.tasks = tasks;
        this.submissions = submissions;
        this.jurisdictions = jurisdictions;
    }

    /**
     * The officer's amendment draft of the case's returned request: the one already started, or a new
     * one holding the request in force.
     */
    RequestDraft start(Actor actor, String caseId) {
        CaseFile caseFile = amendable(actor, caseId);
        return drafts.amendmentOf(actor, caseFile.id()).orElseGet(() -> {
            RequestWizard<?> wizard = engine.wizard(SubmittedRequests.wizardType(caseFile.type()));
            DraftValues values =
                    requests.current(caseFile, wizard).orElseThrow(() -> new NotVisibleException("Request", caseId));
            return drafts.createAmendment(
                    actor, wizard.type(), wizard.steps().get(0).id(), engine.write(values), caseFile.id());
        });
    }

    /** The correction task the amended request goes back to review from, once submitted. */
    String correctionTaskId(UUID caseId) {
        return Optional.ofNullable(correction(caseId.toString()))
                .map(Task::getId)
                .orElse(null);
    }

    /** What the amendment pages show beside the request: the case, and why and by whom it was returned. */
    Optional<Notice> notice(RequestDraft draft, Actor actor) {
        if (!draft.amendment()) {
            return Optional.empty();
        }
        CaseFile caseFile = cases.find(draft.amendsCaseId()).orElseThrow();
        String caseId = caseFile.id().toString();
        Class<? extends Record> form =
                caseFile.type() == CaseType.MLA ? MlaReviewRequestForm.class : ReviewRequestForm.class;
        String reasons = submissions
                .latest(caseId, Requesting.REVIEW_REQUEST, form)
                .map(f -> f instanceof MlaReviewRequestForm m ? m.reasons() : ((ReviewRequestForm) f).reasons())
                .orElse(null);
        var zone = jurisdictions.require(actor.jurisdiction()).zone();
        return Optional.of(submissions
                .lastCompletion(caseId, Requesting.REVIEW_REQUEST)
                .map(c -> new Notice(
                        caseFile.reference(), caseId, reasons, c.username(), TIME.format(c.at().atZone(zone))))
                .orElse(new Notice(caseFile.reference(), caseId, reasons, null, null)));
    }

    private CaseFile amendable(Actor actor, String caseId) {
        CaseFile caseFile = cases.visible(actor, caseId);
        if (caseFile.type() != CaseType.EXTRADITION && caseFile.type() != CaseType.MLA
                || !caseFile.requesting().equals(actor.jurisdiction())) {
            throw new NotVisibleException("Request", caseId);
        }
        if (!RequestingOfficerMayAmend.POLICY.allows(actor, caseFile.parties())) {
            throw new ForbiddenException("Only an officer of the requesting state may correct its request");
        }
        if (correction(caseId) == null) {
            throw new ConflictException("The request can be amended only while it is returned for correction");
        }
        return caseFile;
    }

    private Task correction(String caseId) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(caseId)
                .taskDefinitionKey(Requesting.CORRECT_REQUEST)
                .active()
                .singleResult();
    }

    /**
     * The returned request an amendment draft corrects.
     *
     * @param returnedBy the reviewer who returned it, or null if unknown
     * @param returnedAt when, in the officer's zone, or null
     */
    record Notice(String caseReference, String caseId, String reasons, String returnedBy, String returnedAt) {}
}
