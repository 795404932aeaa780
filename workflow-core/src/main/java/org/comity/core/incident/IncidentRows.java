package org.comity.core.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads failed-job incidents from Camunda's history with the business key (the case id) of their
 * process instance, in one query. Camunda's incident query cannot filter by business key, and a joint
 * operation has a process instance per person (1,523 in the seed), so one engine query per instance
 * would make a case view slow, as {@code CaseEngineState} found for tasks. The history table holds
 * open, resolved and deleted incidents alike; history level FULL keeps them as long as the process.
 */
@Component
class IncidentRows {

    /** The most incidents one listing considers; incidents are exceptional, far fewer are expected. */
    static final int SCAN_LIMIT = 10_000;

    private static final String SELECT = """
            SELECT i.ID_, i.PROC_INST_ID_, p.BUSINESS_KEY_, i.PROC_DEF_KEY_, i.PROC_DEF_ID_, i.ACTIVITY_ID_,
                i.FAILED_ACTIVITY_ID_, i.CONFIGURATION_, i.HISTORY_CONFIGURATION_, i.INCIDENT_STATE_,
                i.CREATE_TIME_, i.END_TIME_
            FROM ACT_HI_INCIDENT i JOIN ACT_HI_PROCINST p ON p.PROC_INST_ID_ = i.PROC_INST_ID_
            WHERE i.INCIDENT_TYPE_ = 'failedJob'""";

    private static final String ORDER = " ORDER BY i.CREATE_TIME_ DESC, i.ID_ FETCH FIRST " + SCAN_LIMIT + " ROWS ONLY";

    private final JdbcClient jdbc;

    IncidentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One incident as the history table holds it. {@code jobId} is the failed job ({@code
     * CONFIGURATION_}); {@code jobLogId} the history entry of its last failure, with the stack trace.
     */
    record Row(
            String id,
            String processInstanceId,
            String caseId,
            String processDefinitionKey,
            String processDefinitionId,
            String activityId,
            String failedActivityId,
            String jobId,
            String jobLogId,
            IncidentState state,
            Instant openedAt,
            Instant endedAt) {

        /** The element the failure happened in, or the job's own element if the engine did not say. */
        String failedElement() {
            return failedActivityId != null ? failedActivityId : activityId;
        }
    }

    Optional<Row> byId(String incidentId) {
        return jdbc.sql(SELECT + " AND i.ID_ = ?")
                .param(incidentId)
                .query(IncidentRows::row)
                .optional();
    }

    /** The incidents of a case, newest first; {@code openOnly} leaves out resolved and deleted ones. */
    List<Row> ofCase(String caseId, boolean openOnly) {
        return jdbc.sql(SELECT + " AND p.BUSINESS_KEY_ = ?" + (openOnly ? " AND i.END_TIME_ IS NULL" : "") + ORDER)
                .param(caseId)
                .query(IncidentRows::row)
                .list();
    }

    /** All incidents, newest first, up to {@link #SCAN_LIMIT}. */
    List<Row> all(boolean openOnly) {
        return jdbc.sql(SELECT + (openOnly ? " AND i.END_TIME_ IS NULL" : "") + ORDER)
                .query(IncidentRows::row)
                .list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                state(rs.getInt(10)),
                instant(rs.getTimestamp(11)),
                instant(rs.getTimestamp(12)));
    }

    /** Camunda's incident state code: open (default), resolved, or deleted with its process instance. */
    private static IncidentState state(int code) {
        if (code == org.camunda.bpm.engine.history.IncidentState.RESOLVED.getStateCode()) {
            return IncidentState.RESOLVED;
        }
        return code == org.camunda.bpm.engine.history.IncidentState.DELETED.getStateCode()
                ? IncidentState.CLOSED
                : IncidentState.OPEN;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
