package org.comity.web.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.archive.DocumentArchive;
import org.comity.core.validation.Uuids;
import org.comity.web.ui.CompletionOutcome.IssuedDocument;
import org.springframework.stereotype.Component;

/**
 * Reads, after a completion, what it led to: where the task's own process now stands (the steps it
 * waits at, named as the case page names them, never by their model ids) and the documents issued on
 * the case since the completion began. Only the officer's own side's process is read, the one the
 * task belonged to; the other state's steps stay its own (DESIGN.md §7).
 */
@Component
class CompletionOutcomes {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final DocumentArchive documents;
    private final ActivityLabels labels;
    private final Clock clock;

    CompletionOutcomes(
            TaskService tasks,
            RuntimeService runtime,
            HistoryService history,
            DocumentArchive documents,
            ActivityLabels labels,
            Clock clock) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.documents = documents;
        this.labels = labels;
        this.clock = clock;
    }

    /** Notes, before the completion, what the outcome is later read from: the task's process and the time. */
    Watch watch(String taskId, String caseId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        return new Watch(
                taskId,
                task == null ? null : task.getProcessInstanceId(),
                Uuids.parse(caseId).orElse(null),
                clock.instant());
    }

    /** A completion being watched. */
    record Watch(String taskId, String processInstanceId, UUID caseId, Instant since) {}

    /**
     * The prefix of the service tasks that issue a document (model conventions: {@code
     * ServiceTask_IssueDecision}, {@code ServiceTask_IssueLetterOfRequest}, ...); they are asynchronous,
     * so right after a completion the process usually still stands at one.
     */
    static final String ISSUING = "ServiceTask_Issue";

    CompletionOutcome outcome(Watch watch, String taskTitle, Locale locale) {
        Set<String> steps = new LinkedHashSet<>();
        Set<String> issuing = new LinkedHashSet<>();
        boolean ended = false;
        if (watch.processInstanceId() != null) {
            if (runtime.createProcessInstanceQuery()
                            .processInstanceId(watch.processInstanceId())
                            .count()
                    > 0) {
                for (String id : runtime.getActiveActivityIds(watch.processInstanceId())) {
                    steps.add(labels.of(id, null, locale));
                    if (id.startsWith(ISSUING)) {
                        issuing.add(labels.of(id, null, locale));
                    }
                }
            } else {
                ended = true;
                HistoricProcessInstance done = history.createHistoricProcessInstanceQuery()
                        .processInstanceId(watch.processInstanceId())
                        .singleResult();
                if (done != null && done.getEndActivityId() != null) {
                    steps.add(labels.of(done.getEndActivityId(), null, locale));
                }
            }
        }
        List<IssuedDocument> issued = watch.caseId() == null
                ? List.of()
                : documents.issuedSince(watch.caseId(), watch.since()).stream()
                        .map(d -> new IssuedDocument(d.id().toString(), d.type().name()))
                        .toList();
        return new CompletionOutcome(
                watch.taskId(),
                taskTitle,
                List.copyOf(steps),
                ended,
                issued,
                watch.caseId() == null ? List.of() : List.copyOf(issuing),
                watch.caseId() == null ? null : watch.caseId().toString());
    }
}
