package org.comity.web.casefile;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.archive.DocumentArchive;
import org.comity.core.casefile.CaseFile;
import org.comity.core.extradition.process.ExtraditionProcesses.Requested;
import org.comity.core.extradition.process.ExtraditionProcesses.Requesting;
import org.comity.core.identity.Actor;
import org.springframework.stereotype.Component;

/**
 * Builds the view of one case from the engine (stages, tasks, timers) and Comity (case, documents).
 * Officers see the open tasks and deadlines of their own side only; auditors see both sides.
 */
@Component
public class CaseViews {

    /** The purpose recorded for a party's read of a case unless the caller gives another. */
    public static final String DEFAULT_PURPOSE = "case follow-up";

    private static final Map<String, String> SIDE_OF_PROCESS = Map.of(
            Requesting.PROCESS_ID, "REQUESTING", Requested.PROCESS_ID, "REQUESTED");

    private final HistoryService history;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final RepositoryService repository;
    private final DocumentArchive archive;

    CaseViews(HistoryService history, RuntimeService runtime, TaskService tasks, ManagementService management,
            RepositoryService repository, DocumentArchive archive) {
        this.history = history;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.repository = repository;
        this.archive = archive;
    }

    public CaseView of(Actor actor, CaseFile file) {
        String caseId = file.id().toString();
        Instant now = Instant.now();
        List<CaseView.Side> sides = new ArrayList<>();
        List<CaseView.Deadline> deadlines = new ArrayList<>();
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseId).orderByProcessInstanceStartTime().asc().list()) {
            String side = SIDE_OF_PROCESS.getOrDefault(instance.getProcessDefinitionKey(), "PROCESS");
            String jurisdiction = "REQUESTING".equals(side) ? file.requesting() : file.requested();
            boolean active = instance.getEndTime() == null;
            List<String> stage = active ? runtime.getActiveActivityIds(instance.getId()) : List.of();
            sides.add(new CaseView.Side(side, jurisdiction, instance.getProcessDefinitionKey(), instance.getId(),
                    active ? "ACTIVE" : "ENDED", stage, active ? null : instance.getEndActivityId(),
                    instance.getStartTime().toInstant(), Optional.ofNullable(instance.getEndTime()).map(Date::toInstant)
                            .orElse(null)));
            if (active && actor.sees(jurisdiction)) {
                for (Job job : management.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
                    deadlines.add(deadline(side, activityOf(job), job.getDuedate(), now));
                }
            }
        }
        List<CaseView.OpenTask> open = new ArrayList<>();
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(caseId).list()) {
            List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                    .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null)
                    .map(IdentityLink::getGroupId).toList();
            if (actor.jurisdiction() != null && groups.stream().noneMatch(g -> g.startsWith(actor.jurisdiction() + "-"))) {
                continue;
            }
            open.add(new CaseView.OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), groups,
                    task.getAssignee(), instant(task.getDueDate()), left(task.getDueDate(), now)));
            if (task.getDueDate() != null) {
                deadlines.add(deadline(sideOf(task), task.getTaskDefinitionKey(), task.getDueDate(), now));
            }
        }
        deadlines.sort(Comparator.comparing(CaseView.Deadline::dueAt));
        List<CaseView.Document> documents = archive.listFor(file.id()).stream()
                .map(d -> new CaseView.Document(d.id().toString(), d.type().name(), d.languages(), d.size(), d.sha256(),
                        d.createdAt()))
                .toList();
        return new CaseView(caseId, file.reference(), file.type().name(), file.status(),
                new CaseView.Parties(file.requesting(), file.requested()), file.createdBy(), file.createdAt(),
                file.updatedAt(), sides, open, deadlines, documents);
    }

    private String sideOf(Task task) {
        return SIDE_OF_PROCESS.getOrDefault(
                repository.getProcessDefinition(task.getProcessDefinitionId()).getKey(), "PROCESS");
    }

    private String activityOf(Job job) {
        return runtime.createExecutionQuery().executionId(job.getExecutionId()).list().stream().findFirst()
                .map(e -> management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult())
                .map(d -> d.getActivityId()).orElse("timer");
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
