package org.comity.web.postgres;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Comity as an operating-system process of its own, so that a test can kill it as an operator's
 * {@code kill -9} or a power cut would: no shutdown hook, no transaction rolled back by the
 * application, no connection closed politely. It runs the boot jar that {@code mvn verify} packages
 * before the integration tests ({@code target/comity.jar}, the artifact an operator deploys) with the
 * profiles {@code demo} and {@code postgres} on a database of the JVM's {@link EmbeddedPostgresServer},
 * the job executor off, on a free port. Its output goes to {@code target/<name>.log}.
 */
final class ChildNode implements AutoCloseable {

    private static final Path JAR = Path.of("target", "comity.jar");

    private final Process process;
    private final int port;
    private final Path log;

    private ChildNode(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar on the database and returns once it answers HTTP, or fails with its log's tail. */
    static ChildNode start(String name, String database, Duration patience) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run the test through `mvn verify`, "
                    + "which packages the boot jar before the integration tests");
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = Path.of("target", name + ".log");
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m"));
        String clock = System.getProperty("comity.clock.start-at");
        if (clock != null && !clock.isBlank()) {
            command.add("-Dcomity.clock.start-at=" + clock); // the same calendar as the test JVM's nodes
        }
        command.addAll(List.of(
                "-jar",
                JAR.toAbsolutePath().toString(),
                "--spring.profiles.active=demo,postgres",
                "--spring.main.banner-mode=off",
                "--DB_URL=" + EmbeddedPostgresServer.jdbcUrl(database),
                "--DB_USER=postgres",
                "--DB_PASSWORD=postgres",
                "--server.port=" + port,
                "--comity.data-dir=" + Files.createTempDirectory("comity-" + name),
                "--comity.demo.load-operation=false",
                "--camunda.bpm.job-execution.enabled=false"));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .start();
        ChildNode node = new ChildNode(process, port, log);
        try {
            await().atMost(patience).pollInterval(Duration.ofMillis(500)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Comity exited with " + process.exitValue() + ": " + node.tail());
                }
                return node.answers();
            });
        } catch (RuntimeException | Error notStarted) {
            process.destroyForcibly();
            throw notStarted;
        }
        return node;
    }

    int port() {
        return port;
    }

    /** SIGKILL, as {@code kill -9}: the process gets no chance to finish anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    private boolean answers() {
        try {
            HttpResponse<Void> login = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(1))
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            return login.statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The last lines of the node's output, for a failure message. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
