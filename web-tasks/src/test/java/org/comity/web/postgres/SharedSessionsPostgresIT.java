package org.comity.web.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comity.core.identity.Role;
import org.comity.core.identity.UserAccount;
import org.comity.core.identity.UserAccounts;
import org.comity.web.TestApi;
import org.comity.web.security.LoginThrottle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Two nodes of one state on one PostgreSQL database need no sticky sessions (issue 17): an officer
 * signed in on node A is signed in on node B (the session is in the database, Spring Session JDBC),
 * signing out on B ends it on A (the old cookie no longer works there), and failed sign-ins on A count on B (the throttle's counts are in the
 * database too). Both nodes are whole applications ({@link ClusterNode}), started one after the other.
 */
class SharedSessionsPostgresIT {

    static final String DATABASE = "comity_shared_sessions";

    private static ClusterNode nodeA;
    private static ClusterNode nodeB;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        EmbeddedPostgresServer.recreate(DATABASE);
        nodeA = ClusterNode.start(DATABASE);
        nodeB = ClusterNode.start(DATABASE);
    }

    @AfterAll
    static void stopBoth() {
        for (ClusterNode node : new ClusterNode[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    void anOfficerSignedInOnOneNodeIsSignedInOnTheOther() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        assertThat(signIn(browser, nodeA, "cn.officer", "demo")).endsWith("/");

        HttpResponse<String> onB = get(browser, nodeB, "/tasks");
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("Li Wei");

        String session = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .findFirst()
                .orElseThrow()
                .getValue();
        String csrf = csrfOf(onB.body());
        HttpResponse<String> signedOut = browser.send(
                HttpRequest.newBuilder(URI.create(base(nodeB) + "/logout"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedOut.statusCode()).isEqualTo(302);
        HttpResponse<String> onAAfterwards = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base(nodeA) + "/tasks"))
                                .header("Cookie", "JSESSIONID=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(onAAfterwards.statusCode()).isEqualTo(302);
        assertThat(onAAfterwards.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void failedSignInsOnOneNodeCountOnTheOther() throws Exception {
        nodeA.bean(UserAccounts.class)
                .createIfAbsent(new UserAccount(
                        "shared.throttle",
                        "Throttled on two nodes",
                        Role.OFFICER,
                        "MM",
                        nodeA.bean(PasswordEncoder.class).encode("right"),
                        true));
        for (int i = 0; i < 5; i++) {
            assertThat(TestApi.as(nodeA.port(), "shared.throttle", "wrong")
                            .get("/api/v1/me")
                            .status())
                    .isEqualTo(401);
        }
        // five more, counted on A without five more bcrypt checks: the waits they add (up to 16 s) outlast the test
        LoginThrottle throttleOfA = nodeA.bean(LoginThrottle.class);
        for (String address : new String[] {"127.0.0.1", "0:0:0:0:0:0:0:1"}) {
            for (int i = 0; i < 5; i++) {
                throttleOfA.failed("shared.throttle", address);
            }
        }

        var refusedOnB = TestApi.as(nodeB.port(), "shared.throttle", "right").get("/api/v1/me");
        assertThat(refusedOnB.status()).isEqualTo(429);
        assertThat(refusedOnB.headers().getFirst("Retry-After")).isNotBlank();
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(signIn(browser, nodeB, "shared.throttle", "right")).endsWith("/login?locked");
        assertThat(TestApi.as(nodeB.port(), "cn.officer", "demo")
                        .get("/api/v1/me")
                        .status())
                .as("another officer at the same address")
                .isEqualTo(200);
    }

    /** Signs in on the node's sign-in page as a browser would; returns where the page sends the officer. */
    private static String signIn(HttpClient browser, ClusterNode node, String user, String password) throws Exception {
        String csrf = csrfOf(get(browser, node, "/login").body());
        String form = "username=" + user + "&password=" + password + "&_csrf="
                + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        HttpResponse<String> posted = browser.send(
                HttpRequest.newBuilder(URI.create(base(node) + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        return posted.headers().firstValue("Location").orElseThrow();
    }

    private static HttpResponse<String> get(HttpClient browser, ClusterNode node, String path) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create(base(node) + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrfOf(String page) {
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as(page).isTrue();
        return csrf.group(1);
    }

    private static String base(ClusterNode node) {
        return "http://localhost:" + node.port();
    }
}
