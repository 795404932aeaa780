package org.comity.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.comity.core.task.TaskFilter.Assignment;
import org.comity.core.task.TaskSort;
import org.junit.jupiter.api.Test;

/** The list's query as task links and forms carry it, and the language switch that keeps it. */
class TaskListQueryTest {

    @Test
    void carriesOnlyTheCriteriaThatAreSetAndAlwaysTheSort() {
        TaskListQuery query =
                new TaskListQuery("Task_VerifyNationality", null, Assignment.ANY, null, " ", null, TaskSort.NAME, 0);
        assertThat(query.queryString()).isEqualTo("?taskKey=Task_VerifyNationality&sort=NAME");
        assertThat(query.taskUrl("t-1")).isEqualTo("/tasks/t-1?taskKey=Task_VerifyNationality&sort=NAME");
        assertThat(query.fromList()).isTrue();
    }

    @Test
    void encodesANameAndKeepsThePage() {
        TaskListQuery query =
                new TaskListQuery(null, true, Assignment.MINE, 7, "EXT-CN-2026-000001", "张 伟{x}&", null, 2);
        assertThat(query.listUrl())
                .isEqualTo("/tasks?assignment=MINE&overdue=true&caseId=EXT-CN-2026-000001"
                        + "&person=%E5%BC%A0%20%E4%BC%9F%7Bx%7D%26&dueWithinDays=7&sort=DUE&page=2");
        assertThat(query.fromList())
                .as("no sort given: not opened from the list")
                .isFalse();
        assertThat(query.onPage(0).page()).isZero();
    }

    @Test
    void switchesTheLanguageOnTheSameAddress() {
        LanguageSwitch.Link link = new LanguageSwitch.Link("/tasks?caseId=A&lang=en&sort=NAME&continue", "zh");
        assertThat(link.href(null)).isEqualTo("/tasks?caseId=A&sort=NAME&lang=zh");
        assertThat(link.href("/tasks/t-1?sort=DUE"))
                .as("a page answering a form names its own address")
                .isEqualTo("/tasks/t-1?sort=DUE&lang=zh");
        assertThat(new LanguageSwitch.Link("/cases", "en").href(null)).isEqualTo("/cases?lang=en");
        assertThat(new LanguageSwitch.Link(null, "en").href(null)).isEqualTo("/?lang=en");
    }
}
