package org.comity.core.casefile;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.engine.EngineClock;
import org.comity.core.identity.Actor;
import org.comity.core.identity.CandidateGroups;
import org.springframework.stereotype.Component;

/**
 * Builds the view of one case from the engine (stages, tasks, timers, messages) and Comity (case,
 * documents, the facts of its {@link CaseKind}), as far as the reader may see it
 * ({@link CaseVisibility}): a state's officers, supervisors and agencies see their own state's
 * processes, open tasks and deadlines, and of the other state's work only the messages, documents
 * and decisions exchanged; auditors see every side. Which side a process works for is its kind's
 * ({@link CaseKinds#partyOf}). The engine's state is read for all the case's process instances at
 * once ({@link CaseEngineState}). The API and the case page render this one view.
 */
@Component
public class CaseViews {

    /** The purpose recorded for a party's read of a case unless the caller gives another. */
    public static final String DEFAULT_PURPOSE = "case follow-up";

    /** The side label of a joint operation's process (both states work in it). */
    static final String JOINT_SIDE = "PROCESS";

    /** A task due within this of a timer of its process states that timer's deadline (see TaskDueDates). */
    private static final long SAME_DEADLINE_MILLIS = 60_000;

    private final HistoryService history;
    private final TaskService tasks;
    private final CaseEngineState engine;
    private final CaseExchanges exchanges;
    private final CaseDocumentIndex documents;
    private final CaseKinds kinds;

    CaseViews(
            HistoryService history,
            TaskService tasks,
            CaseEngineState engine,
            CaseExchanges exchanges,
            CaseDocumentIndex documents,
            CaseKinds kinds) {
        this.history = history;
        this.tasks = tasks;
        this.engine = engine;
        this.exchanges = exchanges;
        this.documents = documents;
        this.kinds = kinds;
    }

    /** The case as the reader sees it, with the first page of any long list of its kind. */
    public CaseOverview of(Actor actor, CaseFile file) {
        return of(actor, file, new CaseDetails.Page(0, java.util.Locale.ENGLISH));
    }

    /** The case as the reader sees it; {@code page} chooses the page of a long list its kind shows. */
    public CaseOverview of(Actor actor, CaseFile file, CaseDetails.Page page) {
        String caseId = file.id().toString();
        Instant now = EngineClock.now();
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseId)
                .orderByProcessInstanceStartTime()
                .asc()
                .list();
        Map<String, List<String>> groupsOfTask = engine.candidateGroups(caseId);
        List<Task> visibleTasks = new ArrayList<>();
        Set<String> hiddenSteps = new HashSet<>();
        for (Task task :
                tasks.createTaskQuery().processInstanceBusinessKey(caseId).list()) {
            if (seesTask(actor, groupsOfTask.getOrDefault(task.getId(), List.of()))) {
                visibleTasks.add(task);
            } else {
                hiddenSteps.add(task.getProcessInstanceId() + "#" + task.getTaskDefinitionKey());
            }
        }
        List<CaseSide> sides = new ArrayList<>();
        Map<String, String> sideOfInstance = new HashMap<>();
        List<String> watched = new ArrayList<>();
        Map<String, List<String>> active = engine.activeActivityIds(caseId);
        for (HistoricProcessInstance instance : instances) {
            CaseParty party = kinds.partyOf(instance.getProcessDefinitionKey());
            String jurisdiction = party.jurisdiction(file);
            if (!CaseVisibility.seesDeliberationOf(actor, jurisdiction)) {
                continue;
            }
            String side = party == CaseParty.JOINT ? JOINT_SIDE : party.name();
            boolean running = instance.getEndTime() == null;
            List<String> stage = running
                    ? active.getOrDefault(instance.getId(), List.of()).stream()
                            .filter(activity -> !hiddenSteps.contains(instance.getId() + "#" + activity))
                            .toList()
                    : List.of();
            sides.add(new CaseSide(
                    side,
                    jurisdiction,
                    instance.getProcessDefinitionKey(),
                    instance.getId(),
                    running ? "ACTIVE" : "ENDED",
                    stage,
                    running ? null : instance.getEndActivityId(),
                    instance.getStartTime().toInstant(),
                    Optional.ofNullable(instance.getEndTime())
                            .map(Date::toInstant)
                            .orElse(null)));
            sideOfInstance.put(instance.getId(), side);
            if (running) {
                watched.add(instance.getId());
            }
        }
        List<CaseDeadline> deadlines = new ArrayList<>();
        // a task whose due date is its boundary timer's (TaskDueDates, computed within milliseconds of the timer's
        // own) is one deadline, listed once: as the timer
        Map<String, List<Date>> timerDeadlines = new HashMap<>();
        for (CaseEngineState.Timer timer : engine.timers(watched)) {
            deadlines.add(
                    deadline(sideOfInstance.get(timer.processInstanceId()), timer.activityId(), timer.dueAt(), now));
            timerDeadlines
                    .computeIfAbsent(timer.processInstanceId(), k -> new ArrayList<>())
                    .add(timer.dueAt());
        }
        List<CaseOpenTask> open = new ArrayList<>();
        for (Task task : visibleTasks) {
            open.add(new CaseOpenTask(
                    task.getId(),
                    task.getTaskDefinitionKey(),
                    task.getName(),
                    groupsOfTask.getOrDefault(task.getId(), List.of()),
                    task.getAssignee(),
                    instant(task.getDueDate()),
                    left(task.getDueDate(), now)));
            if (task.getDueDate() != null
                    && timerDeadlines.getOrDefault(task.getProcessInstanceId(), List.of()).stream()
                            .noneMatch(t ->
                                    Math.abs(t.getTime() - task.getDueDate().getTime()) < SAME_DEADLINE_MILLIS)) {
                deadlines.add(deadline(
                        sideOfInstance.getOrDefault(task.getProcessInstanceId(), JOINT_SIDE),
                        task.getTaskDefinitionKey(),
                        task.getDueDate(),
                        now));
            }
        }
        deadlines.sort(Comparator.comparing(CaseDeadline::dueAt));
        boolean opening = CaseVisibility.seesOpening(actor, file);
        return new CaseOverview(
                caseId,
                file.reference(),
                file.type().name(),
                file.status(),
                file.parties(),
                opening ? file.createdBy() : null,
                CaseVisibility.openedFor(actor, file.requesting(), file.createdAt(), file.transmittedAt()),
                file.updatedAt(),
                file.transmittedAt(),
                sides,
                open,
                deadlines,
                exchanges.of(file, instances),
                documents.of(file.id()),
                kinds.of(file.type()).details(actor, file, page));
    }

    /**
     * Whether the actor sees an open task: an auditor every task, anyone else a task of a candidate
     * group of a state whose work they see; a task without such a group only auditors.
     */
    private static boolean seesTask(Actor actor, List<String> groups) {
        return actor.jurisdiction() == null
                || groups.stream()
                        .map(CandidateGroups::jurisdictionOf)
                        .flatMap(Optional::stream)
                        .anyMatch(state -> CaseVisibility.seesDeliberationOf(actor, state));
    }

    private static CaseDeadline deadline(String owner, String what, Date due, Instant now) {
        return new CaseDeadline(
                what, owner, due.toInstant(), left(due, now), due.toInstant().isBefore(now));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String left(Date due, Instant now) {
        return due == null
                ? null
                : Duration.between(now, due.toInstant()).withNanos(0).toString();
    }
}
