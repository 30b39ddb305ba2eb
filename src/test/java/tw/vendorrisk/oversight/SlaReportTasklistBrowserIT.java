package tw.vendorrisk.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.vendorrisk.document.DocumentStore;
import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.ContractDocument;
import tw.vendorrisk.register.DocumentKind;
import tw.vendorrisk.oversight.OversightKind;
import tw.vendorrisk.register.SlaReportFrequency;
import tw.vendorrisk.support.AppTest;
import tw.vendorrisk.support.Await;
import tw.vendorrisk.support.Browser;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.RestClient;

/** Procurement uploads the vendor's SLA report in the Tasklist; the register keeps it with its digest. */
@AppTest
class SlaReportTasklistBrowserIT {

    static final String REVIEW = "Task_ReviewSlaReport";

    @LocalServerPort int port;
    @Autowired RegisterFixture fixture;
    @Autowired OversightTestSupport support;
    @Autowired RuntimeService runtimeService;
    @Autowired DocumentStore documents;

    Browser browser;

    @BeforeEach
    void setUp() {
        assertThat(Browser.available()).as("chromium and chromedriver are installed (see .ci/run)").isTrue();
        support.deleteAllProcessInstances();
        fixture.reset();
        browser = new Browser("en-US");
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void procurementUploadsTheReport_andTheRegisterKeepsIt(@TempDir Path folder) throws IOException {
        Contract contract = fixture.signedContract(fixture.vendor(RegisterFixture.TAX_ID_A, "Reporting Co.", "5"),
                LocalDate.now(), LocalDate.now().plusYears(1).minusDays(1), SlaReportFrequency.QUARTERLY, false);
        ProcessInstance report = support.startFirst(OversightCycle.SLA_REPORT_REVIEW, contract.getId(),
                OversightKind.SLA_REPORT);
        ClockUtil.reset();
        byte[] content = "Availability 99.95 %, 0 incidents".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(folder.resolve("sla-q1.txt"), content);

        browser.open("http://localhost:" + port + "/camunda/app/tasklist/default/");
        browser.logIn("alice", RestClient.DEMO_PASSWORD);
        browser.click(By.xpath("//a[contains(., 'SLA report')]"));
        browser.click(By.xpath("//button[contains(., 'Claim')]"));
        browser.waitForText("報告檔案 Report file");
        assertThat(browser.pageText()).contains("10 MB 以內 — up to 10 MB");
        browser.attach(OversightCycle.Variables.SLA_REPORT, file);
        browser.screenshot("sla-report-upload");
        browser.click(By.xpath("//button[normalize-space(.)='Complete']"));
        Await.until("the review of the report", Duration.ofSeconds(30), () -> support.task(report, REVIEW) != null);

        Long documentId = (Long) runtimeService.getVariable(report.getId(),
                OversightCycle.Variables.REPORT_DOCUMENT_ID.name());
        ContractDocument kept = documents.fetch(contract.getId(), documentId);
        assertThat(kept.getKind()).isEqualTo(DocumentKind.SLA_REPORT);
        assertThat(kept.getFileName()).isEqualTo("sla-q1.txt");
        assertThat(kept.getSha256()).isEqualTo(DocumentStore.sha256(content));
    }
}
