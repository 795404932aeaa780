package org.comity.web.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import org.comity.core.identity.Agencies;
import org.comity.core.identity.Role;
import org.comity.web.problem.DatabaseOutage;
import org.comity.web.problem.Problems;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Two filter chains (besides the authorization server's, {@link AuthorizationServerConfiguration}).
 * The API ({@code /api/**}) is stateless: people use HTTP Basic, checked by bcrypt once per
 * credential ({@link VerifiedCredentialCache}); agencies an OAuth 2.0 access token (or, in the demo
 * profile, a fixed token); every caller within its rate limit ({@link RateLimitFilter}); there is no
 * session and so no CSRF. The tasklist uses form login with a session,
 * CSRF tokens and strict headers. Both end in "deny unless allowed". The audit log, in the API and
 * in the tasklist, is for auditors only (DESIGN.md §7, §8): that rule is stated here once, and a
 * refusal looks as it did when each controller checked it (the same problem, the same error page).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final String AUDITOR = Role.AUDITOR.name();
    private static final String[] AUDIT_API = {"/api/v1/audit", "/api/v1/audit/**"};
    private static final String[] CASE_AUDIT_API = {"/api/v1/audit/cases/**"};
    private static final String[] AUDIT_PAGES = {"/audit", "/audit/**"};
    /** The only paths open without signing in besides the sign-in page itself: verifying a printed document. */
    private static final String PUBLIC_VERIFICATION_API = "/api/v1/verification/*";

    private static final String PUBLIC_VERIFICATION_PAGE = "/verify";

    /** Tells the session registry behind "one session per officer" when a session ends. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * bcrypt, run once per credential and node for {@code comity.security.verified-credential-lifetime}
     * rather than on every API request ({@link VerifiedCredentialCache}); on the real time, as the
     * lifetime of a secret in memory is no business of a test's clock.
     */
    @Bean
    PasswordEncoder passwordEncoder(
            @Value("${comity.security.verified-credential-lifetime:PT5M}") Duration verifiedCredentialLifetime) {
        return new VerifiedCredentialCache(new BCryptPasswordEncoder(), verifiedCredentialLifetime, Clock.systemUTC());
    }

    @Bean
    RateLimiter rateLimiter(RateLimitSettings settings, Clock clock) {
        return new RateLimiter(settings.window(), clock);
    }

    @Bean
    AuthenticationEntryPoint apiEntryPoint(Problems problems) {
        return (request, response, e) -> {
            if (e instanceof InternalAuthenticationServiceException && DatabaseOutage.causedBy(e)) {
                // the credentials could not be checked, not found wrong: the client should retry, not re-enter them
                response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
                problems.write(response, DatabaseOutage.response().getBody());
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"Comity\", Bearer realm=\"Comity\"");
            problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "Authentication is required"));
        };
    }

    @Bean
    AccessDeniedHandler apiAccessDenied(Problems problems) {
        LinkedHashMap<RequestMatcher, AccessDeniedHandler> byPath = new LinkedHashMap<>();
        byPath.put(paths(CASE_AUDIT_API), forbidden(problems, "Only auditors read a case's audit trail"));
        byPath.put(paths(AUDIT_API), forbidden(problems, "Only auditors read the audit log"));
        return new RequestMatcherDelegatingAccessDeniedHandler(byPath, forbidden(problems, "Not allowed"));
    }

    private static AccessDeniedHandler forbidden(Problems problems, String detail) {
        return (request, response, e) -> problems.write(response, Problems.of(HttpStatus.FORBIDDEN, detail));
    }

    /**
     * A refused auditor's page shows the tasklist's error page with 403, as a refusal inside a
     * controller does; a form lost with its session and an unknown address are answered by
     * {@link UiAccessDenied}; every other refusal (a wrong CSRF token, say) keeps Spring's default.
     */
    private static AccessDeniedHandler uiAccessDenied(HandlerMapping pages) {
        AccessDeniedHandlerImpl errorPage = new AccessDeniedHandlerImpl();
        errorPage.setErrorPage("/error");
        LinkedHashMap<RequestMatcher, AccessDeniedHandler> byPath = new LinkedHashMap<>();
        byPath.put(paths(AUDIT_PAGES), errorPage);
        return new UiAccessDenied(
                new RequestMatcherDelegatingAccessDeniedHandler(byPath, new AccessDeniedHandlerImpl()), pages);
    }

    private static RequestMatcher paths(String... patterns) {
        PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(
                Arrays.stream(patterns).map(builder::matcher).toArray(RequestMatcher[]::new));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            Agencies agencies,
            LoginThrottle throttle,
            AuthenticationEntryPoint apiEntryPoint,
            AccessDeniedHandler apiAccessDenied,
            Problems problems,
            OAuth2Settings oauth2,
            JwtDecoder tokens,
            AgencyTokenAuthentication agencyTokens,
            RateLimiter limiter,
            RateLimitSettings limits)
            throws Exception {
        LoginThrottleFilter throttleFilter = new LoginThrottleFilter(throttle, false, (request, response, wait) -> {
            response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
            problems.write(
                    response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins; try again later"));
        });
        if (oauth2.staticTokens()) {
            http.addFilterBefore(
                    new AgencyTokenFilter(agencies, throttle, apiEntryPoint), BasicAuthenticationFilter.class);
        }
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.requestMatchers(AUDIT_API)
                        .hasRole(AUDITOR)
                        // the holder of a printed document verifies it without an account (issue 13)
                        .requestMatchers(HttpMethod.GET, PUBLIC_VERIFICATION_API)
                        .permitAll()
                        .requestMatchers("/api/v1/**")
                        .access(new AgencyScopeRule())
                        .anyRequest()
                        .denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(apiEntryPoint))
                .oauth2ResourceServer(o -> o.bearerTokenResolver(new AccessTokens())
                        .authenticationEntryPoint(apiEntryPoint)
                        .jwt(jwt -> jwt.decoder(tokens).jwtAuthenticationConverter(agencyTokens)))
                .addFilterBefore(throttleFilter, BasicAuthenticationFilter.class)
                .addFilterAfter(new RateLimitFilter(limiter, limits, problems), AnonymousAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(
                        e -> e.authenticationEntryPoint(apiEntryPoint).accessDeniedHandler(apiAccessDenied))
                .headers(h -> h.contentSecurityPolicy(
                                c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(
            HttpSecurity http,
            LoginThrottle throttle,
            Clock clock,
            @Value("${comity.session.absolute-timeout:8h}") Duration absoluteTimeout,
            @Qualifier("requestMappingHandlerMapping") HandlerMapping pages)
            throws Exception {
        LoginThrottleFilter throttleFilter = new LoginThrottleFilter(
                throttle,
                true,
                (request, response, wait) -> response.sendRedirect(request.getContextPath() + "/login?locked"));
        http.authorizeHttpRequests(a -> a.requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_VERIFICATION_PAGE)
                        .permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers(AUDIT_PAGES)
                        .hasRole(AUDITOR)
                        .requestMatchers("/", "/tasks", "/tasks/**")
                        .authenticated()
                        .requestMatchers("/requests/new", "/requests/new/**", "/requests/drafts/**")
                        .authenticated()
                        .requestMatchers("/cases", "/cases/**", "/operations/**", "/documents/**")
                        .authenticated()
                        .requestMatchers("/incidents", "/incidents/**")
                        .authenticated()
                        .requestMatchers("/escalation", "/escalation/**")
                        .authenticated()
                        .requestMatchers(SessionKeepAliveController.PATH)
                        .authenticated()
                        .anyRequest()
                        .denyAll())
                // after signing in, back to the page that asked for it (a task whose session had ended), else home
                .formLogin(f -> f.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        // credentials that could not be checked (the database is down) are not called wrong
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (DatabaseOutage.causedBy(e) ? "/login?unavailable" : "/login?error"))))
                .logout(l ->
                        l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                .addFilterBefore(throttleFilter, UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e.accessDeniedHandler(uiAccessDenied(pages)))
                .addFilterAfter(new AbsoluteSessionTimeout(absoluteTimeout, clock), SecurityContextHolderFilter.class)
                // a new session id at sign-in; one session per officer, the earlier one ending with a
                // notice. No invalidSessionUrl: Spring would then answer a POST without its CSRF token
                // with that redirect instead of 403; an idle-expired session simply meets the sign-in page.
                .sessionManagement(s -> s.sessionFixation(f -> f.migrateSession())
                        .maximumSessions(1)
                        .expiredUrl("/login?expired"))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(f -> f.deny())
                        .httpStrictTransportSecurity(hsts ->
                                hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds())));
        return http.build();
    }
}
