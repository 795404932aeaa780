package org.comity.web.casefile;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Named cases for tests that need a case the APIs of this deployment cannot open. */
public final class CaseFixtures {

    private CaseFixtures() {
    }

    /**
     * A case between China and Thailand, stored as a deployment serving more than two states would
     * store it: Myanmar is no party to it, so a Myanmar officer may not see it. Returns its id.
     */
    public static String aCaseBetweenChinaAndThailand(JdbcClient jdbc) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO comity_case (id, reference, case_type, requesting_jurisdiction, requested_jurisdiction,
                    status, created_by, created_at, updated_at)
                VALUES (?, ?, 'EXTRADITION', 'CN', 'TH', 'SUBMITTED', 'cn-mps', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                .params(id, "EXT-CN-2026-9" + id.toString().substring(0, 5)).update();
        return id.toString();
    }
}
