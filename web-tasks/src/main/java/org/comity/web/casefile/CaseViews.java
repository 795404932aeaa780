package org.comity.web.casefile;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.archive.DocumentArchive;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseType;
import org.comity.core.engine.EngineClock;
import org.comity.core.extradition.assurance.Assurances;
import org.comity.core.extradition.process.ExtraditionProcesses.Requested;
import org.comity.core.extradition.process.ExtraditionProcesses.Requesting;
import org.comity.core.extradition.speciality.SpecialityRegister;
import org.comity.core.identity.Actor;
import org.comity.core.mla.process.MlaProcesses;
import org.springframework.stereotype.Component;

/**
 * Builds the view of one case from the engine (stages, tasks, timers) and Comity (case, documents).
 * Officers see the open tasks and deadlines of their own side only; auditors see both sides. The
 * engine's state is read for all the case's process instances at once ({@link CaseEngineState}).
 */
@Component
public class CaseViews {

    /** The purpose recorded for a party's read of a case unless the caller gives another. */
    public static final String DEFAULT_PURPOSE = "case follow-up";

    /** A task due within this of a timer of its process states that timer's deadline (see TaskDueDates). */
    private static final long SAME_DEADLINE_MILLIS = 60_000;

    private static final Map<String, String> SIDE_OF_PROCESS = Map.of(
            Requesting.PROCESS_ID, "REQUESTING", Requested.PROCESS_ID, "REQUESTED",
            MlaProcesses.Requesting.PROCESS_ID, "REQUESTING", MlaProcesses.Requested.PROCESS_ID, "REQUESTED");

    private final HistoryService history;
    private final TaskService tasks;
    private final CaseEngineState engine;
    private final DocumentArchive archive;
    private final SpecialityRegister speciality;
    private final Assurances assurances;

    CaseViews(HistoryService history, TaskService tasks, CaseEngineState engine, DocumentArchive archive,
            SpecialityRegister speciality, Assurances assurances) {
        this.assurances = assurances;
        this.speciality = speciality;
        this.history = history;
        this.tasks = tasks;
        this.engine = engine;
        this.archive = archive;
    }

    public CaseView of(Actor actor, CaseFile file) {
        String caseId = file.id().toString();
        Instant now = EngineClock.now();
        List<CaseView.Side> sides = new ArrayList<>();
        Map<String, String> sideOfInstance = new HashMap<>();
        List<String> watched = new ArrayList<>();
        Map<String, List<String>> active = engine.activeActivityIds(caseId);
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseId).orderByProcessInstanceStartTime().asc().list()) {
            String side = SIDE_OF_PROCESS.getOrDefault(instance.getProcessDefinitionKey(), "PROCESS");
            String jurisdiction = "REQUESTING".equals(side) ? file.requesting() : file.requested();
            boolean running = instance.getEndTime() == null;
            sides.add(new CaseView.Side(side, jurisdiction, instance.getProcessDefinitionKey(), instance.getId(),
                    running ? "ACTIVE" : "ENDED", running ? active.getOrDefault(instance.getId(), List.of()) : List.of(),
                    running ? null : instance.getEndActivityId(), instance.getStartTime().toInstant(),
                    Optional.ofNullable(instance.getEndTime()).map(Date::toInstant).orElse(null)));
            sideOfInstance.put(instance.getId(), side);
            if (running && actor.sees(jurisdiction)) {
                watched.add(instance.getId());
            }
        }
        List<CaseView.Deadline> deadlines = new ArrayList<>();
        // a task whose due date is its boundary timer's (TaskDueDates, computed within milliseconds of the timer's
        // own) is one deadline, listed once: as the timer
        Map<String, List<Date>> timerDeadlines = new HashMap<>();
        for (CaseEngineState.Timer timer : engine.timers(watched)) {
            deadlines.add(deadline(sideOfInstance.get(timer.processInstanceId()), timer.activityId(), timer.dueAt(), now));
            timerDeadlines.computeIfAbsent(timer.processInstanceId(), k -> new ArrayList<>()).add(timer.dueAt());
        }
        List<CaseView.OpenTask> open = new ArrayList<>();
        Map<String, List<String>> groupsOfTask = engine.candidateGroups(caseId);
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(caseId).list()) {
            List<String> groups = groupsOfTask.getOrDefault(task.getId(), List.of());
            if (actor.jurisdiction() != null && groups.stream().noneMatch(g -> g.startsWith(actor.jurisdiction() + "-"))) {
                continue;
            }
            open.add(new CaseView.OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), groups,
                    task.getAssignee(), instant(task.getDueDate()), left(task.getDueDate(), now)));
            if (task.getDueDate() != null && timerDeadlines.getOrDefault(task.getProcessInstanceId(), List.of()).stream()
                    .noneMatch(t -> Math.abs(t.getTime() - task.getDueDate().getTime()) < SAME_DEADLINE_MILLIS)) {
                deadlines.add(deadline(sideOfInstance.getOrDefault(task.getProcessInstanceId(), "PROCESS"),
                        task.getTaskDefinitionKey(), task.getDueDate(), now));
            }
        }
        deadlines.sort(Comparator.comparing(CaseView.Deadline::dueAt));
        List<CaseView.Document> documents = archive.listFor(file.id()).stream()
                .map(d -> new CaseView.Document(d.id().toString(), d.type().name(), d.languages(), d.size(), d.sha256(),
                        d.createdAt()))
                .toList();
        boolean extradition = file.type() == CaseType.EXTRADITION;
        return new CaseView(caseId, file.reference(), file.type().name(), file.status(),
                new CaseView.Parties(file.requesting(), file.requested()), file.createdBy(), file.createdAt(),
                file.updatedAt(), sides, open, deadlines, documents,
                extradition ? speciality.view(file.id()).orElse(null) : null,
                extradition ? assurances.view(file.id()) : null);
    }

    private static CaseView.Deadline deadline(String owner, String what, Date due, Instant now) {
        return new CaseView.Deadline(what, owner, due.toInstant(), left(due, now), due.toInstant().isBefore(now));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String left(Date due, Instant now) {
        return due == null ? null : Duration.between(now, due.toInstant()).withNanos(0).toString();
    }
}
