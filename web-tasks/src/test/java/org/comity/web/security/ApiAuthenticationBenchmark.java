package org.comity.web.security;

import jakarta.servlet.Filter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.comity.web.TestApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not a test: what authentication costs per API request with 50 concurrent clients (issue 17: bcrypt
 * on every request had cost 164 ms and capped 50 clients at 9–12 requests/s). Two servlet filters
 * around Spring Security's filter chain time the whole chain per request (authentication, the rate
 * limit, authorisation, headers), over real HTTP on a random port, for 50 clients with access tokens
 * (each its own, from {@code /oauth2/token}), then 50 clients with HTTP Basic (bcrypt once per
 * credential), each calling {@code GET /api/v1/me}, after a round of tokens that warms the JIT up. Per
 * request it records the chain's CPU time on the request's thread (the cost of authentication itself)
 * and its wall time (which, with 50 clients and the server sharing one machine's cores, includes
 * waiting for a core). Rate limits are off so that nothing is refused.
 * Run alone: {@code mvn -B verify -pl web-tasks -am -Dtest=none -Dit.test=ApiAuthenticationBenchmark
 * -Dbenchmark=true} ({@code -Dbenchmark.requests=400} requests per client, default 200); figures in
 * {@code web-tasks/target/benchmarks/api-authentication.md}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:comity-auth-bench;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
            "camunda.bpm.job-execution.enabled=false",
            "comity.demo.load-operation=false",
            "comity.rate-limit.enabled=false"
        })
@ActiveProfiles("demo")
@Import(ApiAuthenticationBenchmark.SecurityChainTiming.class)
class ApiAuthenticationBenchmark {

    static final int CLIENTS = 50;
    static final int REQUESTS = Integer.getInteger("benchmark.requests", 200);
    static final int WARM_UP = 20;

    /** Nanoseconds spent in the security chain by each measured request (wall clock: includes waiting for a core). */
    static final ConcurrentLinkedQueue<Long> SAMPLES = new ConcurrentLinkedQueue<>();
    /** CPU nanoseconds the request's thread spent in the security chain: the cost itself, without queueing. */
    static final ConcurrentLinkedQueue<Long> CPU_SAMPLES = new ConcurrentLinkedQueue<>();

    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    static volatile boolean measuring;

    @LocalServerPort
    int port;

    @Test
    void fiftyClientsWithTokensAndWithBasic() throws Exception {
        List<String> report = new ArrayList<>();
        report.add(
                "| Clients | Credentials | Requests | Requests/s | Security chain CPU mean | wall mean | wall p50 | wall p95 | wall p99 |");
        report.add("|---|---|---|---|---|---|---|---|---|");
        run("warm-up, not reported", i -> TestApi.withAccessToken(port, "cn-mps", "demo-secret-cn-mps", null));
        report.add(run("access token", i -> TestApi.withAccessToken(port, "cn-mps", "demo-secret-cn-mps", null)));
        report.add(run(
                "HTTP Basic (bcrypt once)", i -> TestApi.as(port, i % 2 == 0 ? "cn.officer" : "mm.officer", "demo")));
        report.add(
                run("access token, again", i -> TestApi.withAccessToken(port, "cn-mps", "demo-secret-cn-mps", null)));
        String text = String.join("\n", report) + "\n";
        Path out = Path.of("target", "benchmarks", "api-authentication.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
        System.out.println(text);
    }

    private String run(String credentials, IntFunction<TestApi> client) throws Exception {
        List<TestApi> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(client.apply(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            CyclicBarrier warm = new CyclicBarrier(CLIENTS, () -> {
                SAMPLES.clear();
                CPU_SAMPLES.clear();
                measuring = true;
            });
            long[] window = new long[2];
            CyclicBarrier done = new CyclicBarrier(CLIENTS, () -> {
                measuring = false;
                window[1] = System.nanoTime();
            });
            List<Future<?>> running = new ArrayList<>();
            for (TestApi api : clients) {
                running.add(pool.submit(() -> {
                    for (int r = 0; r < WARM_UP; r++) {
                        expectOk(api);
                    }
                    warm.await();
                    synchronized (window) {
                        if (window[0] == 0) {
                            window[0] = System.nanoTime();
                        }
                    }
                    for (int r = 0; r < REQUESTS; r++) {
                        expectOk(api);
                    }
                    done.await();
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            long[] nanos = SAMPLES.stream().mapToLong(Long::longValue).sorted().toArray();
            double cpu =
                    CPU_SAMPLES.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
            double seconds = (window[1] - window[0]) / 1e9;
            return String.format(
                    Locale.ROOT,
                    "| %d | %s | %d | %.0f | %.3f ms | %.3f ms | %.3f ms | %.3f ms | %.3f ms |",
                    CLIENTS,
                    credentials,
                    nanos.length,
                    nanos.length / seconds,
                    cpu,
                    Arrays.stream(nanos).average().orElse(0) / 1e6,
                    pct(nanos, 50),
                    pct(nanos, 95),
                    pct(nanos, 99));
        } finally {
            pool.shutdownNow();
        }
    }

    private static void expectOk(TestApi api) {
        int status = api.get("/api/v1/me").status();
        if (status != 200) {
            throw new IllegalStateException("GET /api/v1/me answered " + status);
        }
    }

    private static double pct(long[] sorted, int percentile) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
    }

    /** One filter just before Spring Security's chain notes the time, one just after it records the difference. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SecurityChainTiming {

        private static final String STARTED = SecurityChainTiming.class.getName() + ".started";
        private static final String STARTED_CPU = SecurityChainTiming.class.getName() + ".cpu";

        @Bean
        FilterRegistrationBean<Filter> beforeSecurity() {
            FilterRegistrationBean<Filter> before = new FilterRegistrationBean<>((request, response, chain) -> {
                request.setAttribute(STARTED_CPU, THREADS.getCurrentThreadCpuTime());
                request.setAttribute(STARTED, System.nanoTime());
                chain.doFilter(request, response);
            });
            before.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
            return before;
        }

        @Bean
        FilterRegistrationBean<Filter> afterSecurity() {
            FilterRegistrationBean<Filter> after = new FilterRegistrationBean<>((request, response, chain) -> {
                Object started = request.getAttribute(STARTED);
                if (measuring && started instanceof Long nanos) {
                    SAMPLES.add(System.nanoTime() - nanos);
                    CPU_SAMPLES.add(THREADS.getCurrentThreadCpuTime() - (Long) request.getAttribute(STARTED_CPU));
                }
                chain.doFilter(request, response);
            });
            after.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
            return after;
        }
    }
}
