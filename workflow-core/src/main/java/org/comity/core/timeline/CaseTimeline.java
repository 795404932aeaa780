package org.comity.core.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.comity.core.audit.AuditQuery;
import org.comity.core.audit.AuditSearch;
import org.comity.core.incident.IncidentCause;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Merges everything known about a case into one time-ordered list for auditors: Camunda's history
 * of every process instance of the case (both sides), the forms officers submitted, and Comity's
 * audit log. Camunda's history alone lacks consultations; the audit log alone lacks timers and
 * messages; together they tell the whole story.
 */
@Service
public class CaseTimeline {

    /** Activity types worth showing; gateways and flows are noise to an auditor. */
    private static final Set<String> SHOWN = Set.of(
            "userTask",
            "serviceTask",
            "businessRuleTask",
            "sendTask",
            "startEvent",
            "endEvent",
            "noneEndEvent",
            "messageStartEvent",
            "messageEndEvent",
            "intermediateMessageCatch",
            "intermediateMessageThrowEvent",
            "intermediateTimer",
            "boundaryTimer",
            "boundaryMessage",
            "callActivity",
            "subProcess",
            "errorEndEvent",
            "terminateEndEvent");

    private final HistoryService history;
    private final AuditSearch audit;
    private final JdbcClient jdbc;

    CaseTimeline(HistoryService history, AuditSearch audit, JdbcClient jdbc) {
        this.history = history;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    public List<TimelineEvent> of(UUID caseId) {
        List<TimelineEvent> events = new ArrayList<>();
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseId.toString())
                .list()) {
            engineEvents(instance, events);
        }
        audit.forEach(
                AuditQuery.all().withCase(caseId),
                entry -> events.add(new TimelineEvent(
                        entry.recordedAt(),
                        "AUDIT",
                        null,
                        "audit:" + entry.event().action(),
                        entry.event().objectType() + " " + entry.event().objectId(),
                        entry.event().actor().id(),
                        "entry " + entry.sequence() + ", sha-256 " + entry.hash())));
        events.sort(Comparator.comparing(TimelineEvent::at).thenComparing(TimelineEvent::source));
        return events;
    }

    private void engineEvents(HistoricProcessInstance instance, List<TimelineEvent> events) {
        String process = instance.getProcessDefinitionKey();
        String instanceId = instance.getId();
        Map<String, String[]> forms = submittedForms(instanceId);
        for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
                .processInstanceId(instanceId)
                .list()) {
            if (!SHOWN.contains(activity.getActivityType())) {
                continue;
            }
            String name = activity.getActivityId()
                    + (activity.getActivityName() == null ? "" : " (" + activity.getActivityName() + ")");
            events.add(engine(
                    activity.getStartTime(), process, "STARTED:" + activity.getActivityType(), name, null, null));
            if (activity.getEndTime() != null && "userTask".equals(activity.getActivityType())) {
                String[] form = forms.get(activity.getTaskId());
                events.add(new TimelineEvent(
                        instant(activity.getEndTime()),
                        "ENGINE",
                        process,
                        activity.isCanceled() ? "TASK_CANCELLED" : "TASK_COMPLETED",
                        name,
                        activity.getAssignee(),
                        form == null ? null : form[1],
                        form == null ? null : form[0]));
            }
        }
        history.createUserOperationLogQuery().processInstanceId(instanceId).list().stream()
                .filter(op -> !"Complete".equals(op.getOperationType()))
                .forEach(op -> events.add(engine(
                        op.getTimestamp(),
                        process,
                        "OPERATION:" + op.getOperationType(),
                        op.getEntityType() + (op.getTaskId() == null ? "" : " " + op.getTaskId()),
                        op.getUserId(),
                        op.getProperty() == null ? null : op.getProperty() + " = " + op.getNewValue())));
        for (HistoricIncident incident : history.createHistoricIncidentQuery()
                .processInstanceId(instanceId)
                .list()) {
            events.add(engine(
                    incident.getCreateTime(),
                    process,
                    "INCIDENT:" + incident.getIncidentType(),
                    incident.getActivityId(),
                    null,
                    incidentSummary(incident)));
            if (incident.getEndTime() != null) {
                events.add(engine(
                        incident.getEndTime(),
                        process,
                        incident.isResolved() ? "INCIDENT_RESOLVED" : "INCIDENT_CLOSED",
                        incident.getActivityId(),
                        null,
                        null));
            }
        }
    }

    /**
     * The incident's cause as a fixed summary, not the exception's message: that can carry SQL or
     * class names, which no response may show (README "API"), an auditor's neither.
     */
    private String incidentSummary(HistoricIncident incident) {
        String log = "failedJob".equals(incident.getIncidentType()) ? incident.getHistoryConfiguration() : null;
        return IncidentCause.ofJobLog(history, log).summary().en();
    }

    /** Task id to its submission's form key and values. */
    private Map<String, String[]> submittedForms(String processInstanceId) {
        Map<String, String[]> forms = new HashMap<>();
        jdbc.sql("SELECT task_id, form_key, form_values FROM task_submission WHERE process_instance_id = ?")
                .param(processInstanceId)
                .query(rs -> {
                    forms.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                });
        return forms;
    }

    private static Instant instant(Date at) {
        return at == null ? Instant.EPOCH : at.toInstant();
    }

    private static TimelineEvent engine(
            Date at, String process, String kind, String subject, String actor, String detail) {
        return new TimelineEvent(instant(at), "ENGINE", process, kind, subject, actor, detail);
    }
}
