package org.comity.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.comity.web.TestApi;
import org.comity.web.WebIT;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who gets in, as whom, and what happens to those who do not. */
class AuthenticationIT extends WebIT {

    @Nested
    class Api {

        @Test
        void refusesACallWithoutCredentialsWith401Problem() {
            var response = anonymous().get("/api/v1/tasks");
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.headers().getFirst("WWW-Authenticate"))
                    .contains("Basic")
                    .contains("Bearer");
            assertThat(response.json().get("errors").isArray()).isTrue();
        }

        @Test
        void refusesAWrongPasswordAndAnUnknownToken() {
            assertThat(TestApi.as(port, "mm.supervisor", "wrong")
                            .get("/api/v1/me")
                            .status())
                    .isEqualTo(401);
            assertThat(withToken("no-such-token").get("/api/v1/me").status()).isEqualTo(401);
        }

        @ParameterizedTest(name = "{0} is a {2} of {3}")
        @CsvSource(
                nullValues = "-",
                value = {
                    "cn.officer,    PERSON, OFFICER,    CN",
                    "cn.officer2,   PERSON, OFFICER,    CN",
                    "mm.officer2,   PERSON, OFFICER,    MM",
                    "cn.supervisor, PERSON, SUPERVISOR, CN",
                    "mm.officer,    PERSON, OFFICER,    MM",
                    "mm.supervisor, PERSON, SUPERVISOR, MM",
                    "auditor,       PERSON, AUDITOR,    -"
                })
        void authenticatesEachDemoPersonWithTheirRoleAndJurisdiction(
                String user, String kind, String role, String jurisdiction) {
            var me = as(user).get("/api/v1/me");
            assertThat(me.status()).isEqualTo(200);
            assertThat(me.json().get("id").asText()).isEqualTo(user);
            assertThat(me.json().get("kind").asText()).isEqualTo(kind);
            assertThat(me.json().get("role").asText()).isEqualTo(role);
            assertThat(
                            me.json().get("jurisdiction").isNull()
                                    ? null
                                    : me.json().get("jurisdiction").asText())
                    .isEqualTo(jurisdiction);
        }

        @ParameterizedTest(name = "token {0} is agency {1} of {2}")
        @CsvSource({"demo-cn-mps, cn-mps, CN", "demo-mm-mpf, mm-mpf, MM"})
        void authenticatesEachDemoAgencyToken(String token, String agency, String jurisdiction) {
            var me = withToken(token).get("/api/v1/me");
            assertThat(me.status()).isEqualTo(200);
            assertThat(me.json().get("id").asText()).isEqualTo(agency);
            assertThat(me.json().get("kind").asText()).isEqualTo("AGENCY");
            assertThat(me.json().get("role").asText()).isEqualTo("AGENCY");
            assertThat(me.json().get("jurisdiction").asText()).isEqualTo(jurisdiction);
        }

        @Test
        void createsNoSession() {
            var response = as("cn.officer").get("/api/v1/me");
            assertThat(response.headers().get("Set-Cookie")).isNull();
        }
    }
}
