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

    static List<TaskFilter> filters() {
        return List.of(TaskFilter.ALL, TaskFilter.ALL.withOverdue(true), TaskFilter.ALL.withOverdue(false),
                TaskFilter.ALL.withAssignment(TaskFilter.Assignment.MINE),
                TaskFilter.ALL.withAssignment(TaskFilter.Assignment.UNCLAIMED),
                new TaskFilter("EXT-CN-2026-000001", "Task_VerifyNationality", true, TaskFilter.Assignment.ANY, 7,
                        "张伟"));
    }

    @ParameterizedTest
    @MethodSource("filters")
    void bindsOneValuePerPlaceholderInThePageTheCountAndTheCounts(TaskFilter filter) {
        TaskSql sql = TaskSql.of(OFFICER, "CN-officer", filter, NOW);
        assertThat(placeholders(sql.ids(TaskSort.DUE))).isEqualTo(sql.params(25, 0L).size());
        assertThat(placeholders(sql.count())).isEqualTo(sql.params().size());
        TaskSql base = TaskSql.of(OFFICER, "CN-officer", filter.base(), NOW);
        assertThat(placeholders(base.counts())).isEqualTo(base.countsParams(OFFICER).size());
        assertThat(sql.params().get(0)).as("the caller's group, first").isEqualTo("CN-officer");
    }

    @ParameterizedTest
    @MethodSource("filters")
    void readsTheReadModelOnlyAndOrdersAlongItsIndex(TaskFilter filter) {
        String page = TaskSql.of(OFFICER, "CN-officer", filter, NOW).ids(TaskSort.DUE);
        assertThat(page).contains("FROM task_item T WHERE T.candidate_group = ?").doesNotContain("ACT_RU_TASK")
                .doesNotContain("ACT_RU_IDENTITYLINK")
                .contains("ORDER BY T.candidate_group ASC, T.due_order ASC, T.created_at ASC, T.task_id ASC");
    }

    private static long placeholders(String sql) {
        return sql.chars().filter(c -> c == '?').count();
    }
}
