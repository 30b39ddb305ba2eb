package tw.vendorrisk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import tw.vendorrisk.support.AppNode;
import tw.vendorrisk.support.BenchResults;
import tw.vendorrisk.support.BenchTimer;
import tw.vendorrisk.support.RestClient;

/**
 * Start-up time and memory of the application on the embedded default (issue 8, part of the
 * {@code bench} profile: {@code ./mvnw -B -Pbench verify}): the packaged fat jar as a separate
 * process ({@code java [options] -jar}), in a fresh empty directory, so it creates its H2 file
 * database under {@code ./data} with the demo users and the sample register; then stopped (SIGTERM)
 * and started again on the same directory (a restart: schema, models and demo data exist). Start-up
 * is the time from starting the process until {@code GET /engine-rest/version} answers; the
 * application's own "Started … in" figure and the CPU time the process used are printed next to it.
 * The resident set size ({@code VmRSS} of {@code /proc/<pid>/status}) is read once started and after
 * a Tasklist page as {@code ivan}. Three sets of JVM options: none, the memory options only, and the
 * options the README documents ({@link #DOCUMENTED}). Writes {@code startupSeconds},
 * {@code startupSecondsRestart} and {@code rssMb} (the larger reading of the first start) for the
 * documented options, and the figures without options, to {@code target/bench/results.json}. Each
 * start's output is in {@code target/bench/startup-<start>.log}.
 */
class StartupBench {

    static final Duration TIMEOUT = Duration.ofMinutes(4);
    static final Pattern STARTED = Pattern.compile("Started \\w+ in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");
    static final Pattern VM_RSS = Pattern.compile("(?m)^VmRSS:\\s+(\\d+) kB");
    static final String HAL = "application/hal+json, application/json; q=0.5";

    /** The JVM options the README gives for running the jar (Quick start, Production). */
    static final List<String> DOCUMENTED = List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    /** Only the memory options of {@link #DOCUMENTED}: what the JIT option adds on its own. */
    static final List<String> MEMORY_ONLY = List.of("-Xmx512m", "-XX:+UseSerialGC");

    record Start(String name, double secondsToAnswer, String springStarted, double cpuSeconds, double rssStartedMb,
            double rssAfterCallMb, String loadAverage) {

        double rssMb() {
            return Math.max(rssStartedMb, rssAfterCallMb);
        }
    }

    @Test
    void startupAndMemory_onTheEmbeddedDefault() throws Exception {
        Path plainDirectory = Files.createTempDirectory("vendor-risk-startup-");
        Path memoryDirectory = Files.createTempDirectory("vendor-risk-startup-");
        Path documentedDirectory = Files.createTempDirectory("vendor-risk-startup-");
        try {
            List<Start> starts = new ArrayList<>();
            Start plain = start(plainDirectory, "plain-first", List.of());
            starts.add(plain);
            Start plainRestart = start(plainDirectory, "plain-restart", List.of());
            starts.add(plainRestart);
            starts.add(start(memoryDirectory, "memory-first", MEMORY_ONLY));
            Start first = start(documentedDirectory, "documented-first", DOCUMENTED);
            starts.add(first);
            assertThat(documentedDirectory.resolve("data")).isDirectory();
            Start restart = start(documentedDirectory, "documented-restart", DOCUMENTED);
            starts.add(restart);

            System.out.printf(Locale.ROOT, "%n=== Start-up and memory: java [options] -jar %s on the embedded default "
                    + "(H2 file database in a fresh directory; restart: same directory) ===%n", AppNode.jar().getFileName());
            System.out.println("plain: no JVM options; memory: " + String.join(" ", MEMORY_ONLY) + "; documented: "
                    + String.join(" ", DOCUMENTED));
            System.out.printf(Locale.ROOT, "%-20s %14s %30s %10s %12s %17s   %s%n", "start", "answers after",
                    "Spring: started in", "CPU", "RSS started", "RSS after a page", "load average");
            for (Start start : starts) {
                System.out.printf(Locale.ROOT, "%-20s %12.1f s %30s %8.1f s %9.0f MB %14.0f MB   %s%n", start.name(),
                        start.secondsToAnswer(), start.springStarted(), start.cpuSeconds(), start.rssStartedMb(),
                        start.rssAfterCallMb(), start.loadAverage());
            }
            System.out.printf(Locale.ROOT, "targets: start-up < 25 s, RSS < 700 MB; %d cores%n%n",
                    Runtime.getRuntime().availableProcessors());

            Map<String, Object> results = new LinkedHashMap<>();
            results.put("startupSeconds", BenchTimer.round(first.secondsToAnswer()));
            results.put("startupSecondsRestart", BenchTimer.round(restart.secondsToAnswer()));
            results.put("rssMb", (double) Math.round(first.rssMb()));
            results.put("rssMbRestart", (double) Math.round(restart.rssMb()));
            results.put("startupCpuSeconds", BenchTimer.round(first.cpuSeconds()));
            results.put("startupJvmOptions", String.join(" ", DOCUMENTED));
            results.put("startupSecondsPlainJvm", BenchTimer.round(plain.secondsToAnswer()));
            results.put("startupSecondsRestartPlainJvm", BenchTimer.round(plainRestart.secondsToAnswer()));
            results.put("rssMbPlainJvm", (double) Math.round(Math.max(plain.rssMb(), plainRestart.rssMb())));
            results.put("startupCpuSecondsPlainJvm", BenchTimer.round(plain.cpuSeconds()));
            results.put("startupLoadAverage", first.loadAverage());
            BenchResults.merge(results);
            System.out.println("written to " + BenchResults.FILE.toAbsolutePath() + ": " + results);
        } finally {
            for (Path directory : List.of(plainDirectory, memoryDirectory, documentedDirectory)) {
                deleteRecursively(directory);
            }
        }
    }

    private Start start(Path directory, String name, List<String> jvmOptions) throws Exception {
        int port = freePort();
        Path log = Path.of("target", "bench", "startup-" + name + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", AppNode.jar().toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().put("PORT", Integer.toString(port));
        String load = BenchTimer.loadAverage();
        long begin = System.nanoTime();
        Process process = builder.start();
        Thread killer = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(killer);
        try {
            RestClient admin = RestClient.as(port, "admin");
            double seconds = awaitAnswer(process, admin, begin, log);
            double rssStarted = rssMb(process.pid());
            double cpu = process.info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(Double.NaN);
            String started = springStarted(log);

            RestClient ivan = RestClient.as(port, "ivan");
            HttpResponse<String> filters = ivan.get("/engine-rest/filter?resourceType=Task");
            assertThat(filters.statusCode()).as(filters.body()).isEqualTo(200);
            String filterId = null;
            for (JsonNode filter : new ObjectMapper().readTree(filters.body())) {
                if (AccessSetup.FILTER_GROUP_TASKS.equals(filter.path("name").asText())) {
                    filterId = filter.path("id").asText();
                }
            }
            assertThat(filterId).as("the shared filter " + AccessSetup.FILTER_GROUP_TASKS).isNotNull();
            HttpResponse<String> page = ivan.post("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15",
                    TaskQueryBench.TASKLIST_BODY, HAL);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            double rssAfterCall = rssMb(process.pid());
            System.out.printf(Locale.ROOT, "[bench] %s: answers after %.1f s (%s), CPU %.1f s, RSS %.0f MB, after a "
                    + "Tasklist page %.0f MB (load average %s)%n", name, seconds, started, cpu, rssStarted, rssAfterCall, load);
            return new Start(name, seconds, started, cpu, rssStarted, rssAfterCall, load);
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            Runtime.getRuntime().removeShutdownHook(killer);
        }
    }

    private static double awaitAnswer(Process process, RestClient admin, long begin, Path log) throws Exception {
        long deadline = begin + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited with " + process.exitValue() + ":\n"
                        + Files.readString(log));
            }
            try {
                if (admin.get("/engine-rest/version").statusCode() == 200) {
                    return (System.nanoTime() - begin) / 1e9;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The application did not answer within " + TIMEOUT.toSeconds() + " s:\n"
                + Files.readString(log));
    }

    private static String springStarted(Path log) throws IOException {
        Matcher started = STARTED.matcher(Files.readString(log));
        return started.find() ? started.group(1) + " s (JVM " + started.group(2) + " s)" : "(not logged)";
    }

    static double rssMb(long pid) throws IOException {
        Matcher rss = VM_RSS.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        assertThat(rss.find()).as("VmRSS of process " + pid).isTrue();
        return Long.parseLong(rss.group(1)) / 1024.0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
