package org.comity.core.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds the person a task is about in the features' tables ({@link PersonProcesses}): the person whose own process the task
 * belongs to (every task of {@code RepatriationPersonProcess}), the person a route decision is
 * about, or the person an extradition request seeks (every task of either side's extradition
 * process, whose business key is the case; the person's id is then the request's, since the person
 * sought has no record of their own). Only tasks of the given candidate group are answered, so a list of ids sent back by a
 * browser never names the persons of another group's (or the other state's) tasks. The task list
 * asks for a whole page in one query, so a page of 25 rows costs one lookup, not 25; the task page
 * asks for one person's facts and earlier answers.
 */
@Repository
class TaskSubjects {

    private static final TypeReference<LinkedHashMap<String, Object>> VALUES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ObjectMapper mapper;
    private final PersonProcessSql persons;

    TaskSubjects(JdbcClient jdbc, ObjectMapper mapper, PersonProcessSql persons) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.persons = persons;
    }

    /**
     * Task id to its person, for the tasks of the group that are about one; one query whatever the
     * number of tasks.
     */
    Map<String, TaskSubject> of(Collection<String> taskIds, String group) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        Map<String, TaskSubject> subjects = new LinkedHashMap<>();
        jdbc.sql(persons.subjects())
                .param("ids", List.copyOf(taskIds))
                .param("group", group)
                .query((rs, n) -> {
                    subjects.putIfAbsent(
                            rs.getString("task_id"),
                            new TaskSubject(
                                    rs.getString("id"),
                                    rs.getString("case_id"),
                                    rs.getString("name_original"),
                                    rs.getString("name_latin")));
                    return null;
                })
                .list();
        return subjects;
    }

    /** The facts on the person a task of the group is about, and the answers given on them by other tasks. */
    Optional<SubjectFacts> facts(String taskId, String group) {
        TaskSubject subject = of(List.of(taskId), group).get(taskId);
        if (subject == null) {
            return Optional.empty();
        }
        return persons.facts(subject.personId())
                .map(facts -> new SubjectFacts(
                        subject,
                        facts.sex(),
                        facts.dateOfBirth(),
                        facts.claimedNationality(),
                        facts.category(),
                        facts.callCentre(),
                        facts.region(),
                        facts.documents(),
                        answers(facts.processInstanceId(), taskId)));
    }

    /** The submissions of the process instance's other tasks, oldest first. */
    List<SubjectFacts.EarlierAnswer> answers(String processInstanceId, String taskId) {
        if (processInstanceId == null) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT task_key, form_key, submitted_by, submitted_at, form_values FROM task_submission
                WHERE process_instance_id = ? AND task_id <> ? ORDER BY submitted_at, id""")
                .params(processInstanceId, taskId)
                .query((rs, n) -> new SubjectFacts.EarlierAnswer(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        values(rs.getString(5))))
                .list();
    }

    private Map<String, Object> values(String json) {
        try {
            return mapper.readValue(json, VALUES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored submission is always JSON", e);
        }
    }
}
