package org.comity.core.repatriation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.comity.core.task.PersonProcesses;
import org.comity.core.task.SubjectFacts;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The persons of joint operations in the task list: every task of a person's own
 * {@code RepatriationPersonProcess} is about that person, and so is a route decision on them. A name
 * search finds the persons of the operations the caller's state holds or receives.
 */
@Component
@Order(1)
class RepatriationPersonProcesses implements PersonProcesses {

    private final JdbcClient jdbc;

    RepatriationPersonProcesses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String byName() {
        return """
                SELECT P.process_instance_id FROM repatriation_person P
                    JOIN repatriation_operation O ON O.id = P.operation_id
                    WHERE (P.name_key_original LIKE ? ESCAPE '!' OR P.name_key_latin LIKE ? ESCAPE '!')
                    AND (O.holding_state = ? OR O.receiving_state = ?)""";
    }

    @Override
    public List<Object> byNameParams(String originalPattern, String latinPattern, String state) {
        return List.of(originalPattern, latinPattern, state, state);
    }

    @Override
    public List<String> subjectsOfTasks() {
        return List.of("""
                SELECT T.ID_ AS task_id, P.id, P.operation_id AS case_id, P.name_original, P.name_latin
                    FROM ACT_RU_TASK T JOIN repatriation_person P ON P.process_instance_id = T.PROC_INST_ID_
                    WHERE T.ID_ IN (:ids)""", """
                SELECT T.ID_ AS task_id, P.id, P.operation_id AS case_id, P.name_original, P.name_latin
                    FROM ACT_RU_TASK T JOIN route_conflict R ON R.process_instance_id = T.PROC_INST_ID_
                    JOIN repatriation_person P ON P.id = R.person_id
                    WHERE T.ID_ IN (:ids)""");
    }

    @Override
    public List<String> nameKeysOfTask() {
        return List.of(
                "(SELECT MIN(P.name_key_latin) FROM repatriation_person P"
                        + " WHERE P.process_instance_id = T.process_instance_id)",
                "(SELECT MIN(P.name_key_latin) FROM route_conflict R JOIN repatriation_person P ON P.id = R.person_id"
                        + " WHERE R.process_instance_id = T.process_instance_id)");
    }

    @Override
    public Optional<Facts> facts(String personId) {
        return jdbc.sql("""
                SELECT P.sex, P.date_of_birth, P.claimed_nationality, P.category, C.name AS centre, C.region,
                    P.travel_document_type, P.travel_document_number, P.travel_document_expiry, P.process_instance_id
                FROM repatriation_person P JOIN repatriation_call_centre C ON C.id = P.call_centre_id
                WHERE P.id = CAST(? AS UUID)""")
                .param(personId)
                .query((rs, n) -> {
                    List<SubjectFacts.Document> documents = new ArrayList<>(documents(personId));
                    if (rs.getString("travel_document_number") != null) {
                        documents.add(new SubjectFacts.Document(
                                rs.getString("travel_document_type"),
                                rs.getString("travel_document_number"),
                                rs.getObject("travel_document_expiry", LocalDate.class),
                                true));
                    }
                    return new Facts(
                            rs.getString("sex"),
                            rs.getObject("date_of_birth", LocalDate.class),
                            rs.getString("claimed_nationality"),
                            rs.getString("category"),
                            rs.getString("centre"),
                            rs.getString("region"),
                            documents,
                            rs.getString("process_instance_id"));
                })
                .optional();
    }

    private List<SubjectFacts.Document> documents(String personId) {
        return jdbc.sql("""
                SELECT document_type, document_number, expiry_date FROM repatriation_person_document
                WHERE person_id = CAST(? AS UUID) ORDER BY document_type, document_number""")
                .param(personId)
                .query((rs, n) -> new SubjectFacts.Document(
                        rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), false))
                .list();
    }
}
