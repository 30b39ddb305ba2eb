package tw.vendorrisk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.vendorrisk.support.Await;
import tw.vendorrisk.support.Browser;
import tw.vendorrisk.support.RestClient;
import tw.vendorrisk.support.AppTest;

/**
 * A process owner logs in to the Camunda webapps, follows the welcome page's link to the
 * cycle-time report, sees the chart and the tables, downloads a CSV and finds the link in Cockpit
 * too; a procurement user is refused.
 */
@AppTest
class ReportPageBrowserIT {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;

    Browser browser;
    Path downloads;

    @BeforeEach
    void setUp() throws IOException {
        assertThat(Browser.available()).as("chromium and chromedriver are installed (see .ci/run)").isTrue();
        if (engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(CycleTimeScenario.PROCESS).count() == 0) {
            engine.getIdentityService().clearAuthentication();
            new CycleTimeScenario(engine).run();
        }
        ClockUtil.setCurrentTime(CycleTimeScenario.date(CycleTimeScenario.NOW));
        downloads = Files.createTempDirectory(Path.of("target"), "downloads-");
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
        ClockUtil.reset();
    }

    @Test
    void processOwner_opensTheReportFromTheWelcomePage_seesChartAndTables_downloadsCsv() throws Exception {
        browser = new Browser("en-US", downloads);
        browser.open("http://localhost:" + port + "/camunda/app/welcome/default/");
        browser.logIn("olivia", RestClient.DEMO_PASSWORD);
        browser.click(By.xpath("//a[contains(., 'Cycle times')]"));

        browser.visible(By.cssSelector("svg.trend[data-process='" + CycleTimeScenario.PROCESS + "'] rect.bar"));
        browser.waitForText("Waiting and working per step");
        browser.screenshot("cycle-time-report");
        String text = browser.pageText();
        assertThat(text).contains("流程週期時間 Cycle times").contains("olivia")
                .contains(CycleTimeScenario.PROCESS_NAME)           // markup shown as text
                .contains(CycleTimeScenario.PREPARE).contains("Overdue tasks by group")
                .contains("Obligation deadlines at risk").contains("AUDIT-2");
        assertThat(browser.visible(By.cssSelector("#processes table")).getText()).contains(CycleTimeScenario.PROCESS);
        assertThat(browser.visible(By.cssSelector("#tasks table tr.slowest")).getText()).isNotBlank();

        browser.click(By.cssSelector("#tasks a.csv"));
        Path csv = downloads.resolve("cycle-times-tasks.csv");
        Await.until("the CSV download", Duration.ofSeconds(30), () -> Files.exists(csv));
        String content = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(content).startsWith("\uFEFFprocess_key,task_key,task_name,").contains(CycleTimeScenario.PREPARE)
                .contains(CycleTimeScenario.APPROVE);

        browser.open("http://localhost:" + port + "/camunda/app/cockpit/default/");
        browser.visible(By.cssSelector("section.vendor-risk-reports a[href='/reports/cycle-times']"));
        browser.screenshot("cockpit-report-link");
    }

    @Test
    void procurementUser_isRefused() {
        browser = new Browser("en-US");
        browser.open("http://localhost:" + port + "/camunda/app/welcome/default/");
        browser.logIn("alice", RestClient.DEMO_PASSWORD);
        browser.visible(By.xpath("//a[contains(., 'Cycle times')]"));
        browser.open("http://localhost:" + port + ReportPage.PATH);

        browser.waitForText("Forbidden");
        browser.screenshot("cycle-time-report-refused");
        assertThat(browser.pageText()).contains("alice").contains("process-owners");
        assertThat(browser.title()).contains("Forbidden");
        assertThat(browser.pageText()).doesNotContain(CycleTimeScenario.PROCESS);
    }
}
