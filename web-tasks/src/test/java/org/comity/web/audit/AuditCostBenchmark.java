package org.comity.web.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.comity.core.audit.AuditActor;
import org.comity.core.audit.AuditCategory;
import org.comity.core.audit.AuditEvent;
import org.comity.core.audit.AuditLog;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.audit.ChangeDigest;
import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;
import org.comity.core.task.TaskWork;
import org.comity.web.WebIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What auditing costs a request: the time of audited API requests (task completions through HTTP,
 * each writing one audit entry) against the time of writing the same audit entries alone, measured
 * in the same run. Not a test: run with
 * {@code mvn -B verify -pl web-tasks -am -Dtest=none -Dit.test=AuditCostBenchmark -Dbenchmark=true}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class AuditCostBenchmark extends WebIT {

    static final int WARM_UP = 50;
    static final int MEASURED = 300;

    @Autowired
    AuditLog log;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    TaskWork work;

    @Test
    void reportsTheShareOfAuditingInRequestTime() throws Exception {
        completions(WARM_UP);
        serviceCompletions(WARM_UP);
        appends(WARM_UP);
        double request = completions(MEASURED);
        double service = serviceCompletions(MEASURED);
        double audit = appends(MEASURED);
        String report =
                String.format("""
                Audit cost per request (H2, %d requests, same run)
                  task completion through HTTP with Basic auth (incl. one audit entry): %.2f ms/request
                  task completion in the service alone, no HTTP or bcrypt (incl. one audit entry): %.2f ms
                  the same audit entry written alone in its own transaction: %.3f ms/entry
                  share of auditing: %.1f %% of the HTTP request, %.1f %% of the service call (target <= 10 %%)
                """, MEASURED, request, service, audit, 100 * audit / request, 100 * audit / service);
        System.out.println(report);
        Files.createDirectories(Path.of("target", "benchmark"));
        Files.writeString(Path.of("target", "benchmark", "audit-cost.txt"), report);
    }

    /** Mean milliseconds of one task completion through the API. */
    private double completions(int n) {
        List<String> taskIds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            taskIds.add(openTask(startCase("CN"), "Task_RecordDecision"));
        }
        var officer = as("cn.officer");
        long start = System.nanoTime();
        for (String taskId : taskIds) {
            int status = officer.post(
                            "/api/v1/tasks/" + taskId + "/complete",
                            Map.of("decision", "RETURN", "reasons", "Warrant missing"))
                    .status();
            if (status != 204) {
                throw new IllegalStateException("completion failed: " + status);
            }
        }
        return (System.nanoTime() - start) / 1e6 / n;
    }

    /** Mean milliseconds of one task completion through the service, without HTTP and authentication. */
    private double serviceCompletions(int n) {
        List<String> taskIds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            taskIds.add(openTask(startCase("CN"), "Task_RecordDecision"));
        }
        Actor officer = Actor.person("cn.officer", Role.OFFICER, "CN");
        long start = System.nanoTime();
        for (String taskId : taskIds) {
            work.complete(officer, taskId, Map.of("decision", "RETURN", "reasons", "Warrant missing"));
        }
        return (System.nanoTime() - start) / 1e6 / n;
    }

    /** Mean milliseconds of writing one task-completion audit entry in its own transaction. */
    private double appends(int n) {
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            UUID caseId = UUID.randomUUID();
            tx.executeWithoutResult(s -> log.record(
                    AuditEvent.of(AuditActor.person("cn.officer", "CN"), AuditCategory.ALTERATION, "task.complete")
                            .object(AuditObjectType.TASK, caseId.toString())
                            .caseId(caseId)
                            .changeDigest(ChangeDigest.of("{\"decision\":\"RETURN\"}"))
                            .build()));
        }
        return (System.nanoTime() - start) / 1e6 / n;
    }
}
