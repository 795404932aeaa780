package org.comity.core.audit;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The one Spring configuration of the audit tests: a DataSource (H2 by default, the embedded
 * PostgreSQL under profile {@code audit-postgres}), Flyway with Comity's locations, and this
 * package's beans. Tests select the database by profile only, so Spring caches two contexts.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackageClasses = AuditLog.class)
class AuditTestApplication {

    static final String H2 = "audit-h2";

    static final String POSTGRES = "audit-postgres";

    @Configuration(proxyBeanMethods = false)
    @Profile(POSTGRES)
    static class PostgresDataSource {

        @Bean
        DataSource dataSource() {
            HikariDataSource dataSource = new HikariDataSource();
            dataSource.setJdbcUrl(EmbeddedPostgresServer.jdbcUrl());
            dataSource.setMaximumPoolSize(24);
            return dataSource;
        }
    }
}
