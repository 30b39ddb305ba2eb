package tw.vendorrisk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.vendorrisk.contract.ContractSigningProcess.Elements;
import tw.vendorrisk.contract.ContractSigningProcess.Variables;
import tw.vendorrisk.register.Criticality;
import tw.vendorrisk.register.RegisterService;
import tw.vendorrisk.register.ServiceProfile;
import tw.vendorrisk.register.ServiceStatus;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.support.Await;
import tw.vendorrisk.support.Browser;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.RestClient;
import tw.vendorrisk.support.AppTest;

/**
 * Procurement uploads a draft in the Tasklist; legal sees the clause check's findings there; managers see
 * the stored gaps and legal's notes as plain text when they decide a waiver.
 */
@AppTest
class ContractTasklistBrowserIT {

    @LocalServerPort int port;
    @Autowired RegisterFixture fixture;
    @Autowired RegisterService register;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;

    Browser browser;

    @BeforeEach
    void setUp() {
        assertThat(Browser.available()).as("chromium and chromedriver are installed (see .ci/run)").isTrue();
        fixture.reset();
        browser = new Browser("en-US");
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void procurementUploadsTheDraft_andLegalSeesTheFindings() {
        Vendor vendor = fixture.vendor(RegisterFixture.TAX_ID_A, "達鴻科技 Dahong Technology", "5");
        Long serviceId = register.addService(vendor.getId(), new ServiceProfile("身分證圖像辨識維護 ID image recognition",
                false, false, true, false, Criticality.HIGH, new BigDecimal("500000"), null, null),
                ServiceStatus.ACTIVE).getId();
        ProcessInstance contract = runtimeService.startProcessInstanceByKey(ContractSigningProcess.KEY,
                Map.of(Variables.SERVICE_ID.name(), serviceId, Variables.CONTRACT_PURPOSE.name(), "RENEWAL"));
        String tasklist = "http://localhost:" + port + "/camunda/app/tasklist/default/";

        browser.open(tasklist);
        browser.logIn("alice", RestClient.DEMO_PASSWORD);
        browser.click(By.xpath("//a[contains(., 'Upload contract draft')]"));
        browser.click(By.xpath("//button[contains(., 'Claim')]"));
        browser.attach("contractDraft", Path.of("src", "test", "resources", "contracts", "sample-contract.zh-TW.txt"));
        browser.screenshot("contract-upload");
        browser.click(By.xpath("//button[normalize-space(.)='Complete']"));
        awaitTask(contract, Elements.REVIEW_CONTRACT);
        browser.close();

        browser = new Browser("en-US");
        browser.open(tasklist);
        browser.logIn("lena", RestClient.DEMO_PASSWORD);
        browser.click(By.xpath("//a[contains(., 'Review contract and findings')]"));
        browser.waitForText("Automatic check");
        browser.screenshot("contract-review");
        assertThat(browser.pageText()).contains("Dahong Technology");
        // the gaps show as plain text, in a field that submits nothing
        WebElement gaps = browser.field("Gaps");
        assertThat(gaps.getAttribute("value")).contains("7.1.1.14").contains("7.1.2.3").contains("MISSING");
        assertThat(gaps.isEnabled()).isFalse();
    }

    @Test
    void managersSeeTheStoredGapsAndLegalsNotesAsPlainText_andDecideTheWaiver() throws Exception {
        Vendor vendor = fixture.vendor(RegisterFixture.TAX_ID_A, "達鴻科技 Dahong Technology", "5");
        Long serviceId = register.addService(vendor.getId(), new ServiceProfile("身分證圖像辨識維護 ID image recognition",
                false, false, true, false, Criticality.HIGH, new BigDecimal("500000"), null, null),
                ServiceStatus.ACTIVE).getId();
        ProcessInstance contract = runtimeService.startProcessInstanceByKey(ContractSigningProcess.KEY,
                Map.of(Variables.SERVICE_ID.name(), serviceId, Variables.CONTRACT_PURPOSE.name(), "RENEWAL"));
        taskService.complete(openTask(contract), Map.of(Variables.CONTRACT_DRAFT,
                org.camunda.bpm.engine.variable.Variables.fileValue("contract.txt").file(Files.readAllBytes(
                        Path.of("src", "test", "resources", "contracts", "sample-contract.zh-TW.txt")))
                        .mimeType("text/plain").create()));
        String notes = "Please waive: [x](https://evil.example) ![](https://evil.example/i.png) <b>now</b>";
        taskService.complete(openTask(contract), Map.of(Variables.REVIEW_OUTCOME.name(), ContractSigningProcess.REVIEW_WAIVER,
                Variables.LEGAL_NOTES.name(), notes));

        browser.open("http://localhost:" + port + "/camunda/app/tasklist/default/");
        browser.logIn("mark", RestClient.DEMO_PASSWORD);
        browser.click(By.xpath("//a[contains(., 'Approve clause waiver')]"));
        browser.click(By.xpath("//button[contains(., 'Claim')]"));
        browser.waitForText("Dahong Technology");
        assertThat(browser.field("Gaps").getAttribute("value")).contains("7.1.1.14").contains("MISSING");
        assertThat(browser.field("Legal's notes").getAttribute("value")).isEqualTo(notes);
        assertThat(browser.present(By.cssSelector("a[href*='evil.example'], img[src*='evil.example']"))).isFalse();
        assertThat(browser.present(By.xpath("//b[normalize-space(.)='now']"))).isFalse();
        browser.check("Approve signing with these gaps");
        browser.type("Reason for the decision", "Accepted for one year; renegotiate at renewal");
        browser.screenshot("waiver-approval");
        browser.click(By.xpath("//button[normalize-space(.)='Complete']"));

        awaitTask(contract, Elements.CONFIRM_CONFIDENTIALITY);
        assertThat(runtimeService.getVariable(contract.getId(), Variables.WAIVER_DECIDED_BY.name())).isEqualTo("mark");
        assertThat(runtimeService.getVariable(contract.getId(), Variables.LEGAL_NOTES.name())).isEqualTo(notes);
    }

    private String openTask(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    }

    private void awaitTask(ProcessInstance instance, String taskKey) {
        try {
            Await.until("the step " + taskKey, Duration.ofSeconds(30), () -> {
                var task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
                return task != null && taskKey.equals(task.getTaskDefinitionKey());
            });
        } catch (AssertionError notReached) {
            browser.screenshot("contract-upload-not-done");
            throw notReached;
        }
    }
}
