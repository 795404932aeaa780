package org.comity.core.extradition;

import java.util.List;
import org.comity.core.task.PersonProcesses;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The persons extradition requests seek, in the task list: every task of either side's extradition
 * process is about the person its case's request seeks (the case is the process's business key; the
 * person has no record of their own, so the request's id stands for them). A name search matches the
 * person's names and aliases ({@code extradition_subject_name}) in the cases the caller's state
 * requests or is requested in; the list shows and sorts by the name, not an alias. The facts of the
 * task page are those of a held person, which a person sought has none of.
 */
@Component
@Order(2)
class ExtraditionPersonProcesses implements PersonProcesses {

    @Override
    public String byName() {
        return """
                SELECT E.PROC_INST_ID_ FROM ACT_RU_EXECUTION E
                    WHERE E.BUSINESS_KEY_ IN (SELECT CAST(S.case_id AS VARCHAR(36)) FROM extradition_subject_name S
                        JOIN comity_case C ON C.id = S.case_id
                        WHERE (S.name_key_original LIKE ? ESCAPE '!' OR S.name_key_latin LIKE ? ESCAPE '!')
                        AND (C.requesting_jurisdiction = ? OR C.requested_jurisdiction = ?))""";
    }

    @Override
    public List<Object> byNameParams(String originalPattern, String latinPattern, String state) {
        return List.of(originalPattern, latinPattern, state, state);
    }

    @Override
    public List<String> subjectsOfTasks() {
        return List.of("""
                SELECT T.ID_ AS task_id, X.id, X.case_id, X.person_name_original AS name_original,
                    X.person_name_latin AS name_latin
                    FROM ACT_RU_TASK T JOIN ACT_RU_EXECUTION E ON E.ID_ = T.PROC_INST_ID_
                    JOIN extradition_request X ON CAST(X.case_id AS VARCHAR(36)) = E.BUSINESS_KEY_
                    WHERE T.ID_ IN (:ids) AND X.person_name_latin IS NOT NULL""");
    }

    @Override
    public List<String> nameKeysOfTask() {
        return List.of("(SELECT MIN(S.name_key_latin) FROM ACT_RU_EXECUTION E JOIN extradition_subject_name S"
                + " ON CAST(S.case_id AS VARCHAR(36)) = E.BUSINESS_KEY_ WHERE E.ID_ = T.process_instance_id"
                + " AND S.ordinal = 0)");
    }
}
