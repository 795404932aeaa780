package org.comity.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.comity.web.WebIT;
import org.comity.web.extradition.ExtraditionRequestBodies;
import org.comity.web.repatriation.RepatriationFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Input that the servlet container, not a controller, must bound (issue #14): a chunked body larger
 * than the limit, a path with {@code %00}, a header section over the limit, an Idempotency-Key with
 * bytes outside ASCII. Each is answered with problem+json, never Tomcat's HTML page or a 5xx.
 */
class BoundedInputIT extends WebIT {

    private static final long TWO_HUNDRED_MB = 200L * 1024 * 1024;

    @Autowired
    JdbcClient jdbc;

    @Test
    void refusesAChunkedCsvUploadOverTheLimitWith413AfterReadingOnlyTheLimit() {
        String operationId = RepatriationFixtures.open(
                withToken("demo-mm-mpf"), RepatriationFixtures.theSeedOperation("Chunked upload", List.of()));
        byte[] rows = csvRows(64 * 1024);
        long heapBefore = resetHeapPeaks();

        RawHttp.Answer answer = RawHttp.streamChunked(
                port,
                "POST /api/v1/repatriations/" + operationId
                        + "/persons HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer demo-mm-mpf\r\n"
                        + "Content-Type: text/csv\r\nAccept: application/json\r\n",
                rows,
                TWO_HUNDRED_MB);

        long heapGrowth = peakHeap() - heapBefore;
        System.out.printf(
                "chunked CSV upload: %d MB offered, %d MB sent before the answer, heap peak +%d MB%n",
                TWO_HUNDRED_MB >> 20, answer.bytesSent() >> 20, heapGrowth >> 20);
        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("larger than 10485760 bytes");
        assertThat(answer.bytesSent())
                .as("the server stops reading soon after the limit")
                .isLessThan(64L << 20);
        assertThat(heapGrowth).as("the body is never buffered whole").isLessThan(150L << 20);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM repatriation_person WHERE operation_id = ?")
                        .param(java.util.UUID.fromString(operationId))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesAChunkedJsonBodyOverTheLimitWith413() {
        byte[] spaces = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        RawHttp.Answer answer = RawHttp.streamChunked(
                port,
                "POST /api/v1/extraditions HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Bearer demo-cn-mps\r\nContent-Type: application/json\r\n",
                spaces,
                40L << 20);
        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void answersANulInThePathWithAProblemNotTomcatsPage() {
        RawHttp.Answer answer = RawHttp.send(
                port,
                "GET /api/v1/cases/%00 HTTP/1.1\r\nHost: localhost\r\n" + "Authorization: Bearer demo-cn-mps\r\n",
                new byte[0]);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body())
                .contains("\"status\":400")
                .doesNotContain("<html")
                .doesNotContain("Tomcat");
    }

    @Test
    void answersAHeaderSectionOverTheLimitWithAProblemNotTomcatsPage() {
        RawHttp.Answer answer = RawHttp.send(
                port,
                "GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\n" + "Authorization: Bearer demo-cn-mps\r\nX-Padding: "
                        + "a".repeat(20 * 1024) + "\r\n",
                new byte[0]);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).doesNotContain("<html").doesNotContain("Tomcat");
    }

    @Test
    void refusesAnIdempotencyKeyOutsideAsciiNamingTheHeader() throws Exception {
        byte[] body = new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsBytes(ExtraditionRequestBodies.aRequestFromChinaFor("严非阿", "Yan Feia", "1981-03-04"));
        long cases =
                jdbc.sql("SELECT COUNT(*) FROM comity_case").query(Long.class).single();
        String key = new String("clé-été".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

        RawHttp.Answer answer = RawHttp.send(
                port,
                "POST /api/v1/extraditions HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Bearer demo-cn-mps\r\nContent-Type: application/json\r\nIdempotency-Key: "
                        + key
                        + "\r\n",
                body);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"field\":\"Idempotency-Key\"").contains("\"rule\":\"Pattern\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM comity_case")
                        .query(Long.class)
                        .single())
                .isEqualTo(cases);
    }

    private static byte[] csvRows(int size) {
        StringBuilder rows = new StringBuilder();
        String row = "王小明,WANG Xiaoming,MALE,1990-01-01,CN,KK Park Building 1,SUSPECT,,,\n";
        while (rows.length() + row.length() < size) {
            rows.append(row);
        }
        return rows.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long resetHeapPeaks() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        return heapPools().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    private static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
    }
}
