package org.comity.web.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import org.comity.core.audit.AuditLog;
import org.comity.core.identity.Agencies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Comity as the OAuth 2.0 authorization server of its agencies (issue 17): {@code POST /oauth2/token}
 * with grant {@code client_credentials} issues a short-lived JWT signed by {@link SigningKeys};
 * {@code POST /oauth2/revoke} revokes one; {@code /oauth2/jwks} publishes the public key. Clients
 * ({@link AgencyClients}) and issued tokens live in the database (Spring Authorization Server's JDBC
 * stores, tables of V21), so every node serves every agency. The API's filter chain validates the
 * tokens as a resource server with the same key, in process: no call to another service per request.
 * JWTs rather than opaque tokens: checking the signature costs microseconds and the one query per
 * request that remains is the one that makes revocation immediate ({@link TokenRevocations}).
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain authorizationServer(HttpSecurity http, OAuth2AuthorizationService authorizations)
            throws Exception {
        OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, s -> s.authorizationService(authorizations))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.ignoringRequestMatchers(server.getEndpointsMatcher()));
        return http.build();
    }

    @Bean
    RegisteredClientRepository registeredClients(JdbcTemplate jdbc) {
        return new JdbcRegisteredClientRepository(jdbc);
    }

    @Bean
    OAuth2AuthorizationService authorizations(
            JdbcTemplate jdbc,
            RegisteredClientRepository clients,
            TokenRevocations revocations,
            Agencies agencies,
            AuditLog audit,
            TransactionTemplate transaction,
            Clock clock) {
        return new AuditedAuthorizationService(
                new JdbcOAuth2AuthorizationService(jdbc, clients), revocations, agencies, audit, transaction, clock);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(OAuth2Settings settings, JdbcClient jdbc, Clock clock) {
        RSAKey key = SigningKeys.load(settings, jdbc, clock);
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** Validates tokens on the application's clock, the one that issued them (tests move it). */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys, Clock clock) {
        NimbusJwtDecoder decoder = (NimbusJwtDecoder) org.springframework.security.oauth2.server.authorization.config
                .annotation.web.configuration.OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        JwtTimestampValidator lifetime = new JwtTimestampValidator();
        lifetime.setClock(clock);
        decoder.setJwtValidator(lifetime);
        return decoder;
    }

    /**
     * Times the token on the application's clock, and gives a token requested without {@code scope}
     * every scope its client is registered for (an integrator's first call should simply work).
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> agencyTokenClaims(OAuth2Settings settings, Clock clock) {
        return context -> {
            if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                return;
            }
            Instant now = clock.instant();
            context.getClaims().issuedAt(now).notBefore(now).expiresAt(now.plus(settings.accessTokenLifetime()));
            if (context.getAuthorizedScopes().isEmpty()) {
                context.getClaims().claim("scope", context.getRegisteredClient().getScopes());
            }
        };
    }

    @Bean
    AgencyTokenAuthentication agencyTokenAuthentication(TokenRevocations revocations) {
        return new AgencyTokenAuthentication(revocations);
    }
}
