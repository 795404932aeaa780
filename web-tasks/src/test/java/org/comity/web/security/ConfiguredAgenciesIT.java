package org.comity.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.comity.core.identity.Agencies;
import org.comity.web.TestApi;
import org.comity.web.WebIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * An operator provisions an agency outside the demo ({@code comity.agencies}, issue #17): the
 * configuration holds the bcrypt hash of the client secret; at start the agency and its client are
 * saved, the agency gets tokens with the secret, a changed hash rotates the secret (audited) and the
 * old secret stops working.
 */
class ConfiguredAgenciesIT extends WebIT {

    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(10);

    @Autowired
    Agencies agencies;

    @Autowired
    AgencyClients clients;

    @Autowired
    JdbcClient jdbc;

    @Test
    void savesAConfiguredAgencyWhoseSecretGetsTokensAndRotatesTheSecretWhenItsHashChanges() {
        start(List.of(new ConfiguredAgencies.Settings.Setting(
                "mm-moha", "Ministry of Home Affairs", "MM", BCRYPT.encode("first secret of moha"))));

        TestApi agency = TestApi.withAccessToken(port, "mm-moha", "first secret of moha", null);
        assertThat(agency.get("/api/v1/me").json().get("id").asText()).isEqualTo("mm-moha");
        assertThat(agency.get("/api/v1/me").json().get("jurisdiction").asText()).isEqualTo("MM");

        start(List.of(new ConfiguredAgencies.Settings.Setting(
                "mm-moha", "Ministry of Home Affairs", "MM", BCRYPT.encode("second secret of moha"))));

        assertThat(TestApi.asClient(port, "mm-moha", "first secret of moha")
                        .postForm("/oauth2/token", "grant_type=client_credentials")
                        .status())
                .isEqualTo(401);
        assertThat(TestApi.withAccessToken(port, "mm-moha", "second secret of moha", null)
                        .get("/api/v1/me")
                        .status())
                .isEqualTo(200);
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE object_id = 'mm-moha' ORDER BY seq")
                        .query(String.class)
                        .list())
                .containsSubsequence("agency.client-register", "agency.client-secret-rotate");
    }

    @Test
    void refusesAConfiguredAgencyWithoutABcryptHash() {
        assertThatThrownBy(() -> new ConfiguredAgencies.Settings.Setting(
                        "mm-moha", "Ministry of Home Affairs", "MM", "plain secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bcrypt");
    }

    private void start(List<ConfiguredAgencies.Settings.Setting> configured) {
        new ConfiguredAgencies(new ConfiguredAgencies.Settings(configured), agencies, clients)
                .run(new DefaultApplicationArguments());
    }
}
