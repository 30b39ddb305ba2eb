package tw.vendorrisk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import tw.vendorrisk.contract.ContractSigningProcess;
import tw.vendorrisk.selection.VendorSelectionProcess;
import tw.vendorrisk.support.BenchResults;
import tw.vendorrisk.support.EmbeddedPostgresConfiguration;
import tw.vendorrisk.support.RestClient;

/**
 * How fast the process owners' report answers as history grows (issue 6, part of the
 * {@code bench} profile: {@code ./mvnw -B -Pbench verify}). Embedded PostgreSQL with the app's
 * engine; completed instances of the real processes are bulk-loaded ({@link HistoryBulkLoader})
 * at a constant rate of work, the newest first: 10 000 instances (about five months of work), then
 * 90 000 older ones (100 000, four years). At each size it calls
 * {@code GET /api/reports/cycle-times} over HTTP as a process owner, for the default period (the
 * last 12 weeks: 10 calls to warm up, 30 measured) and for the whole history (3 and 10), and
 * measures the heap after a full GC. It prints a table and the query plans, and writes
 * {@code cycleTimeReportP95Ms}, {@code cycleTimeReportMedianMs}, {@code heapMbAt10k} and
 * {@code heapMbAt100k} (plus the whole-history figures) to {@code target/bench/results.json}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.tw.vendorrisk=WARN")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class CycleTimeReportBench {

    static final int FIRST = 10_000;
    static final int TOTAL = 100_000;
    /** Four years of work for 100 000 instances: about 480 a week. */
    static final int YEARS = 4;
    static final int WARM_UP = 10;
    static final int MEASURED = 30;
    /** The whole history is the slow case; fewer calls keep the run short. */
    static final int WARM_UP_ALL = 3;
    static final int MEASURED_ALL = 10;

    @LocalServerPort int port;
    @Autowired DataSource dataSource;
    @Autowired RepositoryService repositoryService;
    @Autowired CycleTimeQueries queries;
    @Autowired CycleTimeReportService service;
    @Autowired NamedParameterJdbcTemplate named;
    final ObjectMapper json = new ObjectMapper();

    record Measure(double medianMs, double p95Ms, double minMs, double maxMs) {
    }

    @Test
    void reportLatencyAndHeap_at10kAnd100kInstances() throws Exception {
        LocalDateTime now = LocalDateTime.now();
        LocalDateTime oldest = now.minusYears(YEARS);
        LocalDateTime boundary = oldest.plusSeconds(java.time.Duration.between(oldest, now).getSeconds()
                * (TOTAL - FIRST) / TOTAL);
        HistoryBulkLoader loader = new HistoryBulkLoader(dataSource, repositoryService,
                List.of(VendorSelectionProcess.KEY, ContractSigningProcess.KEY));
        String allHistory = "from=" + oldest.toLocalDate() + "&to=" + now.toLocalDate();

        long loading = System.nanoTime();
        loader.load(FIRST, boundary, now.minusDays(3), now);
        settle();
        double load10k = (System.nanoTime() - loading) / 1e9;
        System.out.printf(Locale.ROOT, "[bench] loaded %,d instances in %.1f s%n", loader.instances(), load10k);
        assertReportCounts(allHistory, FIRST);
        Measure default10k = measure("10,000", "default (12 weeks)", "", WARM_UP, MEASURED);
        Measure all10k = measure("10,000", "whole history", allHistory, WARM_UP_ALL, MEASURED_ALL);
        double heap10k = heapAfterGcMb();

        loading = System.nanoTime();
        loader.load(TOTAL - FIRST, oldest, boundary, now);
        settle();
        double load90k = (System.nanoTime() - loading) / 1e9;
        System.out.printf(Locale.ROOT, "[bench] loaded %,d instances in %.1f s%n", loader.instances(), load90k);
        assertReportCounts(allHistory, TOTAL);
        Measure default100k = measure("100,000", "default (12 weeks)", "", WARM_UP, MEASURED);
        Measure all100k = measure("100,000", "whole history", allHistory, WARM_UP_ALL, MEASURED_ALL);
        double heap100k = heapAfterGcMb();

        breakdown(ReportFilter.of(null, null, null, null, null, null, now.toLocalDate()), now, "default period, 100k");
        breakdown(ReportFilter.of(null, oldest.toLocalDate(), now.toLocalDate(), null, null, null, now.toLocalDate()),
                now, "whole history, 100k");
        explain(ReportFilter.of(null, null, null, null, null, null, now.toLocalDate()), "default period, 100k");
        explain(ReportFilter.of(null, oldest.toLocalDate(), now.toLocalDate(), null, null, null, now.toLocalDate()),
                "whole history, 100k");

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        System.out.printf(Locale.ROOT, "%n=== Cycle-time report: GET /api/reports/cycle-times as a process owner, "
                + "embedded PostgreSQL %s; default period %d calls after %d warm-up, whole history %d after %d ===%n",
                jdbc.queryForObject("show server_version", String.class), MEASURED, WARM_UP, MEASURED_ALL, WARM_UP_ALL);
        System.out.printf(Locale.ROOT, "history: %,d instances, %,d user tasks, %,d task rows, %,d identity links, "
                + "%,d activity instances; load %.1f s + %.1f s (COPY)%n", loader.instances(), loader.tasks(),
                count(jdbc, "act_hi_taskinst"), count(jdbc, "act_hi_identitylink"), count(jdbc, "act_hi_actinst"),
                load10k, load90k);
        System.out.printf(Locale.ROOT, "%-12s %-24s %10s %10s %10s %10s %12s%n", "instances", "period", "median ms",
                "p95 ms", "min ms", "max ms", "heap MB");
        row("10,000", "default (12 weeks)", default10k, heap10k);
        row("10,000", "whole history", all10k, heap10k);
        row("100,000", "default (12 weeks)", default100k, heap100k);
        row("100,000", "whole history", all100k, heap100k);
        System.out.printf(Locale.ROOT, "max heap %d MB; load average now %s (2 cores); target: p95 < 300 ms at "
                + "100,000 (default period), heap flat%n%n", Runtime.getRuntime().maxMemory() / (1024 * 1024),
                loadAverage());

        Map<String, Object> results = new LinkedHashMap<>();
        results.put("cycleTimeReportP95Ms", round(default100k.p95Ms()));
        results.put("cycleTimeReportMedianMs", round(default100k.medianMs()));
        results.put("heapMbAt10k", round(heap10k));
        results.put("heapMbAt100k", round(heap100k));
        results.put("cycleTimeReportP95MsAt10k", round(default10k.p95Ms()));
        results.put("cycleTimeReportAllHistoryP95Ms", round(all100k.p95Ms()));
        results.put("cycleTimeReportAllHistoryMedianMs", round(all100k.medianMs()));
        results.put("cycleTimeReportAllHistoryP95MsAt10k", round(all10k.p95Ms()));
        results.put("cycleTimeReportLoadAverage", loadAverage());
        BenchResults.merge(results);
        System.out.println("written to " + BenchResults.FILE.toAbsolutePath() + ": " + results);
    }

    /** What autovacuum does to an insert-only table in time: statistics and the visibility map. */
    private void settle() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (String table : List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_identitylink",
                "act_hi_varinst")) {
            jdbc.execute("VACUUM ANALYZE " + table);
        }
    }

    private void assertReportCounts(String query, int expectedInstances) throws Exception {
        JsonNode report = call(query);
        long completed = 0;
        for (JsonNode process : report.path("processes")) {
            completed += process.path("completed").asLong();
        }
        assertThat(completed).as("instances the report counts").isEqualTo(expectedInstances);
    }

    private Measure measure(String instances, String period, String query, int warmUp, int measured)
            throws Exception {
        for (int i = 0; i < warmUp; i++) {
            call(query);
        }
        double[] millis = new double[measured];
        for (int i = 0; i < measured; i++) {
            long start = System.nanoTime();
            call(query);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        Measure measure = new Measure(median(millis), millis[(int) Math.ceil(measured * 0.95) - 1], millis[0],
                millis[measured - 1]);
        System.out.printf(Locale.ROOT, "[bench] %s instances, %s: %d calls, median %.1f ms, p95 %.1f ms "
                + "(load average %s)%n", instances, period, measured, measure.medianMs(), measure.p95Ms(), loadAverage());
        return measure;
    }

    /** The machine's load while measuring: the two cores are shared with other work. */
    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private JsonNode call(String query) throws Exception {
        HttpResponse<String> response = RestClient.as(port, "olivia").get("/api/reports/cycle-times?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double heapAfterGcMb() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    /** Where a report's time goes: each query as the application runs it (median of 10), then the whole report without HTTP. */
    private void breakdown(ReportFilter filter, LocalDateTime now, String label) {
        List<CycleTimeQueries.Week> weeks = CycleTimeReportService.weeks(filter);
        Map<String, Runnable> steps = new LinkedHashMap<>();
        steps.put("definitions", queries::latestDefinitions);
        steps.put("processes", () -> queries.processes(filter));
        steps.put("outcomes", () -> queries.ends(filter));
        steps.put("started per week", () -> queries.startedByWeek(filter, weeks));
        steps.put("ended per week", () -> queries.endedByWeek(filter, weeks));
        steps.put("earliest task start", () -> queries.earliestTaskStart(filter));
        steps.put("tasks", () -> queries.tasks(filter));
        steps.put("open by age", () -> queries.openByAge(filter, now));
        steps.put("overdue tasks", () -> queries.overdueTasks(filter, now));
        steps.put("deadlines", () -> queries.deadlines(filter, ObligationProcesses.KEYS, now.plusDays(30)));
        steps.put("whole report (service)", () -> service.report(filter));
        System.out.printf("%n--- time per query as the application runs it: %s ---%n", label);
        steps.forEach((name, step) -> {
            double[] millis = new double[10];
            for (int i = 0; i < millis.length; i++) {
                long start = System.nanoTime();
                step.run();
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "  %-24s median %8.1f ms, max %8.1f ms%n", name, median(millis),
                    millis[millis.length - 1]);
        });
    }

    /** EXPLAIN ANALYZE of the history queries, to see which index each uses and where the time goes. */
    private void explain(ReportFilter filter, String label) {
        List<CycleTimeQueries.Week> weeks = CycleTimeReportService.weeks(filter);
        Map<String, CycleTimeQueries.Sql> statements = new LinkedHashMap<>();
        statements.put("processes", queries.processesSql(filter));
        statements.put("outcomes", queries.endsSql(filter));
        statements.put("started per week", queries.startedByWeekSql(filter, weeks));
        statements.put("ended per week", queries.endedByWeekSql(filter, weeks));
        statements.put("earliest task start", queries.earliestTaskStartSql(filter));
        statements.put("tasks", queries.tasksSql(filter, queries.earliestTaskStart(filter)));
        System.out.printf("%n--- query plans: %s (%s to %s) ---%n", label, filter.from(), filter.to());
        statements.forEach((name, sql) -> {
            List<String> plan = new ArrayList<>();
            named.query("EXPLAIN (ANALYZE, BUFFERS) " + sql.text(), sql.params(), rs -> {
                plan.add(rs.getString(1));
            });
            System.out.println("# " + name);
            plan.forEach(line -> System.out.println("  " + line));
        });
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static void row(String instances, String period, Measure measure, double heap) {
        System.out.printf(Locale.ROOT, "%-12s %-24s %10.1f %10.1f %10.1f %10.1f %12.1f%n", instances, period,
                measure.medianMs(), measure.p95Ms(), measure.minMs(), measure.maxMs(), heap);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
