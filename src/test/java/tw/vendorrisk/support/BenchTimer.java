package tw.vendorrisk.support;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times a step of the benchmark ({@code ./mvnw -B -Pbench verify}): runs it to warm up, then
 * measures each run, and gives the median, the 95th percentile and the spread. The two cores are
 * shared with other work, so each figure comes with the load average it was measured under.
 */
public final class BenchTimer {

    /** A step that may throw, e.g. an HTTP call. */
    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }

    public record Measure(int runs, double medianMs, double p95Ms, double minMs, double maxMs, String loadAverage) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d runs: median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms "
                    + "(load average %s)", runs, medianMs, p95Ms, minMs, maxMs, loadAverage);
        }
    }

    private BenchTimer() {
    }

    public static Measure measure(int warmUp, int runs, Step step) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            step.run();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            step.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new Measure(runs, median(millis), millis[(int) Math.ceil(runs * 0.95) - 1], millis[0],
                millis[runs - 1], loadAverage());
    }

    public static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** {@code /proc/loadavg}: the load over 1, 5 and 15 minutes, running/all threads, last process id. */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** One decimal, as the results file keeps figures. */
    public static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
