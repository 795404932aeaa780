package org.comity.core.repatriation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.comity.core.repatriation.request.OperationInput;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Operations with their regions and call centres, in tables {@code repatriation_operation} and below. */
@Repository
public class Operations {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Operations(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insert(
            Operation op,
            List<String> regions,
            Map<String, OperationInput.CallCentreInput> callCentres,
            Map<String, UUID> callCentreIds,
            String createdBy,
            OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO repatriation_operation (id, name, holding_state, receiving_state, start_date, end_date,
                    created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        op.id(),
                        op.name(),
                        op.holdingState(),
                        op.receivingState(),
                        op.startDate(),
                        op.endDate(),
                        createdBy,
                        now)
                .update();
        batch.batchUpdate(
                "INSERT INTO repatriation_region (operation_id, name) VALUES (?, ?)",
                regions.stream().map(r -> new Object[] {op.id(), r}).toList());
        batch.batchUpdate(
                "INSERT INTO repatriation_call_centre (id, operation_id, name, region) VALUES (?, ?, ?, ?)",
                callCentres.values().stream()
                        .map(c -> new Object[] {callCentreIds.get(c.name()), op.id(), c.name(), c.region()})
                        .toList());
    }

    public Optional<Operation> find(UUID id) {
        return jdbc.sql("SELECT * FROM repatriation_operation WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Operation(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("holding_state"),
                        rs.getString("receiving_state"),
                        rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class)))
                .optional();
    }

    /** The operation's call centres by name. */
    Map<String, UUID> callCentres(UUID operationId) {
        Map<String, UUID> byName = new HashMap<>();
        jdbc.sql("SELECT name, id FROM repatriation_call_centre WHERE operation_id = ?")
                .param(operationId)
                .query(rs -> {
                    byName.put(rs.getString(1), rs.getObject(2, UUID.class));
                });
        return byName;
    }

    void close(UUID id, LocalDate endDate) {
        jdbc.sql("UPDATE repatriation_operation SET end_date = COALESCE(end_date, ?) WHERE id = ?")
                .params(endDate, id)
                .update();
    }
}
