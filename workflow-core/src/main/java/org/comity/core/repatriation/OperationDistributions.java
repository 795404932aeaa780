package org.comity.core.repatriation;

import static org.comity.core.repatriation.RepatriationModel.END_REPATRIATED;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The two distributions of an operation's dashboard, read from live data like every other figure:
 * persons by the region of the call centre they were found in, and persons repatriated by the day
 * they were handed over.
 */
@Component
class OperationDistributions {

    /** The variable of {@code Task_ExecuteHandover} that records when the holding officer handed the persons over. */
    static final String HANDED_OVER_AT = "handedOverAt";

    private final JdbcClient jdbc;

    OperationDistributions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every region of the operation (those with no person count 0), in the order of their names. */
    Map<String, Long> personsPerRegion(UUID operationId) {
        Map<String, Long> perRegion = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT r.name, COUNT(p.id) FROM repatriation_region r
                LEFT JOIN repatriation_call_centre c ON c.operation_id = r.operation_id AND c.region = r.name
                LEFT JOIN repatriation_person p ON p.call_centre_id = c.id
                WHERE r.operation_id = ? GROUP BY r.name ORDER BY r.name""").param(operationId).query(rs -> {
            perRegion.put(rs.getString(1), rs.getLong(2));
        });
        return perRegion;
    }

    /**
     * Persons whose process ended {@code Repatriated}, by the day (in {@code zone}) of their transfer's
     * recorded handover time; a transfer without that record counts on the day its receipt ended
     * the persons' processes. The values add up to {@link OperationMetrics#personsRepatriated()}.
     */
    SortedMap<LocalDate, Long> repatriatedPerDay(UUID operationId, ZoneId zone) {
        SortedMap<LocalDate, Long> perDay = new TreeMap<>();
        jdbc.sql("""
                SELECT MIN(v.LONG_), MIN(h.END_TIME_), COUNT(*) FROM ACT_HI_PROCINST h
                JOIN repatriation_person p ON p.process_instance_id = h.PROC_INST_ID_
                LEFT JOIN repatriation_transfer_person tp ON tp.person_id = p.id
                LEFT JOIN repatriation_transfer t ON t.id = tp.transfer_id
                LEFT JOIN ACT_HI_VARINST v ON v.PROC_INST_ID_ = t.process_instance_id AND v.NAME_ = ?
                WHERE p.operation_id = ? AND h.END_ACT_ID_ = ?
                GROUP BY tp.transfer_id""").params(HANDED_OVER_AT, operationId, END_REPATRIATED).query(rs -> {
            long handedOver = rs.getLong(1);
            Instant at = rs.wasNull() ? rs.getTimestamp(2).toInstant() : Instant.ofEpochMilli(handedOver);
            perDay.merge(LocalDate.ofInstant(at, zone), rs.getLong(3), Long::sum);
        });
        return perDay;
    }
}
