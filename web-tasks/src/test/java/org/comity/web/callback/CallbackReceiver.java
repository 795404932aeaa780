package org.comity.web.callback;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An agency's receiver of status events in a test: the JDK's HTTP server on a local port, answering
 * 500 to the first {@code failures} requests and 204 after, recording every request it got.
 */
public final class CallbackReceiver implements AutoCloseable {

    /** One request as received: its headers (first value each) and its body, and what was answered. */
    public record Received(Map<String, String> headers, String body, int answered) {

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private CallbackReceiver(int port, int failures) throws IOException {
        AtomicInteger count = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = count.incrementAndGet() <= failures ? 500 : 204;
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders()
                    .forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
            received.add(new Received(headers, body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** A receiver on a free port that fails the first {@code failures} requests. */
    public static CallbackReceiver failingFirst(int failures) {
        return on(0, failures);
    }

    /** A receiver on the given port (0: a free one). */
    public static CallbackReceiver on(int port, int failures) {
        try {
            return new CallbackReceiver(port, failures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A local port nobody listens on (a receiver that is down). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/comity/events";
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
