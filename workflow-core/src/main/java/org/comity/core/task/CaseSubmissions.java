package org.comity.core.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
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
                + "ORDER BY submitted_at DESC").params(caseId, taskKey).query(String.class).list();
    }

    /** The values of the latest completion of a task of the case, text included; empty if none. */
    public Map<String, Object> latest(String caseId, String taskKey) {
        return jdbc.sql("SELECT form_values FROM task_submission WHERE case_id = ? AND task_key = ? "
                + "ORDER BY submitted_at DESC").params(caseId, taskKey).query(String.class).list().stream()
                .findFirst().map(this::map).orElse(Map.of());
    }

    private Map<String, Object> map(String json) {
        try {
            return mapper.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored submission is always JSON", e);
        }
    }
}
