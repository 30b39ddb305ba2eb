package tw.vendorrisk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import tw.vendorrisk.support.RestClient;
import tw.vendorrisk.support.WebappSession;
import tw.vendorrisk.support.AppTest;

/**
 * The cycle-time report on H2: its figures (from {@link CycleTimeFiguresTestBase}), who may read
 * it over {@code /api} and as a page, refused filters, and text from the engine shown as text.
 */
@AppTest
class CycleTimeReportTest extends CycleTimeFiguresTestBase {

    @Test
    void processOwnersManagersAndAdmins_mayRead_othersGet403() {
        for (String user : new String[] {"olivia", "mark", "admin"}) {
            assertThat(RestClient.as(port, user).get("/api/reports/cycle-times?" + PERIOD).statusCode()).as(user)
                    .isEqualTo(200);
            assertThat(RestClient.as(port, user).get("/api/reports/cycle-times/tasks.csv?" + PERIOD, "text/csv")
                    .statusCode()).as(user).isEqualTo(200);
        }
        for (String user : new String[] {"alice", "ivan", "lena"}) {
            HttpResponse<String> refused = RestClient.as(port, user).get("/api/reports/cycle-times");
            assertThat(refused.statusCode()).as(user).isEqualTo(403);
            assertThat(refused.body()).contains("process-owners");
            assertThat(RestClient.as(port, user).get("/api/reports/cycle-times/processes.csv", "text/csv").statusCode())
                    .as(user).isEqualTo(403);
        }
        assertThat(RestClient.anonymous(port).get("/api/reports/cycle-times").statusCode()).isEqualTo(401);
    }

    @Test
    void badFilters_are400NamingTheField_unknownTable404() throws Exception {
        RestClient olivia = RestClient.as(port, "olivia");

        HttpResponse<String> backwards = olivia.get("/api/reports/cycle-times?from=2026-03-10&to=2026-03-01");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(json.readTree(backwards.body()).path("errors").get(0).path("field").asText()).isEqualTo("from");
        HttpResponse<String> outcome = olivia.get("/api/reports/cycle-times?outcome=lost");
        assertThat(outcome.statusCode()).isEqualTo(400);
        assertThat(outcome.body()).contains("completed, cancelled or open");
        assertThat(olivia.get("/api/reports/cycle-times?from=yesterday").statusCode()).isEqualTo(400);
        assertThat(olivia.get("/api/reports/cycle-times?horizonDays=1000").statusCode()).isEqualTo(400);
        assertThat(olivia.get("/api/reports/cycle-times?from=2000-01-01&to=2026-01-01").statusCode()).isEqualTo(400);
        assertThat(olivia.get("/api/reports/cycle-times/secrets.csv", "text/csv").statusCode()).isEqualTo(404);
    }

    @Test
    void defaultPeriod_isThisWeekAndTheElevenBefore() throws Exception {
        var filters = report("").path("filters");

        assertThat(filters.path("to").asText()).isEqualTo(CycleTimeScenario.NOW.toLocalDate().toString());
        assertThat(filters.path("from").asText()).isEqualTo("2026-01-12");
        assertThat(filters.path("horizonDays").asInt()).isEqualTo(30);
    }

    @Test
    void page_forAWebappLogin_withEveryTableAndTheChart_textEscaped() {
        HttpResponse<String> page = WebappSession.loggedIn(port, "olivia").get(ReportPage.PATH + "?" + PERIOD);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
        String html = page.body();
        for (ReportTable table : ReportTable.values()) {
            assertThat(html).contains("id=\"" + table.path() + "\"").contains(table.path() + ".csv?");
        }
        assertThat(html).contains("<svg class=\"trend\"").contains("data-process=\"" + CycleTimeScenario.PROCESS + "\"");
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>draft</b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Report &amp; test")
                .contains("&lt;b&gt;draft&lt;/b&gt;");
        assertThat(html).contains("class=\"slowest\"");
    }

    @Test
    void page_csvDownloadUsesTheSameSession() {
        HttpResponse<String> csv = WebappSession.loggedIn(port, "mark")
                .get(ReportPage.PATH + "/tasks.csv?" + PERIOD + "&process=" + CycleTimeScenario.PROCESS);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).contains(CycleTimeScenario.PREPARE).contains(CycleTimeScenario.APPROVE);
    }

    @Test
    void page_refusesProcurement_andSendsStrangersToTheLogin() {
        HttpResponse<String> alice = WebappSession.loggedIn(port, "alice").get(ReportPage.PATH);
        assertThat(alice.statusCode()).isEqualTo(403);
        assertThat(alice.body()).contains("Forbidden").doesNotContain("<table");
        assertThat(WebappSession.loggedIn(port, "alice").get(ReportPage.PATH + "/processes.csv").statusCode())
                .isEqualTo(403);

        HttpResponse<String> stranger = WebappSession.anonymous(port).get(ReportPage.PATH);
        assertThat(stranger.statusCode()).isEqualTo(302);
        assertThat(stranger.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        // Basic credentials do not open the page: it belongs to the sign-in of people
        assertThat(RestClient.as(port, "olivia").get(ReportPage.PATH).statusCode()).isEqualTo(401);
    }

    @Test
    void page_showsARefusedFilterAsText() {
        HttpResponse<String> page = WebappSession.loggedIn(port, "olivia")
                .get(ReportPage.PATH + "?from=%3Cb%3Ex&to=2026-03-01");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("&lt;b&gt;x").doesNotContain("<b>x");
    }
}
