package tw.vendorrisk.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.vendorrisk.register.CertificateType;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.selection.VendorSelectionProcess.Elements;
import tw.vendorrisk.selection.VendorSelectionProcess.Variables;
import tw.vendorrisk.support.Await;
import tw.vendorrisk.support.Browser;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.RestClient;
import tw.vendorrisk.support.AppTest;

/** Staff in the Camunda Tasklist, in headless Chromium: start a selection, approve an exception, be refused. */
@AppTest
class TasklistBrowserIT {

    @LocalServerPort int port;
    @Autowired RegisterFixture fixture;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired IdentityService identityService;
    @Autowired SelectionDecisionRepository decisions;

    Browser browser;

    @BeforeEach
    void setUp() {
        assertThat(Browser.available()).as("chromium and chromedriver are installed (see .ci/run)").isTrue();
        fixture.reset();
        browser = new Browser("en-US");
    }

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
        if (browser != null) {
            browser.close();
        }
    }

    String tasklist() {
        return "http://localhost:" + port + "/camunda/app/tasklist/default/";
    }

    @Test
    void procurementStartsASelectionAndCompletesTheFirstForm() {
        Vendor vendor = fixture.vendor(RegisterFixture.TAX_ID_A, "Certified Co.", "5");
        fixture.certificate(vendor, CertificateType.ISO_27001, LocalDate.now().plusYears(1));

        browser.open(tasklist());
        browser.logIn("alice", RestClient.DEMO_PASSWORD);
        browser.click(By.xpath("//a[contains(., 'Start process')]"));
        browser.screenshot("start-dialog");
        browser.click(By.xpath("//a[contains(., 'Vendor selection')]"));
        browser.type("Service to outsource", "Core trading system maintenance");
        browser.type("Candidate vendor tax ID", RegisterFixture.TAX_ID_A);
        browser.type("Annual spend", "800000");
        browser.check("System maintenance");
        browser.screenshot("start-form");
        browser.click(By.xpath("//button[normalize-space(.)='Start']"));
        browser.waitForText("Assess feasibility and vendor capability");

        ProcessInstance started = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(VendorSelectionProcess.KEY).active().singleResult();
        assertThat(runtimeService.getVariable(started.getId(), Variables.REQUESTED_BY.name())).isEqualTo("alice");

        browser.click(By.xpath("//a[contains(., 'Assess feasibility and vendor capability')]"));
        browser.click(By.xpath("//button[contains(., 'Claim')]"));
        browser.type("Financial capability", "4");
        browser.type("Management capability", "4");
        browser.type("Professional capability", "5");
        browser.type("Operating capability", "4");
        browser.type("Track record", "3");
        browser.type("Notes and risk controls", "Five references checked");
        browser.check("Feasible and the vendor is capable");
        browser.screenshot("capability-form");
        browser.click(By.xpath("//button[normalize-space(.)='Complete']"));

        awaitEnded(started.getId());
        assertThat(decisions.findByProcessInstanceIdOrderByDecidedAt(started.getId()))
                .singleElement().satisfies(decision -> {
                    assertThat(decision.getOutcome()).isEqualTo(SelectionOutcome.SELECTED);
                    assertThat(decision.getDecidedBy()).isEqualTo("alice");
                    assertThat(decision.getCapability().trackRecord()).isEqualTo(3);
                });
    }

    @Test
    void aManagerApprovesAConcentrationException() {
        Vendor dominant = fixture.vendor(RegisterFixture.TAX_ID_C, "Dominant Co.", "66");
        fixture.certificate(dominant, CertificateType.ISO_27001, LocalDate.now().plusYears(1));
        ProcessInstance selection = runtimeService.startProcessInstanceByKey(VendorSelectionProcess.KEY,
                VendorSelectionProcessTest.need(RegisterFixture.TAX_ID_C));
        completeOpenTask(selection, Elements.ASSESS_CAPABILITY, Map.of(Variables.FINANCIAL_SCORE.name(), 4,
                Variables.MANAGEMENT_SCORE.name(), 4, Variables.PROFESSIONAL_SCORE.name(), 4,
                Variables.OPERATING_SCORE.name(), 4, Variables.TRACK_RECORD_SCORE.name(), 4,
                Variables.CAPABILITY_NOTES.name(), "ok", Variables.VENDOR_CAPABLE.name(), true));
        completeOpenTask(selection, Elements.ASSESS_CONCENTRATION_RISK,
                Map.of(Variables.CONCENTRATION_RISK_ASSESSMENT.name(), "Exit plan agreed"));

        browser.open(tasklist());
        browser.logIn("mark", RestClient.DEMO_PASSWORD);
        // the list names the vendor the task is about
        browser.click(By.xpath("//a[contains(., 'Approve concentration exception') and contains(., 'Dominant Co.')]"));
        browser.click(By.xpath("//button[contains(., 'Claim')]"));
        browser.waitForText("Market share above 50%");
        // what the manager needs to decide: the certificates and infosec's review besides the figures
        browser.waitForText("Certificates (4.2.2, 4.2.3)");
        browser.waitForText("Infosec review of the security measures");
        browser.check("Approve choosing this vendor");
        browser.type("Reason for the decision", "Sole vendor with the certification we need");
        browser.screenshot("approval-form");
        browser.click(By.xpath("//button[normalize-space(.)='Complete']"));

        awaitEnded(selection.getId());
        assertThat(decisions.findByProcessInstanceIdOrderByDecidedAt(selection.getId()))
                .singleElement().satisfies(decision -> {
                    assertThat(decision.getOutcome()).isEqualTo(SelectionOutcome.SELECTED);
                    assertThat(decision.getExceptionApprovedBy()).isEqualTo("mark");
                });
    }

    @Test
    void aProcessOwnerIsRefusedTheTasklist() {
        browser.open(tasklist());
        browser.logIn("olivia", RestClient.DEMO_PASSWORD);

        browser.waitForText("Forbidden");
        browser.screenshot("process-owner-refused");
        assertThat(browser.pageText()).contains("無權限").doesNotContain("Start process");
    }

    @Test
    void theWebappsCarryTheProductNameAndSpeakTraditionalChinese() {
        browser.close();
        browser = new Browser("zh-TW");
        browser.open(tasklist());
        browser.waitForText("登入");
        assertThat(browser.title()).contains("Vendor Risk");
        browser.logIn("alice", RestClient.DEMO_PASSWORD);
        browser.waitForText("啟動流程");
        browser.screenshot("tasklist-zh");
        assertThat(browser.title()).contains("Vendor Risk");
    }

    private void completeOpenTask(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
        taskService.complete(task.getId(), variables);
    }

    private void awaitEnded(String processInstanceId) {
        try {
            Await.until("the end of process instance " + processInstanceId, Duration.ofSeconds(30),
                    () -> historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                            .finished().count() == 1);
        } catch (AssertionError notEnded) {
            browser.screenshot("not-ended-" + processInstanceId);
            throw notEnded;
        }
    }
}
