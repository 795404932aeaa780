package org.comity.core.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.failure.ConflictException;
import org.comity.core.form.FormVariables;
import org.comity.core.identity.Actor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every completed form, whole, in Comity's {@code task_submission} table: who submitted which values
 * for which task. It keeps the text fields that never go to the engine, and its unique task id makes
 * the database itself refuse a second completion of the same task.
 */
@Repository
class TaskSubmissions {

    private final JdbcClient jdbc;
    private final ObjectMapper mapper;
    private final Clock clock;

    TaskSubmissions(JdbcClient jdbc, ObjectMapper mapper, Clock clock) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Stores the submission and returns its canonical JSON (for the audit digest). */
    String record(Task task, String caseId, Actor actor, String formKey, Record form) {
        String json = json(form);
        try {
            jdbc.sql("""
                    INSERT INTO task_submission (id, task_id, task_key, process_instance_id, case_id, form_key,
                        form_values, submitted_by, submitted_by_kind, submitted_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            UUID.randomUUID(),
                            task.getId(),
                            task.getTaskDefinitionKey(),
                            task.getProcessInstanceId(),
                            caseId,
                            formKey,
                            json,
                            actor.id(),
                            actor.kind().name(),
                            OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                    .update();
            return json;
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Task " + task.getId() + " is already completed", e);
        }
    }

    private String json(Record form) {
        try {
            return mapper.writeValueAsString(FormVariables.asPlainValues(form));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A form's plain values are always JSON", e);
        }
    }
}
