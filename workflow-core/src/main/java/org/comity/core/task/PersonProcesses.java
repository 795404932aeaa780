package org.comity.core.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The persons a feature's tasks are about, as that feature records them: found by name, named in the
 * task list's Person column and order, and described on the task page. Each feature implements it
 * over its own tables; the task list knows none of them. The answers are SQL fragments rather than
 * rows so that the list composes every feature's into one statement ({@code UNION ALL}, {@code
 * COALESCE}): a page and a name search then cost the same number of statements whatever the number
 * of features, and the database, not Java, joins thousands of persons with the tasks.
 */
public interface PersonProcesses {

    /**
     * A {@code SELECT} of one column: the process instance ids of the persons whose normalised name,
     * in original script or Latin letters ({@code PersonKeys}), is {@code LIKE} one of two patterns
     * (escape character {@code !}), among the cases a state takes part in. Its parameters are
     * {@link #byNameParams}.
     */
    String byName();

    /** The values of {@link #byName()}'s placeholders, in order. */
    List<Object> byNameParams(String originalPattern, String latinPattern, String state);

    /**
     * {@code SELECT}s of the persons tasks are about, with the columns {@code task_id}, {@code id} (the
     * person), {@code case_id}, {@code name_original}, {@code name_latin}, from {@code ACT_RU_TASK T}
     * restricted to {@code T.ID_ IN (:ids)}; each ends with its {@code WHERE} clause, which the task
     * list extends with {@code AND} (the caller's candidate group). One per kind of task subject.
     */
    List<String> subjectsOfTasks();

    /**
     * Scalar subqueries giving the normalised Latin name key of the person a read-model row
     * {@code task_item T} is about ({@code T.process_instance_id}), or {@code NULL}; in the order of
     * {@link #subjectsOfTasks()}, so that the list is sorted by what it shows.
     */
    List<String> nameKeysOfTask();

    /** The facts the feature records on the person, if it records them (a person sought may have none). */
    default Optional<Facts> facts(String personId) {
        return Optional.empty();
    }

    /**
     * What the feature records on a person, for the task page.
     *
     * @param sex the stored code
     * @param documents identity documents found with the person, then the travel document issued
     * @param processInstanceId the person's own process, whose other tasks' answers are shown
     */
    record Facts(
            String sex,
            LocalDate dateOfBirth,
            String claimedNationality,
            String category,
            String callCentre,
            String region,
            List<SubjectFacts.Document> documents,
            String processInstanceId) {

        public Facts {
            documents = List.copyOf(documents);
        }
    }
}
