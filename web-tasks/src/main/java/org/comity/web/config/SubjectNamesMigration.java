package org.comity.web.config;

import org.comity.core.extradition.ExtraditionSubjectNames;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 9.2: indexes the names of the persons sought by extradition requests stored
 * before V9 created {@code extradition_subject_name}, so that the task list finds their cases by
 * name too. It is Java because the names are normalised in Java ({@code PersonKeys}: NFKC, removed
 * diacritics), which SQL cannot do alike on H2 and PostgreSQL. Spring Boot hands Flyway every
 * {@link JavaMigration} bean; it runs once, in Flyway's transaction and under its lock.
 */
@Component
class SubjectNamesMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("9.2");
    }

    @Override
    public String getDescription() {
        return "index names of stored extradition subjects";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        ExtraditionSubjectNames.indexStoredRequests(
                new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true)));
    }
}
