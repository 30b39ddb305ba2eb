package tw.vendorrisk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One application node as an operator runs it: the fat jar ({@code java -jar}) in its own operating
 * system process, profile {@code postgres}, configured by environment variables, with its job
 * executor on. A test can kill it hard ({@code kill -9}) and start it again on the same database.
 * Its output goes to {@code target/nodes/<name>.log}.
 */
public final class AppNode implements AutoCloseable {

    public static final String ADMIN = "operator";
    public static final String ADMIN_PASSWORD = "Strong-Admin-Pw-2026!";
    /** A killed node's jobs are free again after this; the default (5 min) is too long for a test. */
    public static final int LOCK_TIME_MILLIS = 20_000;

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private AppNode(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts a node on the database and waits until it answers. Nodes on one database are started
     * one after another: the first creates the schema and the shared set-up.
     */
    public static AppNode start(String name, EmbeddedPostgres postgres, Duration timeout) {
        int port = freePort();
        Path log = Path.of("target", "nodes", name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx640m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", jar().toString(),
                "--spring.profiles.active=postgres",
                "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME_MILLIS,
                // an idle node looks for jobs every few seconds, not after up to a minute
                "--camunda.bpm.job-execution.wait-time-in-millis=1000",
                "--camunda.bpm.job-execution.max-wait=4000",
                // the job log records which node ran each job
                "--camunda.bpm.generic-properties.properties.hostname=" + name));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        try {
            Files.createDirectories(log.getParent());
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        builder.environment().putAll(Map.of(
                "SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "postgres"),
                "SPRING_DATASOURCE_USERNAME", "postgres",
                "SPRING_DATASOURCE_PASSWORD", "postgres",
                "APP_ADMIN_USER", ADMIN,
                "APP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "PORT", Integer.toString(port)));
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AppNode node = new AppNode(name, port, process, log);
        // a test JVM stopped midway leaves no node behind
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        node.awaitReady(timeout);
        return node;
    }

    /** The fat jar the build made ({@code package} runs before the integration tests). */
    public static Path jar() {
        String configured = System.getProperty("app.jar");
        if (configured != null && Files.isRegularFile(Path.of(configured))) {
            return Path.of(configured);
        }
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("vendor-risk-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No application jar in target/: run `./mvnw package` "
                            + "(or `verify`) first."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(Duration timeout) {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        RestClient admin = admin();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Node " + name + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                if (admin.get("/engine-rest/version").statusCode() == 200) {
                    System.out.printf("[%s] up on port %d after %.1f s%n", name, port,
                            (System.nanoTime() - started) / 1e9);
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Node " + name + " did not answer within " + timeout.toSeconds() + " s:\n"
                + logTail());
    }

    /**
     * {@code kill -9}: the process ends at once, in the middle of whatever it does. On Linux
     * {@link Process#destroyForcibly()} sends SIGKILL; the exit status 137 (128 + 9) confirms it.
     */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Node " + name + " survived SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (process.exitValue() != 137) {
            throw new IllegalStateException("Node " + name + " ended with " + process.exitValue() + ", not by SIGKILL");
        }
        System.out.printf("[%s] killed (SIGKILL, exit %d)%n", name, process.exitValue());
    }

    /** Stops the node as an operator would (SIGTERM); a node already dead is left as it is. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** CPU time the node's process has used so far (0 once it is gone). */
    public double cpuSeconds() {
        return process.info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(0.0);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public RestClient admin() {
        return RestClient.as(port, ADMIN, ADMIN_PASSWORD);
    }

    public RestClient as(String user, String password) {
        return RestClient.as(port, user, password);
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
