package org.comity.core.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds the person a task is about in Comity's tables: the person whose own process the task
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

    /** Each task id with its person, from the person's own process or a route conflict's. */
    private static final String SUBJECTS = """
            SELECT T.ID_ AS task_id, P.id, P.operation_id, P.name_original, P.name_latin
                FROM ACT_RU_TASK T JOIN repatriation_person P ON P.process_instance_id = T.PROC_INST_ID_
                WHERE T.ID_ IN (:ids) AND EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK L WHERE L.TASK_ID_ = T.ID_
                    AND L.TYPE_ = 'candidate' AND L.GROUP_ID_ = :group)
            UNION ALL
            SELECT T.ID_ AS task_id, P.id, P.operation_id, P.name_original, P.name_latin
                FROM ACT_RU_TASK T JOIN route_conflict R ON R.process_instance_id = T.PROC_INST_ID_
                JOIN repatriation_person P ON P.id = R.person_id
                WHERE T.ID_ IN (:ids) AND EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK L WHERE L.TASK_ID_ = T.ID_
                    AND L.TYPE_ = 'candidate' AND L.GROUP_ID_ = :group)
            UNION ALL
            SELECT T.ID_ AS task_id, X.id, X.case_id, X.person_name_original, X.person_name_latin
                FROM ACT_RU_TASK T JOIN ACT_RU_EXECUTION E ON E.ID_ = T.PROC_INST_ID_
                JOIN extradition_request X ON CAST(X.case_id AS VARCHAR(36)) = E.BUSINESS_KEY_
                WHERE T.ID_ IN (:ids) AND X.person_name_latin IS NOT NULL AND EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK L
                    WHERE L.TASK_ID_ = T.ID_ AND L.TYPE_ = 'candidate' AND L.GROUP_ID_ = :group)""";

    private static final TypeReference<LinkedHashMap<String, Object>> VALUES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper mapper;

    TaskSubjects(JdbcClient jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
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
        jdbc.sql(SUBJECTS).param("ids", List.copyOf(taskIds)).param("group", group).query((rs, n) -> {
            subjects.putIfAbsent(rs.getString("task_id"), new TaskSubject(rs.getString("id"),
                    rs.getString("operation_id"), rs.getString("name_original"), rs.getString("name_latin")));
            return null;
        }).list();
        return subjects;
    }

    /** The facts on the person a task of the group is about, and the answers given on them by other tasks. */
    Optional<SubjectFacts> facts(String taskId, String group) {
        TaskSubject subject = of(List.of(taskId), group).get(taskId);
        if (subject == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT P.sex, P.date_of_birth, P.claimed_nationality, P.category, C.name AS centre, C.region,
                    P.travel_document_type, P.travel_document_number, P.travel_document_expiry, P.process_instance_id
                FROM repatriation_person P JOIN repatriation_call_centre C ON C.id = P.call_centre_id
                WHERE P.id = CAST(? AS UUID)""").param(subject.personId()).query((rs, n) -> {
                    List<SubjectFacts.Document> documents = new ArrayList<>(documents(subject.personId()));
                    if (rs.getString("travel_document_number") != null) {
                        documents.add(new SubjectFacts.Document(rs.getString("travel_document_type"),
                                rs.getString("travel_document_number"),
                                rs.getObject("travel_document_expiry", LocalDate.class), true));
                    }
                    return new SubjectFacts(subject, rs.getString("sex"), rs.getObject("date_of_birth", LocalDate.class),
                            rs.getString("claimed_nationality"), rs.getString("category"), rs.getString("centre"),
                            rs.getString("region"), documents, answers(rs.getString("process_instance_id"), taskId));
                }).optional();
    }

    private List<SubjectFacts.Document> documents(String personId) {
        return jdbc.sql("""
                SELECT document_type, document_number, expiry_date FROM repatriation_person_document
                WHERE person_id = CAST(? AS UUID) ORDER BY document_type, document_number""").param(personId)
                .query((rs, n) -> new SubjectFacts.Document(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), false)).list();
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
                .query((rs, n) -> new SubjectFacts.EarlierAnswer(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), values(rs.getString(5)))).list();
    }

    private Map<String, Object> values(String json) {
        try {
            return mapper.readValue(json, VALUES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored submission is always JSON", e);
        }
    }
}
