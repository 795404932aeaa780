package org.comity.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Base64;
import org.comity.core.identity.Agencies;
import org.comity.core.identity.Agency;
import org.comity.web.TestApi;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Agencies' OAuth 2.0 client credentials (issue 17): a token from {@code /oauth2/token} works on the
 * API as the agency, within its scopes and lifetime; a revoked token and the tokens of a revoked
 * client stop working at once; issuing and revoking are in the audit log.
 */
class AgencyTokensIT extends WebIT {

    private static final String SECRET = "demo-secret-cn-mps";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Agencies agencies;

    @Autowired
    AgencyClients clients;

    @Test
    void anAgencyGetsAShortLivedTokenAndIsThatAgencyOnTheApi() throws Exception {
        var token = TestApi.asClient(port, "cn-mps", SECRET).postForm("/oauth2/token", "grant_type=client_credentials");

        assertThat(token.status()).isEqualTo(200);
        assertThat(token.json().get("token_type").asText()).isEqualTo("Bearer");
        assertThat(token.json().get("expires_in").asLong()).isBetween(590L, 600L);
        assertThat(claims(token.json().get("access_token").asText()).get("scope"))
                .as("asked for no scope, the token carries every scope of the client")
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("cases.read", "cases.write");
        var me = withToken(token.json().get("access_token").asText()).get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("id").asText()).isEqualTo("cn-mps");
        assertThat(me.json().get("kind").asText()).isEqualTo("AGENCY");
        assertThat(me.json().get("jurisdiction").asText()).isEqualTo("CN");
    }

    @Test
    void aWrongSecretGetsNoToken() {
        var refused =
                TestApi.asClient(port, "cn-mps", "wrong").postForm("/oauth2/token", "grant_type=client_credentials");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void aTokenForReadingOnlyCannotSubmit() {
        TestApi reader = TestApi.withAccessToken(port, "mm-mpf", "demo-secret-mm-mpf", AgencyScopes.READ);

        assertThat(reader.get("/api/v1/me").status()).isEqualTo(200);
        var submit = reader.post("/api/v1/repatriation/batches", "{}");
        assertThat(submit.status()).isEqualTo(403);
        assertThat(submit.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aTokenExpiresAfterItsLifetime() throws Exception {
        TestApi agency = TestApi.withAccessToken(port, "cn-mps", SECRET, null);

        TestClock.at(
                TestClock.now().plus(Duration.ofMinutes(10)).plusSeconds(61),
                () -> assertThat(agency.get("/api/v1/me").status()).isEqualTo(401));
        assertThat(agency.get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void aRevokedTokenStopsWorkingAndBothAreAudited() {
        var issued =
                TestApi.asClient(port, "cn-mps", SECRET).postForm("/oauth2/token", "grant_type=client_credentials");
        String token = issued.json().get("access_token").asText();
        long before = auditEntries("agency.token-revoke");

        var revoked = TestApi.asClient(port, "cn-mps", SECRET)
                .postForm("/oauth2/revoke", "token=" + token + "&token_type_hint=access_token");

        assertThat(revoked.status()).isEqualTo(200);
        var refused = withToken(token).get("/api/v1/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(auditEntries("agency.token-revoke")).isEqualTo(before + 1);
        assertThat(auditEntries("agency.token-issue")).isPositive();
    }

    @Test
    void revokingAClientEndsItsTokensAndItsAccess() {
        agencies.registerIfAbsent(
                new Agency("it-revoked", "Agency revoked in a test", "CN", true), "fixed-token-of-it-revoked");
        clients.registerIfAbsent("it-revoked", "secret-of-it-revoked");
        TestApi agency = TestApi.withAccessToken(port, "it-revoked", "secret-of-it-revoked", null);
        assertThat(agency.get("/api/v1/me").status()).isEqualTo(200);

        clients.revoke("it-revoked");

        assertThat(agency.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(TestApi.asClient(port, "it-revoked", "secret-of-it-revoked")
                        .postForm("/oauth2/token", "grant_type=client_credentials")
                        .status())
                .isEqualTo(401);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'agency.client-revoke' AND object_id = ?")
                        .param("it-revoked")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void clientSecretsAreStoredOnlyAsBcryptHashes() {
        String stored = jdbc.sql("SELECT client_secret FROM oauth2_registered_client WHERE client_id = 'cn-mps'")
                .query(String.class)
                .single();
        assertThat(stored).startsWith("$2a$").doesNotContain(SECRET);
    }

    private static JsonNode claims(String jwt) throws Exception {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private long auditEntries(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = ? AND object_id = 'cn-mps'")
                .param(action)
                .query(Long.class)
                .single();
    }
}
