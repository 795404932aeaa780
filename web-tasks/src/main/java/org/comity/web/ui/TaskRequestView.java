package org.comity.web.ui;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.comity.core.access.RequestingOfficerMayAmend;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseType;
import org.comity.core.extradition.ExtraditionProcesses;
import org.comity.core.identity.Actor;
import org.comity.core.mla.MlaProcesses;
import org.comity.core.task.SubjectFacts;
import org.comity.core.task.TaskView;
import org.comity.core.task.TaskWork;
import org.comity.web.audit.Consultations;
import org.comity.web.wizard.SubmittedRequests;
import org.springframework.stereotype.Component;

/**
 * The request beside the tasks that review or examine it: the requesting supervisor's four-eyes
 * review and the officer's correction, the requested state's completeness check, judicial review,
 * executive decision and MLA assessment. A supervisor approves, and an examiner answers the refusal
 * grounds, on the request's content rather than on its reference. The request is personal data of
 * the case: each showing is logged as a consultation, like the case page.
 *
 * <p>A review after a return also shows what changed since the reviewer returned it, and offers the
 * document as it would be issued ({@link TaskPreviewController}).
 */
@Component
class TaskRequestView {

    static final String PURPOSE = "Review or examine the request this task is about";

    /** The tasks, of either kind of request, that decide on the request's content. */
    static final Set<String> TASK_KEYS = Set.copyOf(java.util.List.of( // the two kinds share some task ids
            ExtraditionProcesses.Requesting.REVIEW_REQUEST,
            ExtraditionProcesses.Requesting.CORRECT_REQUEST,
            ExtraditionProcesses.Requested.CHECK_COMPLETENESS,
            ExtraditionProcesses.Requested.JUDICIAL_REVIEW,
            ExtraditionProcesses.Requested.EXECUTIVE_DECISION,
            MlaProcesses.Requesting.REVIEW_REQUEST,
            MlaProcesses.Requesting.CORRECT_REQUEST,
            MlaProcesses.Requested.ASSESS_REQUEST));

    private final SubmittedRequests requests;
    private final TaskWork work;
    private final Consultations consultations;

    TaskRequestView(SubmittedRequests requests, TaskWork work, Consultations consultations) {
        this.requests = requests;
        this.work = work;
        this.consultations = consultations;
    }

    /** The request of the task's case, if the task decides on one. */
    Optional<TaskRequest> of(Actor actor, TaskView task, CaseFile caseFile, Locale locale) {
        if (caseFile == null
                || !TASK_KEYS.contains(task.taskKey())
                || caseFile.type() != CaseType.EXTRADITION && caseFile.type() != CaseType.MLA) {
            return Optional.empty();
        }
        return requests.sheet(caseFile, actor, locale).map(sheet -> {
            consultations.record(
                    actor, "task.request", AuditObjectType.CASE, caseFile.id().toString(), caseFile.id(), PURPOSE);
            boolean review = isReview(task.taskKey());
            Instant returnedAt = review ? lastReview(actor, task) : null;
            return new TaskRequest(
                    sheet,
                    returnedAt,
                    returnedAt == null ? List.of() : requests.changesSince(caseFile, returnedAt, actor, locale),
                    review,
                    isCorrection(task.taskKey()) && RequestingOfficerMayAmend.POLICY.allows(actor, caseFile.parties()));
        });
    }

    /** Whether the task is the requesting supervisor's review, the last look before the document is issued. */
    static boolean isReview(String taskKey) {
        return ExtraditionProcesses.Requesting.REVIEW_REQUEST.equals(taskKey)
                || MlaProcesses.Requesting.REVIEW_REQUEST.equals(taskKey);
    }

    /** Whether the task is the requesting officer's correction of a returned request, amended on its own page. */
    static boolean isCorrection(String taskKey) {
        return ExtraditionProcesses.Requesting.CORRECT_REQUEST.equals(taskKey)
                || MlaProcesses.Requesting.CORRECT_REQUEST.equals(taskKey);
    }

    private Instant lastReview(Actor actor, TaskView task) {
        return work.earlierAnswers(actor, task.id()).stream()
                .filter(a -> task.taskKey().equals(a.taskKey()))
                .map(SubjectFacts.EarlierAnswer::submittedAt)
                .reduce((a, b) -> b)
                .orElse(null);
    }
}
