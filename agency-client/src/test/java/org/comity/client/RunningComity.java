package org.comity.client;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The built application ({@code web-tasks/target/comity.jar}, property {@code comity.jar}) started
 * as the README's run command starts it (profile {@code demo}, embedded H2 in a fresh data
 * directory, without the seed operation), on a free port, as a process of its own; its output goes
 * to {@code target/comity-for-the-client.log}.
 */
final class RunningComity implements AutoCloseable {

    private static final Duration START_PATIENCE = Duration.ofMinutes(8);

    private final Process process;
    private final int port;

    private RunningComity(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static RunningComity start() throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("comity.jar", "../web-tasks/target/comity.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: build web-tasks first (mvn verify "
                    + "builds every module in order)");
        }
        int port = freePort();
        Path data = Files.createTempDirectory("comity-client-it");
        Path log = Path.of("target", "comity-for-the-client.log");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx768m",
                        "-jar",
                        jar.toString(),
                        "--spring.profiles.active=demo",
                        "--server.port=" + port,
                        "--comity.data-dir=" + data,
                        "--comity.demo.load-operation=false"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        RunningComity comity = new RunningComity(process, port);
        comity.awaitHealthy(log);
        return comity;
    }

    String baseUri() {
        return "http://localhost:" + port;
    }

    private void awaitHealthy(Path log) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(START_PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Comity stopped while starting; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<Void> health = http.send(
                        HttpRequest.newBuilder(URI.create(baseUri() + "/actuator/health"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException(
                "Comity did not start within " + START_PATIENCE + "; see " + log.toAbsolutePath());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
