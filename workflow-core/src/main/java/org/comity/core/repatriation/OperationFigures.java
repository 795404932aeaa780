package org.comity.core.repatriation;

import static org.comity.core.repatriation.RepatriationModel.*;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.comity.core.identity.Actor;
import org.comity.core.jurisdiction.JurisdictionClock;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.repatriation.request.PersonCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes {@link OperationMetrics} from the data at the moment of the call: persons and call
 * centres from Comity's tables, each person's stage from the engine's open tasks, message
 * subscriptions and finished instances (joined on the person's process instance id).
 */
@Service
public class OperationFigures {

    private final RepatriationIntake intake;
    private final OperationDistributions distributions;
    private final JurisdictionRegistry jurisdictions;
    private final JdbcClient jdbc;
    private final JurisdictionClock clock;

    OperationFigures(
            RepatriationIntake intake,
            OperationDistributions distributions,
            JurisdictionRegistry jurisdictions,
            JdbcClient jdbc,
            JurisdictionClock clock) {
        this.intake = intake;
        this.distributions = distributions;
        this.jurisdictions = jurisdictions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public OperationMetrics of(Actor actor, String operationId) {
        Operation op = intake.operation(actor, operationId);
        LocalDate end = op.endDate() != null ? op.endDate() : clock.today(op.holdingState());
        Period period = Period.between(op.startDate(), end);
        Map<String, Long> stages = stages(op.id());
        Map<String, Long> repatriated = repatriatedByCategory(op.id());
        long suspects = repatriated.getOrDefault(PersonCategory.SUSPECT.name(), 0L);
        long victims = repatriated.getOrDefault(PersonCategory.TRAFFICKING_VICTIM.name(), 0L)
                + repatriated.getOrDefault(PersonCategory.POSSIBLE_TRAFFICKING_VICTIM.name(), 0L);
        return new OperationMetrics(
                op.id().toString(),
                op.name(),
                op.holdingState(),
                op.receivingState(),
                op.startDate(),
                op.endDate(),
                period.toString(),
                ChronoUnit.DAYS.between(op.startDate(), end),
                period.toTotalMonths(),
                count("repatriation_person", op.id()),
                suspects,
                victims,
                repatriated.values().stream().mapToLong(Long::longValue).sum(),
                count("repatriation_call_centre", op.id()),
                count("repatriation_region", op.id()),
                openTasks(op.id(), TASK_ESCALATE_VERIFICATION),
                stages,
                transfers(op.id()),
                distributions.personsPerRegion(op.id()),
                distributions.repatriatedPerDay(
                        op.id(), jurisdictions.require(op.receivingState()).zone()));
    }

    private Map<String, Long> stages(UUID operationId) {
        Map<String, Long> stages = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT t.TASK_DEF_KEY_, COUNT(*) FROM ACT_RU_TASK t
                JOIN repatriation_person p ON p.process_instance_id = t.PROC_INST_ID_
                WHERE p.operation_id = ? GROUP BY t.TASK_DEF_KEY_""").param(operationId).query(rs -> {
            String stage = PersonStage.ofTask(rs.getString(1));
            if (stage != null) {
                stages.merge(stage, rs.getLong(2), Long::sum);
            }
        });
        jdbc.sql("""
                SELECT %1$s, COUNT(*)
                FROM ACT_RU_EVENT_SUBSCR s JOIN repatriation_person p ON p.process_instance_id = s.PROC_INST_ID_
                LEFT JOIN repatriation_transfer_person tp ON tp.person_id = p.id
                WHERE p.operation_id = ? AND s.EVENT_NAME_ = ?
                GROUP BY %1$s""".formatted(PersonStage.WAITING_SQL))
                .params(operationId, MESSAGE_PERSON_HANDED_OVER)
                .query(rs -> {
                    stages.merge(rs.getString(1), rs.getLong(2), Long::sum);
                });
        jdbc.sql("""
                SELECT h.END_ACT_ID_, COUNT(*) FROM ACT_HI_PROCINST h
                JOIN repatriation_person p ON p.process_instance_id = h.PROC_INST_ID_
                WHERE p.operation_id = ? AND h.END_TIME_ IS NOT NULL GROUP BY h.END_ACT_ID_""").param(operationId).query(rs -> {
            stages.merge(PersonStage.ofEnd(rs.getString(1)), rs.getLong(2), Long::sum);
        });
        long awaitingStart = jdbc.sql("SELECT COUNT(*) FROM repatriation_person WHERE operation_id = ?"
                        + " AND process_instance_id IS NULL")
                .param(operationId)
                .query(Long.class)
                .single();
        if (awaitingStart > 0) {
            stages.merge(PersonStage.AWAITING_PROCESS_START, awaitingStart, Long::sum);
        }
        return stages;
    }

    private Map<String, Long> repatriatedByCategory(UUID operationId) {
        Map<String, Long> byCategory = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT p.category, COUNT(*) FROM ACT_HI_PROCINST h
                JOIN repatriation_person p ON p.process_instance_id = h.PROC_INST_ID_
                WHERE p.operation_id = ? AND h.END_ACT_ID_ = ? GROUP BY p.category""").params(operationId, END_REPATRIATED).query(rs -> {
            byCategory.put(rs.getString(1), rs.getLong(2));
        });
        return byCategory;
    }

    private Map<String, Long> transfers(UUID operationId) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        jdbc.sql("SELECT status, COUNT(*) FROM repatriation_transfer WHERE operation_id = ? GROUP BY status")
                .param(operationId)
                .query(rs -> {
                    byStatus.put(rs.getString(1), rs.getLong(2));
                });
        return byStatus;
    }

    private long openTasks(UUID operationId, String taskKey) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM ACT_RU_TASK t JOIN repatriation_person p ON p.process_instance_id = t.PROC_INST_ID_
                WHERE p.operation_id = ? AND t.TASK_DEF_KEY_ = ?""").params(operationId, taskKey).query(Long.class).single();
    }

    private long count(String table, UUID operationId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE operation_id = ?")
                .param(operationId)
                .query(Long.class)
                .single();
    }
}
