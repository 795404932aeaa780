package org.comity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.comity.ComityApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The default database is an H2 file: cases survive a restart of the application. */
class RestartIT {

    @Test
    void keepsCasesAcrossARestart() throws Exception {
        Path dataDir = Files.createTempDirectory("comity-restart");
        String caseId = "restart-" + System.nanoTime();
        try (ConfigurableApplicationContext first = boot(dataDir)) {
            first.getBean(RuntimeService.class).startProcessInstanceByKey("PlatformTestProcess", caseId,
                    Map.of("jurisdiction", "CN", "due", Date.from(TestClock.now().plusSeconds(3600))));
        }
        assertThat(dataDir.resolve("comity.mv.db")).exists();
        try (ConfigurableApplicationContext second = boot(dataDir)) {
            assertThat(second.getBean(RuntimeService.class).createProcessInstanceQuery()
                    .processInstanceBusinessKey(caseId).count()).isOne();
        }
    }

    private static ConfigurableApplicationContext boot(Path dataDir) {
        return new SpringApplicationBuilder(ComityApplication.class).run(
                "--comity.data-dir=" + dataDir, "--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                "--spring.main.banner-mode=off");
    }
}
