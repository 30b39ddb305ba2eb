package tw.vendorrisk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import tw.vendorrisk.contract.ContractSigningProcess;
import tw.vendorrisk.reporting.HistoryBulkLoader;
import tw.vendorrisk.selection.VendorSelectionProcess;
import tw.vendorrisk.support.BenchResults;
import tw.vendorrisk.support.BenchTimer;
import tw.vendorrisk.support.BenchTimer.Measure;
import tw.vendorrisk.support.EmbeddedPostgresConfiguration;
import tw.vendorrisk.support.RestClient;

/**
 * How fast the workspace's pages answer for a large firm (part of {@code ./mvnw -B -Pbench verify}):
 * embedded PostgreSQL with 10 000 vendors, 40 000 services each with its contract, 20 000
 * certificates (a tenth expiring within 60 days), 40 000 oversight activities (audits and SLA reports,
 * some overdue) and 100 000 completed process instances in the history. The register is written
 * with set-based SQL, the history by {@link HistoryBulkLoader}.
 * <p>
 * Timed over HTTP as alice (procurement) and mark (managers): {@code /vendors} (first page, a name
 * search, a tax-ID search, a deep page sorted by name), {@code /vendors/{id}} for random vendors, and
 * the home page {@code /}. Writes {@code workspaceVendorsP95Ms}, {@code workspaceVendorP95Ms} and
 * {@code workspaceHomeP95Ms} (and their medians) to {@code target/bench/results.json}. Target: p95
 * under 200 ms each.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.tw.vendorrisk=WARN")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class WorkspaceBench {

    static final int VENDORS = 10_000;
    static final int SERVICES_PER_VENDOR = 4;
    static final int COMPLETED_INSTANCES = 100_000;
    static final int WARM_UP = 20;
    static final int MEASURED = 100;

    @LocalServerPort int port;
    @Autowired DataSource dataSource;
    @Autowired RepositoryService repositoryService;

    @Test
    void workspacePages_forALargeFirmsRegister() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long loading = System.nanoTime();
        loadRegister(jdbc);
        LocalDateTime now = LocalDateTime.now();
        HistoryBulkLoader history = new HistoryBulkLoader(dataSource, repositoryService,
                List.of(VendorSelectionProcess.KEY, ContractSigningProcess.KEY));
        history.load(COMPLETED_INSTANCES, now.minusYears(3), now.minusDays(1), now);
        jdbc.execute("ANALYZE");
        double loadSeconds = (System.nanoTime() - loading) / 1e9;
        List<Long> vendorIds = jdbc.queryForList("select id from vendor order by id", Long.class);
        assertThat(vendorIds).hasSizeGreaterThanOrEqualTo(VENDORS);

        RestClient alice = RestClient.as(port, "alice");
        RestClient mark = RestClient.as(port, "mark");
        Random random = new Random(20_261_203L);

        // each page answers 200 with HTML before it is timed
        String someVendor = "/vendors/" + vendorIds.get(VENDORS / 2);
        for (String path : List.of("/vendors", "/vendors?q=" + encode("廠商 0042"), someVendor, "/")) {
            HttpResponse<String> page = alice.get(path, "text/html");
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("</html>");
        }

        List<Supplier<String>> listPages = List.of(
                () -> "/vendors",
                () -> "/vendors?q=" + encode("廠商 " + String.format(Locale.ROOT, "%04d", random.nextInt(VENDORS))),
                () -> "/vendors?q=" + String.format(Locale.ROOT, "9%07d", random.nextInt(VENDORS)),
                () -> "/vendors?sort=name&page=" + random.nextInt(VENDORS / 20));
        int[] next = {0};
        Measure vendors = BenchTimer.measure(WARM_UP, MEASURED,
                () -> ok(alice.get(listPages.get(next[0]++ % listPages.size()).get(), "text/html")));
        Measure vendor = BenchTimer.measure(WARM_UP, MEASURED, () -> ok((random.nextBoolean() ? alice : mark)
                .get("/vendors/" + vendorIds.get(random.nextInt(vendorIds.size())), "text/html")));
        Measure home = BenchTimer.measure(WARM_UP, MEASURED, () -> ok((random.nextBoolean() ? alice : mark)
                .get("/", "text/html")));

        System.out.printf(Locale.ROOT, "%n=== Workspace pages, embedded PostgreSQL: %,d vendors, %,d services, %,d "
                + "contracts, %,d certificates, %,d oversight activities, %,d completed instances (loaded in %.1f s) ===%n",
                count(jdbc, "vendor"), count(jdbc, "outsourced_service"), count(jdbc, "contract"),
                count(jdbc, "certificate"), count(jdbc, "oversight_activity"), history.instances(), loadSeconds);
        System.out.println("/vendors (list, search, deep page): " + vendors);
        System.out.println("/vendors/{id}: " + vendor);
        System.out.println("/ (home): " + home);
        System.out.println("target: p95 < 200 ms each");

        Map<String, Object> results = new LinkedHashMap<>();
        results.put("workspaceVendorsP95Ms", round(vendors.p95Ms()));
        results.put("workspaceVendorsMedianMs", round(vendors.medianMs()));
        results.put("workspaceVendorP95Ms", round(vendor.p95Ms()));
        results.put("workspaceVendorMedianMs", round(vendor.medianMs()));
        results.put("workspaceHomeP95Ms", round(home.p95Ms()));
        results.put("workspaceHomeMedianMs", round(home.medianMs()));
        results.put("workspaceLoadAverage", BenchTimer.loadAverage());
        BenchResults.merge(results);
    }

    /** The register of a large firm, written set-based: each statement one pass over a series. */
    static void loadRegister(JdbcTemplate jdbc) {
        int services = VENDORS * SERVICES_PER_VENDOR;
        jdbc.update("insert into vendor (name, tax_id, country, market_share_percent, created_at, version)"
                + " select '廠商 ' || lpad(g::text, 4, '0') || ' Vendor ' || g, '9' || lpad(g::text, 7, '0'), 'TW',"
                + " case when g % 50 = 0 then 55 else (g % 40) end, now() - (g || ' hours')::interval, 0"
                + " from generate_series(0, ?) g", VENDORS - 1);
        jdbc.update("insert into outsourced_service (vendor_id, description, cloud, system_development,"
                + " system_maintenance, system_monitoring, criticality, annual_spend, status, created_at, version)"
                + " select v.id, '服務 Service ' || s || ' of ' || v.name, s % 3 = 0, s % 4 = 1, true, s % 2 = 0,"
                + " case when s % 5 = 0 then 'CRITICAL' when s % 2 = 0 then 'HIGH' else 'NORMAL' end,"
                + " 100000 + (v.id % 97) * 10000, 'ACTIVE', now(), 0"
                + " from vendor v cross join generate_series(1, ?) s", SERVICES_PER_VENDOR);
        jdbc.update("insert into contract (service_id, vendor_id, purpose, status, term_start, term_end,"
                + " sla_report_frequency, onsite_staff, signed_on, created_at, version)"
                + " select s.id, s.vendor_id, 'NEW', 'SIGNED', current_date - (s.id % 700)::int,"
                + " current_date + (s.id % 400)::int + 10, 'QUARTERLY', s.id % 3 = 0,"
                + " current_date - (s.id % 700)::int, now(), 0 from outsourced_service s");
        jdbc.update("insert into certificate (vendor_id, type, certificate_number, expires_on)"
                + " select v.id, t.type, t.type || '-' || v.tax_id, current_date + ((v.id * 7 + t.n * 131) % 600)::int"
                + " from vendor v cross join (values ('ISO_27001', 1), ('ISO_27017', 2)) t(type, n)");
        jdbc.update("insert into oversight_activity (contract_id, kind, sequence_no, ad_hoc, period_start,"
                + " period_end, opens_on, due_on, status, created_at, version)"
                + " select c.id, k.kind, 1, false, c.term_start, c.term_start + 365, c.term_start + 30,"
                + " current_date + ((c.id * 13) % 200)::int - 20,"
                + " case when c.id % 4 = 0 then 'DONE' when (c.id * 13) % 200 < 40 then 'OPEN' else 'SCHEDULED' end,"
                + " now(), 0 from contract c cross join (values ('AUDIT'), ('SLA_REPORT')) k(kind)"
                + " where c.id % 2 = 0");
        assertThat(count(jdbc, "outsourced_service")).isGreaterThanOrEqualTo(services);
    }

    static void ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError(response.uri() + " answered " + response.statusCode());
        }
    }

    static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
