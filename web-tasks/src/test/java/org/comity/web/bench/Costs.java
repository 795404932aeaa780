package org.comity.web.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * What one timed piece of work cost: wall time, CPU time of every thread of the JVM (ThreadMXBean:
 * the benchmark's thread for the bare engine, the server's threads for Comity's API) and the SQL
 * statements its data source executed; and the medians of several rounds, per operation.
 */
final class Costs {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Costs() {}

    /** One measurement of {@code operations} operations. */
    record Cost(int operations, double wallMs, double cpuMs, long statements) {

        double wallPerOp() {
            return wallMs / operations;
        }

        double cpuPerOp() {
            return cpuMs / operations;
        }

        double statementsPerOp() {
            return (double) statements / operations;
        }

        double perSecond() {
            return operations * 1000.0 / wallMs;
        }
    }

    /** Runs {@code work} of {@code operations} operations, counting the statements of {@code counter}. */
    static Cost measure(int operations, StatementCount counter, Runnable work) {
        counter.reset();
        long cpuBefore = cpuNanos();
        long start = System.nanoTime();
        work.run();
        long wall = System.nanoTime() - start;
        long cpu = cpuNanos() - cpuBefore;
        return new Cost(operations, wall / 1e6, cpu / 1e6, counter.total());
    }

    /** CPU time of all live threads; threads that ended meanwhile are missed (the server keeps its own). */
    static long cpuNanos() {
        return Arrays.stream(THREADS.getAllThreadIds())
                .map(THREADS::getThreadCpuTime)
                .filter(t -> t > 0)
                .sum();
    }

    /** The round whose wall time per operation is the median (upper median for an even count). */
    static Cost median(List<Cost> rounds) {
        List<Cost> sorted = new ArrayList<>(rounds);
        sorted.sort(Comparator.comparingDouble(Cost::wallPerOp));
        return sorted.get(sorted.size() / 2);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The nearest-rank percentile of latencies in ms. */
    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
