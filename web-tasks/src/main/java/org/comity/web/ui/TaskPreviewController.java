package org.comity.web.ui;

import org.comity.core.audit.AuditObjectType;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.casefile.CaseType;
import org.comity.core.document.RenderedDocument;
import org.comity.core.extradition.ExtraditionRequestPreview;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.failure.NotVisibleException;
import org.comity.core.identity.Actor;
import org.comity.core.mla.MlaLetterPreview;
import org.comity.core.task.TaskView;
import org.comity.core.task.TaskWork;
import org.comity.core.validation.Uuids;
import org.comity.web.audit.Consultations;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The document a review task would let issue, before it is approved: the extradition request or the
 * letter of request rendered on demand from the stored request, marked as a draft on every page.
 * Only the officers of the task's own group see it (anyone else gets 404, as for a task they cannot
 * see). The preview is not stored, not hashed into the audit log as issued and not sent; reading it
 * is logged as a consultation of the case.
 */
@Controller
class TaskPreviewController {

    static final String PURPOSE = "Read the document a review would issue, before approving it";

    private final TaskWork work;
    private final CaseFiles cases;
    private final ExtraditionRequestPreview extraditions;
    private final MlaLetterPreview letters;
    private final Consultations consultations;

    TaskPreviewController(
            TaskWork work,
            CaseFiles cases,
            ExtraditionRequestPreview extraditions,
            MlaLetterPreview letters,
            Consultations consultations) {
        this.work = work;
        this.cases = cases;
        this.extraditions = extraditions;
        this.letters = letters;
        this.consultations = consultations;
    }

    @GetMapping("/tasks/{id}/preview.pdf")
    ResponseEntity<byte[]> preview(Actor actor, @PathVariable String id) {
        TaskView task;
        try {
            task = work.get(actor, id);
        } catch (ForbiddenException e) {
            throw new NotVisibleException("Task", id); // not this officer's group: as if there were no such task
        }
        CaseFile caseFile = Uuids.parse(task.caseId())
                .flatMap(cases::find)
                .filter(c -> TaskRequestView.isReview(task.taskKey()))
                .orElseThrow(() -> new NotVisibleException("Preview", id));
        RenderedDocument pdf = (caseFile.type() == CaseType.EXTRADITION
                        ? extraditions.of(caseFile)
                        : caseFile.type() == CaseType.MLA
                                ? letters.of(caseFile)
                                : java.util.Optional.<RenderedDocument>empty())
                .orElseThrow(() -> new NotVisibleException("Preview", id));
        consultations.record(
                actor, "task.preview", AuditObjectType.CASE, caseFile.id().toString(), caseFile.id(), PURPOSE);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("preview-" + caseFile.reference() + ".pdf")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf.bytes());
    }
}
