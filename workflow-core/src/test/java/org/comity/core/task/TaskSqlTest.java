package org.comity.core.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The task list's SQL reads only the read model's rows of the caller's group, binds exactly one value
 * per placeholder under every filter, and orders pages along the read model's indexes.
 */
class TaskSqlTest {

    static final Actor OFFICER = Actor.person("cn.officer", Role.OFFICER, "CN");
    static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    /** Two features' persons, as {@link PersonProcesses} give them: the list binds each one's parameters. */
    static final PersonProcessSql PERSONS =
            new PersonProcessSql(List.of(feature("held_person"), feature("sought_person")));

    static List<TaskFilter> filters() {
        return List.of(
                TaskFilter.ALL,
                TaskFilter.ALL.withOverdue(true),
                TaskFilter.ALL.withOverdue(false),
                TaskFilter.ALL.withAssignment(TaskFilter.Assignment.MINE),
                TaskFilter.ALL.withAssignment(TaskFilter.Assignment.UNCLAIMED),
                new TaskFilter(
                        "EXT-CN-2026-000001", "Task_VerifyNationality", true, TaskFilter.Assignment.ANY, 7, "张伟"));
    }

    @ParameterizedTest
    @MethodSource("filters")
    void bindsOneValuePerPlaceholderInThePageTheCountAndTheCounts(TaskFilter filter) {
        TaskSql sql = TaskSql.of(OFFICER, "CN-officer", filter, NOW, PERSONS);
        assertThat(placeholders(sql.ids(TaskSort.DUE)))
                .isEqualTo(sql.params(25, 0L).size());
        assertThat(placeholders(sql.count())).isEqualTo(sql.params().size());
        TaskSql base = TaskSql.of(OFFICER, "CN-officer", filter.base(), NOW, PERSONS);
        assertThat(placeholders(base.counts()))
                .isEqualTo(base.countsParams(OFFICER).size());
        assertThat(sql.params().get(0)).as("the caller's group, first").isEqualTo("CN-officer");
    }

    @ParameterizedTest
    @MethodSource("filters")
    void readsTheReadModelOnlyAndOrdersAlongItsIndex(TaskFilter filter) {
        String page = TaskSql.of(OFFICER, "CN-officer", filter, NOW, PERSONS).ids(TaskSort.DUE);
        assertThat(page)
                .contains("FROM task_item T WHERE T.candidate_group = ?")
                .doesNotContain("ACT_RU_TASK")
                .doesNotContain("ACT_RU_IDENTITYLINK")
                .contains("ORDER BY T.candidate_group ASC, T.due_order ASC, T.created_at ASC, T.task_id ASC");
    }

    @ParameterizedTest
    @MethodSource("filters")
    void searchesEveryFeaturesPersonsWhenTheProcessesAreNotListed(TaskFilter filter) {
        TaskSql sql = TaskSql.of(OFFICER, "CN-officer", filter, NOW, PERSONS, null);
        assertThat(placeholders(sql.ids(TaskSort.NAME)))
                .isEqualTo(sql.params(25, 0L).size());
        if (filter.person() != null) {
            assertThat(sql.count())
                    .contains("FROM held_person P")
                    .contains("UNION ALL")
                    .contains("FROM sought_person P");
        }
    }

    private static PersonProcesses feature(String table) {
        return new PersonProcesses() {
            @Override
            public String byName() {
                return "SELECT P.process_instance_id FROM " + table + " P WHERE (P.original LIKE ? ESCAPE '!'"
                        + " OR P.latin LIKE ? ESCAPE '!') AND P.state = ?";
            }

            @Override
            public List<Object> byNameParams(String originalPattern, String latinPattern, String state) {
                return List.of(originalPattern, latinPattern, state);
            }

            @Override
            public List<String> subjectsOfTasks() {
                return List.of("SELECT T.ID_ AS task_id, P.id, P.case_id, P.original AS name_original,"
                        + " P.latin AS name_latin FROM ACT_RU_TASK T JOIN " + table + " P ON P.process_instance_id"
                        + " = T.PROC_INST_ID_ WHERE T.ID_ IN (:ids)");
            }

            @Override
            public List<String> nameKeysOfTask() {
                return List.of("(SELECT MIN(P.latin) FROM " + table + " P WHERE P.process_instance_id"
                        + " = T.process_instance_id)");
            }
        };
    }

    private static long placeholders(String sql) {
        return sql.chars().filter(c -> c == '?').count();
    }
}
