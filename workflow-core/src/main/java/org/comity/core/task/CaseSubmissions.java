package org.comity.core.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the completed forms of a case from {@code task_submission}: who completed a step (for
 * four-eyes rules) and the values they entered, text included (for documents), which never reach
 * the engine.
 */
@Repository
public class CaseSubmissions {

    private final JdbcClient jdbc;
    private final ObjectMapper mapper;

    CaseSubmissions(JdbcClient jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    /** Users who completed a task of the case, newest first. */
    public List<String> submittersOf(String caseId, String taskKey) {
        return jdbc.sql("SELECT submitted_by FROM task_submission WHERE case_id = ? AND task_key = ? "
                        + "ORDER BY submitted_at DESC")
                .params(caseId, taskKey)
                .query(String.class)
                .list();
    }

    /** Who last completed a task of the case, and when: the officer who signs for that step's act. */
    public record Completion(String username, java.time.Instant at) {}

    /** The latest completion of a task of the case, if any; see {@link Completion}. */
    public Optional<Completion> lastCompletion(String caseId, String taskKey) {
        return jdbc
                .sql("SELECT submitted_by, submitted_at FROM task_submission WHERE case_id = ? AND task_key = ? "
                        + "ORDER BY submitted_at DESC")
                .params(caseId, taskKey)
                .query((rs, n) ->
                        new Completion(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .list()
                .stream()
                .findFirst();
    }

    /** {@link #lastCompletion(String, String)} within one process instance, for a step of one transfer. */
    public Optional<Completion> lastCompletionInProcess(String processInstanceId, String taskKey) {
        return jdbc
                .sql("SELECT submitted_by, submitted_at FROM task_submission WHERE process_instance_id = ? "
                        + "AND task_key = ? ORDER BY submitted_at DESC")
                .params(processInstanceId, taskKey)
                .query((rs, n) ->
                        new Completion(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .list()
                .stream()
                .findFirst();
    }

    /**
     * The latest completion of a task of the case as its form record, so that a document is built
     * from typed values (dates as dates, choices as enums) rather than from a map of strings; empty
     * if the task was never completed. The stored values are the form's own components
     * ({@code FormVariables#asPlainValues}), so they always bind back.
     */
    public <F extends Record> Optional<F> latest(String caseId, String taskKey, Class<F> form) {
        return jdbc
                .sql("SELECT form_values FROM task_submission WHERE case_id = ? AND task_key = ? "
                        + "ORDER BY submitted_at DESC")
                .params(caseId, taskKey)
                .query(String.class)
                .list()
                .stream()
                .findFirst()
                .map(json -> record(json, form));
    }

    /** {@link #latest(String, String, Class)} within one process instance, for a step of one transfer or person. */
    public <F extends Record> Optional<F> latestInProcess(String processInstanceId, String taskKey, Class<F> form) {
        return jdbc
                .sql("SELECT form_values FROM task_submission WHERE process_instance_id = ? AND task_key = ? "
                        + "ORDER BY submitted_at DESC")
                .params(processInstanceId, taskKey)
                .query(String.class)
                .list()
                .stream()
                .findFirst()
                .map(json -> record(json, form));
    }

    private <F extends Record> F record(String json, Class<F> form) {
        try {
            return mapper.readValue(json, form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored submission binds to its form " + form.getSimpleName(), e);
        }
    }
}
