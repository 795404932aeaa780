package org.comity.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.comity.web.WebIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The auditor's API and the audit entries that task work leaves. */
class AuditApiIT extends WebIT {

    @Autowired
    JdbcClient jdbc;

    private long entries(String action, String objectId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = ? AND object_id = ?")
                .params(action, objectId)
                .query(Long.class)
                .single();
    }

    @Test
    void letsOnlyAuditorsReadTheLog() {
        assertThat(as("cn.supervisor").get("/api/v1/audit/verify").status()).isEqualTo(403);
        assertThat(withToken("demo-mm-mpf").get("/api/v1/audit/events").status())
                .isEqualTo(403);
        assertThat(anonymous().get("/api/v1/audit/verify").status()).isEqualTo(401);
    }

    @Test
    void verifiesTheChainAndLogsTheAuditorsOwnRead() {
        long before = jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'audit.verify'")
                .query(Long.class)
                .single();
        var verification = as("auditor").get("/api/v1/audit/verify");
        assertThat(verification.status()).isEqualTo(200);
        assertThat(verification.json().get("valid").asBoolean()).isTrue();
        assertThat(verification.json().get("entries").asLong()).isPositive();
        assertThat(verification.json().get("head").asText()).hasSize(64);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'audit.verify'")
                        .query(Long.class)
                        .single())
                .isEqualTo(before + 1);
    }

    @Test
    void recordsExactlyOneAlterationPerCompletionAndNoneForARejectedOne() {
        String caseId = startCase("CN");
        String taskId = openTask(caseId, "Task_RecordDecision");
        var officer = as("cn.officer");
        assertThat(officer.post("/api/v1/tasks/" + taskId + "/complete", Map.of("decision", "RETURN"))
                        .status())
                .isEqualTo(422);
        assertThat(entries("task.complete", taskId)).isZero();
        assertThat(officer.post("/api/v1/tasks/" + taskId + "/claim", Map.of()).status())
                .isEqualTo(204);
        assertThat(officer.post("/api/v1/tasks/" + taskId + "/complete", Map.of("decision", "APPROVE"))
                        .status())
                .isEqualTo(204);
        assertThat(entries("task.claim", taskId)).isOne();
        assertThat(entries("task.complete", taskId)).isOne();
        var found = as("auditor").get("/api/v1/audit/events?caseId=" + caseId);
        assertThat(found.json().get("entries").findValuesAsText("action"))
                .containsExactly("task.claim", "task.complete");
        assertThat(found.body()).doesNotContain("APPROVE");
    }

    @Test
    void exportsCsvWithFormulaCellsNeutralised() {
        as("auditor").get("/api/v1/audit/verify?purpose==HYPERLINK(\"http://evil\")");
        var csv = as("auditor").get("/api/v1/audit/events.csv?actorId=auditor");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body())
                .contains("'=HYPERLINK")
                .doesNotContain(",=HYPERLINK")
                .doesNotContain(",\"=HYPERLINK");
    }

    @Test
    void refusesAReversedTimeRangeWith422() {
        var response = as("auditor").get("/api/v1/audit/events?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly("from");
    }
}
