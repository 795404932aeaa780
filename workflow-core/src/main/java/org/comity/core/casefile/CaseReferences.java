package org.comity.core.casefile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out human case references, {@code <TYPE>-<REQUESTING STATE>-<YEAR>-<6-digit sequence>}
 * (e.g. {@code EXT-CN-2026-000123}), gap-free per type, state and year. The counter row is updated
 * in the caller's transaction, so two cases opened at once never share a number.
 */
@Component
class CaseReferences {

    private final JdbcClient jdbc;

    CaseReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String next(CaseType type, String requesting, int year) {
        String series = type.prefix() + "-" + requesting + "-" + year;
        int updated = jdbc.sql("UPDATE case_reference_counter SET last_value = last_value + 1 WHERE series = ?")
                .param(series)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO case_reference_counter (series, last_value) VALUES (?, 1)")
                    .param(series)
                    .update();
        }
        long value = jdbc.sql("SELECT last_value FROM case_reference_counter WHERE series = ?")
                .param(series)
                .query(Long.class)
                .single();
        return series + "-" + String.format("%06d", value);
    }
}
