package org.comity.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.comity.web.TestApi;
import org.comity.web.WebIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;

/** Every failure of the API has the problem shape, with no stack trace, SQL or class name. */
class ProblemResponsesIT extends WebIT {

    private static void assertProblem(TestApi.Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("errors").isArray()).isTrue();
        assertThat(response.body())
                .doesNotContainIgnoringCase("exception")
                .doesNotContain("org.")
                .doesNotContain("SELECT")
                .doesNotContain("\tat ");
    }

    @Test
    void answersAnUnknownApiPathWith404() {
        assertProblem(as("cn.officer").get("/api/v1/no-such-thing"), 404);
    }

    @Test
    void answersAWrongMethodWith405() {
        assertProblem(as("cn.officer").post("/api/v1/me", "{}"), 405);
    }

    @Test
    void answersAWrongMediaTypeWith415() {
        String taskId = openTask(startCase("CN"), "Task_RecordDecision");
        assertProblem(
                as("cn.officer")
                        .postRaw(
                                "/api/v1/tasks/" + taskId + "/complete",
                                "decision=APPROVE",
                                MediaType.APPLICATION_FORM_URLENCODED),
                415);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "truncated JSON | {\"decision\": ",
                "not JSON | decision=APPROVE",
                "an array instead of an object | [1, 2]",
                "trailing garbage | {\"decision\": \"APPROVE\"} x",
                "an oversized number | {\"copies\": 1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000}"
            })
    void answersMalformedJsonWith400(String name, String body) {
        String taskId = openTask(startCase("CN"), "Task_RecordDecision");
        assertProblem(
                as("cn.officer").postRaw("/api/v1/tasks/" + taskId + "/complete", body, MediaType.APPLICATION_JSON),
                400);
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
    }

    @Test
    void answersDeepNestingWith400() {
        String taskId = openTask(startCase("CN"), "Task_RecordDecision");
        String nested = "{\"decision\":" + "[".repeat(2000) + "]".repeat(2000) + "}";
        assertProblem(
                as("cn.officer").postRaw("/api/v1/tasks/" + taskId + "/complete", nested, MediaType.APPLICATION_JSON),
                400);
    }

    @Test
    void answersAnOversizedBodyWith413() {
        String taskId = openTask(startCase("CN"), "Task_RecordDecision");
        String huge = "{\"reasons\":\"" + "x".repeat(11 * 1024 * 1024) + "\"}";
        assertProblem(
                as("cn.officer").postRaw("/api/v1/tasks/" + taskId + "/complete", huge, MediaType.APPLICATION_JSON),
                413);
    }

    @Test
    void neverExposesCamundasRestApiOrWebapps() {
        for (String path : new String[] {
            "/engine-rest/task", "/camunda/app/welcome/", "/camunda/api/admin/setup/default/user/create"
        }) {
            // outside /api/** the tasklist's chain answers: denied when signed in, sent to the login page when not
            assertThat(as("cn.officer").get(path).status()).as(path).isIn(302, 403, 404);
            assertThat(anonymous().get(path).status()).as(path).isIn(302, 401, 404);
        }
    }
}
