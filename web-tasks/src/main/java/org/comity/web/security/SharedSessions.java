package org.comity.web.security;

import java.sql.DatabaseMetaData;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Browser sessions in the database (Spring Session JDBC, tables {@code spring_session*} of V21_1), so
 * that every node of a state serves every signed-in officer and the balancer needs no sticky
 * sessions; on where {@code comity.session.shared} is (the postgres profile). The session keeps the
 * tasklist's settings: the same cookie ({@code JSESSIONID}, HttpOnly, SameSite=Strict, Secure behind
 * HTTPS), 15 minutes idle, and "one session per officer" counted over all nodes
 * ({@link SpringSessionBackedSessionRegistry}, by the sessions' principal name index).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "comity.session.shared", havingValue = "true")
@EnableJdbcHttpSession
class SharedSessions {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
            @Value("${server.servlet.session.timeout:15m}") Duration idle) {
        return repository -> repository.setDefaultMaxInactiveInterval(idle);
    }

    /**
     * Two requests of one session may add the same attribute at once (e.g. both marking an officer's
     * earlier session expired when "one session per officer" ends it): Spring Session's plain INSERT
     * then fails one request with a duplicate key (found by {@code TaskRacesPostgresIT} and
     * {@code WizardPostgresIT}). The attribute is written as an upsert instead: Spring Session's own
     * PostgreSQL statement, and H2's {@code MERGE ... KEY} where one H2 node shares its sessions.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributeUpsert(DataSource dataSource) {
        if ("PostgreSQL".equals(JdbcUtils.commonDatabaseName(productName(dataSource)))) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        return repository -> repository.setCreateSessionAttributeQuery(
                "MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)"
                        + " KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)");
    }

    private static String productName(DataSource dataSource) {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database holds the sessions", e);
        }
    }

    @Bean
    CookieSerializer sessionCookie(@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName("JSESSIONID");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Strict");
        cookie.setUseSecureCookie(secure);
        cookie.setUseBase64Encoding(false);
        return cookie;
    }

    /** Around Spring Session's filter: an outage of the session store answered as an outage, not a 500. */
    @Bean
    FilterRegistrationBean<SessionStoreOutage> sessionStoreOutage() {
        FilterRegistrationBean<SessionStoreOutage> registration =
                new FilterRegistrationBean<>(new SessionStoreOutage());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    @Bean
    <S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }
}
