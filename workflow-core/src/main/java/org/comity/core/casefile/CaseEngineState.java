package org.comity.core.casefile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.engine.ActiveActivities;
import org.comity.core.identity.CandidateGroups;
import org.comity.core.identity.Role;
import org.comity.core.jurisdiction.Jurisdiction;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.springframework.stereotype.Component;

/**
 * Reads what the engine holds for all process instances of a case in a handful of queries (the
 * active activities through {@link ActiveActivities}, the rest through the engine's Java API), not a
 * few per instance: a joint operation has a process per person (1,523 in the seed), and one engine
 * call per instance made its case view take seconds. Each method gives what the per-instance engine
 * call gives: {@code getActiveActivityIds}, the timer jobs with their activity, the candidate groups.
 */
@Component
class CaseEngineState {

    private static final int CHUNK = 500;

    private final ActiveActivities active;
    private final ManagementService management;
    private final TaskService tasks;
    private final JurisdictionRegistry jurisdictions;

    CaseEngineState(
            ActiveActivities active,
            ManagementService management,
            TaskService tasks,
            JurisdictionRegistry jurisdictions) {
        this.active = active;
        this.management = management;
        this.tasks = tasks;
        this.jurisdictions = jurisdictions;
    }

    /** A timer of a running instance: the activity it belongs to (or {@code timer}) and when it fires. */
    record Timer(String processInstanceId, String activityId, java.util.Date dueAt) {}

    /**
     * Process instance id to the ids of the activities its active executions are in, as
     * {@code RuntimeService.getActiveActivityIds} reads them from the execution tree.
     */
    Map<String, List<String>> activeActivityIds(String businessKey) {
        return active.ofBusinessKey(businessKey);
    }

    /** The timers of these process instances, by chunks of instances. */
    List<Timer> timers(List<String> processInstanceIds) {
        List<Timer> timers = new ArrayList<>();
        Map<String, String> activityOfDefinition = new HashMap<>();
        for (int i = 0; i < processInstanceIds.size(); i += CHUNK) {
            Set<String> chunk =
                    Set.copyOf(processInstanceIds.subList(i, Math.min(processInstanceIds.size(), i + CHUNK)));
            for (Job job : management
                    .createJobQuery()
                    .processInstanceIds(chunk)
                    .timers()
                    .list()) {
                String activity = job.getJobDefinitionId() == null
                        ? "timer"
                        : activityOfDefinition.computeIfAbsent(job.getJobDefinitionId(), this::activityOf);
                timers.add(new Timer(job.getProcessInstanceId(), activity, job.getDuedate()));
            }
        }
        return timers;
    }

    /**
     * Task id to its candidate groups, for the tasks of the case. Candidate groups follow the naming
     * {@code <JURISDICTION>-<role>} (DESIGN.md §4), so one query per group of a configured state
     * finds them all.
     */
    Map<String, List<String>> candidateGroups(String businessKey) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Jurisdiction jurisdiction : jurisdictions.all()) {
            for (Role role : List.of(Role.OFFICER, Role.SUPERVISOR)) {
                String group = CandidateGroups.of(jurisdiction.code(), role);
                for (Task task : tasks.createTaskQuery()
                        .processInstanceBusinessKey(businessKey)
                        .taskCandidateGroup(group)
                        .includeAssignedTasks()
                        .list()) {
                    groups.computeIfAbsent(task.getId(), k -> new ArrayList<>()).add(group);
                }
            }
        }
        return groups;
    }

    private String activityOf(String jobDefinitionId) {
        JobDefinition definition = management
                .createJobDefinitionQuery()
                .jobDefinitionId(jobDefinitionId)
                .singleResult();
        return definition == null ? "timer" : definition.getActivityId();
    }
}
