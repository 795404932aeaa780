package org.comity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The enforcer rule of the root POM fails any build into which Camunda's webapp or REST starter
 * enters (CVE-2026-77226, CVE-2026-109432). Runs Maven on a probe project that inherits the root
 * POM and declares the starter.
 */
class BannedStartersIT {

    @ParameterizedTest
    @ValueSource(strings = {"camunda-bpm-spring-boot-starter-webapp", "camunda-bpm-spring-boot-starter-rest"})
    void failsTheBuildThatAddsABannedStarter(String artifact) throws Exception {
        Process maven = new ProcessBuilder(
                        "mvn", "-B", "-q", "-f", probe().toString(), "validate", "-Dbanned.artifact=" + artifact)
                .redirectErrorStream(true)
                .start();
        String output = new String(maven.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(maven.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(maven.exitValue()).as(output).isNotZero();
        assertThat(output).contains("CVE-2026-77226").contains(artifact);
    }

    private static Path probe() throws IOException {
        return Path.of("src", "test", "banned-probe", "pom.xml").toRealPath();
    }
}
