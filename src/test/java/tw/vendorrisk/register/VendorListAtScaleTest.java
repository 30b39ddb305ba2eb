package tw.vendorrisk.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tw.vendorrisk.selection.ConcentrationOverview;
import tw.vendorrisk.support.AppTest;
import tw.vendorrisk.support.Html;
import tw.vendorrisk.support.PageClient;
import tw.vendorrisk.support.RegisterFixture;

/**
 * The workspace on a large firm's register: 10 000 vendors, 40 000 services, 10 000 contracts and
 * certificates. A page costs a fixed number of SQL statements whatever the register holds (counted with
 * H2's query statistics), and the concentration overview finds exactly the vendors that asking the
 * thresholds table about each vendor finds.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VendorListAtScaleTest {

    static final int VENDORS = 10_000;
    static final int SERVICES_PER_VENDOR = 4;

    @LocalServerPort int port;
    @Autowired RegisterFixture fixture;
    @Autowired JdbcTemplate jdbc;
    @Autowired ConcentrationOverview concentration;
    @Autowired RegisterService register;

    @BeforeAll
    void aLargeRegister() {
        fixture.reset();
        Timestamp now = new Timestamp(System.currentTimeMillis());
        List<Object[]> vendors = new ArrayList<>();
        for (int i = 1; i <= VENDORS; i++) {
            // a few vendors with a large market share, the rest small
            BigDecimal share = i % 2500 == 0 ? new BigDecimal("60") : i % 7 == 0 ? new BigDecimal("2.5") : null;
            vendors.add(new Object[] {i, "Vendor " + String.format("%05d", i), VendorPagesTest.taxId(i), share, now});
        }
        jdbc.batchUpdate("insert into vendor (id, name, tax_id, country, market_share_percent, created_at, version)"
                + " values (?, ?, ?, 'TW', ?, ?, 0)", vendors);
        List<Object[]> services = new ArrayList<>();
        List<Object[]> contracts = new ArrayList<>();
        List<Object[]> certificates = new ArrayList<>();
        long serviceId = 0;
        LocalDate today = LocalDate.now();
        for (int vendor = 1; vendor <= VENDORS; vendor++) {
            for (int s = 0; s < SERVICES_PER_VENDOR; s++) {
                serviceId++;
                // vendor 1 is the organization's big one: far more spend than anyone else
                BigDecimal spend = vendor == 1 ? new BigDecimal("900000000") : BigDecimal.valueOf(100_000 + vendor % 97 * 1000);
                String status = s == 3 ? "ENDED" : "ACTIVE";
                services.add(new Object[] {serviceId, vendor, "Service " + serviceId, s == 0 && vendor % 5 == 0,
                        s == 1 ? "CRITICAL" : "NORMAL", spend, status, now});
            }
            contracts.add(new Object[] {vendor, serviceId - 3, vendor, Date.valueOf(today.minusYears(1)),
                    Date.valueOf(today.plusDays(vendor % 400)), now});
            certificates.add(new Object[] {vendor, "ISO_27001", "C-" + vendor, Date.valueOf(today.plusDays(vendor % 700 - 30))});
        }
        jdbc.batchUpdate("insert into outsourced_service (id, vendor_id, description, cloud, system_development,"
                + " system_maintenance, system_monitoring, criticality, annual_spend, status, created_at, version)"
                + " values (?, ?, ?, ?, false, true, false, ?, ?, ?, ?, 0)", services);
        jdbc.batchUpdate("insert into contract (id, service_id, vendor_id, purpose, status, term_start, term_end,"
                + " created_at, version) values (?, ?, ?, 'NEW', 'SIGNED', ?, ?, ?, 0)", contracts);
        jdbc.batchUpdate("insert into certificate (vendor_id, type, certificate_number, expires_on) values (?, ?, ?, ?)",
                certificates);
        for (String table : new String[] {"vendor", "outsourced_service", "contract"}) {
            jdbc.execute("alter table " + table + " alter column id restart with " + (VENDORS * SERVICES_PER_VENDOR + 1));
        }
    }

    /** The statements the database ran for the request (queries and changes; commits not counted). */
    private long statements(Runnable request) {
        jdbc.execute("set query_statistics_max_entries 1000");
        jdbc.execute("set query_statistics false");
        jdbc.execute("set query_statistics true");
        request.run();
        long count = jdbc.queryForObject("select coalesce(sum(execution_count), 0) from information_schema.query_statistics"
                + " where sql_statement not like '%query_statistics%' and upper(sql_statement) not in ('COMMIT', 'ROLLBACK')",
                Long.class);
        jdbc.execute("set query_statistics false");
        return count;
    }

    private String page(String path) {
        HttpResponse<String> response = PageClient.as(port, "mark").acceptLanguage("en").get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    @Test
    void aPageOfTheVendorListTakesTheSameFewStatements_whateverItsSizeFiltersAndSort() {
        String[] paths = {"/vendors?size=25", "/vendors?size=100", "/vendors?size=100&sort=SPEND",
                "/vendors?size=100&certificateDue=true&sort=SERVICES", "/vendors?size=100&criticality=CRITICAL&cloud=true",
                "/vendors?q=vendor%2001&size=50", "/vendors?concentrated=true"};
        List<Long> counts = new ArrayList<>();
        for (String path : paths) {
            long started = System.nanoTime();
            counts.add(statements(() -> page(path)));
            System.out.printf("%s: %d statements, %d ms%n", path, counts.get(counts.size() - 1),
                    (System.nanoTime() - started) / 1_000_000);
        }
        assertThat(counts).allSatisfy(count -> assertThat(count).isLessThan(20));
        assertThat(counts.get(1)).isEqualTo(counts.get(0));

        String bySpend = Html.text(page("/vendors?size=25&sort=SPEND"));
        assertThat(bySpend).contains("10000 vendors; showing 1 to 25");
        assertThat(bySpend.indexOf("Vendor 00001")).isPositive();
        String last = Html.text(page("/vendors?size=100&page=99"));
        assertThat(last).contains("showing 9901 to 10000", "Vendor 10000");
    }

    @Test
    void theHomeAndAVendorPageTakeAFixedNumberOfStatements() {
        long home = statements(() -> page("/"));
        long vendor = statements(() -> page("/vendors/1"));
        long otherVendor = statements(() -> page("/vendors/4321"));
        System.out.printf("home: %d statements, vendor pages: %d and %d%n", home, vendor, otherVendor);
        assertThat(home).isLessThan(40);
        assertThat(vendor).isLessThan(30).isEqualTo(otherVendor);
        assertThat(Html.textOf(page("/"), "concentration")).contains("Vendor 00001", "Vendor 02500");
    }

    @Test
    void theOverviewFindsTheSameConcentratedVendors_asAskingTheTableAboutEveryVendor() {
        Set<Long> overview = new TreeSet<>(concentration.vendorsTooConcentrated());
        Set<Long> oneByOne = new TreeSet<>();
        // every vendor with a market share above zero or its big spend could be concentrated; the rest share
        // the same small figures, so one of them stands for all
        List<Long> candidates = new ArrayList<>(List.of(1L, 2L, 3L, 7L, 14L, 9999L));
        for (long id = 2500; id <= VENDORS; id += 2500) {
            candidates.add(id);
        }
        for (Long id : candidates) {
            if (concentration.of(register.vendor(id)).tooHigh()) {
                oneByOne.add(id);
            }
        }
        assertThat(overview).containsAll(oneByOne).contains(1L, 2500L, 5000L, 7500L, 10000L);
        assertThat(overview).hasSize(5);
    }
}
