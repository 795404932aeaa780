package org.comity.web.casefile;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Named cases for tests that need a case the APIs of this deployment cannot open. */
public final class CaseFixtures {

    private CaseFixtures() {}

    /**
     * A case between China and Thailand, stored as a deployment serving more than two states would
     * store it: Myanmar is no party to it, so a Myanmar officer may not see it. Returns its id.
     */
    public static String aCaseBetweenChinaAndThailand(JdbcClient jdbc) {
        return aCaseFile(jdbc, UUID.randomUUID().toString(), "CN", "TH");
    }

    /**
     * Files a case under an id that already is the business key of a process (e.g. the platform's
     * test process, whose tasks have the due date the test chooses), transmitted to the requested
     * state, so that both parties see it. Returns the id.
     */
    public static String aCaseFile(JdbcClient jdbc, String caseId, String requesting, String requested) {
        UUID id = UUID.fromString(caseId);
        jdbc.sql("""
                INSERT INTO comity_case (id, reference, case_type, requesting_jurisdiction, requested_jurisdiction,
                    status, created_by, created_at, updated_at, transmitted_at)
                VALUES (?, ?, 'EXTRADITION', ?, ?, 'REQUEST_SENT', 'cn-mps', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,
                    CURRENT_TIMESTAMP)""")
                .params(id, "EXT-" + requesting + "-2026-9" + caseId.substring(0, 5), requesting, requested)
                .update();
        return caseId;
    }
}
