package org.comity.documents;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.comity.core.document.DocumentRequest;

/**
 * Throughput of the document engine against bare PDFBox on the same fonts and text, measured in
 * the same run. Not a unit test: run with {@code mvn -pl document-service -am -Pbenchmark verify}
 * (see BENCHMARK.md). Timed loops run for a fixed wall time after a warm-up.
 */
public final class DocumentBenchmark {

    private static final long WARM_UP_MS = Long.getLong("benchmark.warmupMs", 4000);

    private static final long MEASURE_MS = Long.getLong("benchmark.measureMs", 6000);

    private static final PdfLegalDocumentGenerator GENERATOR = new PdfLegalDocumentGenerator();

    private DocumentBenchmark() {}

    public static void main(String[] args) throws Exception {
        DocumentRequest onePage = DocumentFixtures.aReleaseFromProvisionalArrest();
        int pages = GENERATOR.render(onePage).pageCount();
        List<String> onePageText = lines(onePage);
        System.out.printf(
                "One-page document: %s, %d page(s), %d lines of text%n", onePage.type(), pages, onePageText.size());
        run(2, () -> GENERATOR.render(onePage).bytes(), 2 * WARM_UP_MS);
        run(2, () -> BarePdfBoxBaseline.render(onePageText), WARM_UP_MS);
        for (int threads : new int[] {1, 2}) {
            Throughput ours = measure(threads, () -> GENERATOR.render(onePage).bytes());
            Throughput bare = measure(threads, () -> BarePdfBoxBaseline.render(onePageText));
            System.out.printf(
                    "%d thread(s): Comity %.1f docs/s (%.1f ms CPU/doc), bare PDFBox %.1f docs/s "
                            + "(%.1f ms CPU/doc), ratio %.2f (by CPU time %.2f)%n",
                    threads,
                    ours.perSecond(),
                    ours.cpuMillis(),
                    bare.perSecond(),
                    bare.cpuMillis(),
                    ours.perSecond() / bare.perSecond(),
                    bare.cpuMillis() / ours.cpuMillis());
        }
        DocumentRequest manifest = DocumentFixtures.aManifestOf1523PersonsFromMyanmar();
        List<String> manifestText = lines(manifest);
        double oursMs = medianMillis(() -> GENERATOR.render(manifest).bytes());
        double bareMs = medianMillis(() -> BarePdfBoxBaseline.render(manifestText));
        System.out.printf(
                "Manifest of 1,523 persons (%d pages): Comity %.0f ms, bare PDFBox %.0f ms (same %d lines), "
                        + "ratio %.2f%n",
                GENERATOR.render(manifest).pageCount(), oursMs, bareMs, manifestText.size(), bareMs / oursMs);
    }

    /** The text lines of the rendered document, which the baseline writes with plain PDFBox. */
    private static List<String> lines(DocumentRequest request) {
        String text = PdfAssertions.text(GENERATOR.render(request).bytes());
        return Arrays.stream(text.split("\\R")).filter(line -> !line.isBlank()).toList();
    }

    /**
     * Documents per wall-clock second, and CPU milliseconds per document: the machine the benchmark
     * runs on may be shared, and CPU time shows the cost independent of what else is running.
     */
    record Throughput(double perSecond, double cpuMillis) {}

    private static Throughput measure(int threads, Supplier<byte[]> render) throws Exception {
        run(threads, render, WARM_UP_MS);
        long[] result = run(threads, render, MEASURE_MS);
        return new Throughput(result[0] * 1000.0 / MEASURE_MS, result[1] / 1e6 / result[0]);
    }

    /** Runs for a wall time; returns documents rendered and CPU nanoseconds spent. */
    private static long[] run(int threads, Supplier<byte[]> render, long millis) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<long[]>> workers = new ArrayList<>();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < threads; i++) {
            workers.add(pool.submit(() -> {
                long start = cpu.getCurrentThreadCpuTime();
                long count = 0;
                while (!stop.get()) {
                    render.get();
                    count++;
                }
                return new long[] {count, cpu.getCurrentThreadCpuTime() - start};
            }));
        }
        Thread.sleep(millis);
        stop.set(true);
        long[] total = new long[2];
        for (Future<long[]> worker : workers) {
            total[0] += worker.get()[0];
            total[1] += worker.get()[1];
        }
        pool.shutdown();
        return total;
    }

    private static double medianMillis(Supplier<byte[]> render) {
        for (int i = 0; i < 2; i++) {
            render.get();
        }
        double[] times = new double[5];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            render.get();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }
}
