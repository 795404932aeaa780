package org.comity.core.audit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL 14 per test JVM, started on first use and stopped by zonky's shutdown hook.
 * Every PostgreSQL test context and the benchmark share it, so the server starts once.
 */
final class EmbeddedPostgresServer {

    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {}

    static synchronized EmbeddedPostgres get() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setPgBinaryResolver(RootSafePgBinaryResolver.INSTANCE)
                        .setServerConfig("max_connections", "100")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .start();
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", ex);
            }
        }
        return server;
    }

    static String jdbcUrl() {
        return get().getJdbcUrl("postgres", "postgres");
    }
}
