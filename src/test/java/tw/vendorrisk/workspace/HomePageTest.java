package tw.vendorrisk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tw.vendorrisk.register.CertificateType;
import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.Criticality;
import tw.vendorrisk.register.SlaReportFrequency;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.support.AppTest;
import tw.vendorrisk.support.Html;
import tw.vendorrisk.support.PageClient;
import tw.vendorrisk.support.RegisterFixture;

/** The home page: what needs the user, each item linked to its vendor, contract or task. */
@AppTest
class HomePageTest {

    @LocalServerPort int port;
    @Autowired RegisterFixture fixture;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired JdbcTemplate jdbc;

    Vendor hengan;
    Vendor cloudway;
    Contract ending;

    @BeforeEach
    void register() {
        runtimeService.createProcessInstanceQuery().list()
                .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "next test", true, true));
        fixture.reset();
        hengan = fixture.vendor(RegisterFixture.TAX_ID_C, "恆安資訊 Hengan Information", "55");
        cloudway = fixture.vendor(RegisterFixture.TAX_ID_B, "雲端科技 Cloudway Technology", "12.5");
        fixture.certificate(hengan, CertificateType.ISO_27001, LocalDate.now().plusDays(30));
        fixture.certificate(cloudway, CertificateType.ISO_27001, LocalDate.now().plusDays(200));
        ending = fixture.signedContract(hengan, LocalDate.now().minusMonths(21), LocalDate.now().plusDays(45),
                SlaReportFrequency.ANNUAL, false);
        fixture.activeService(cloudway, Criticality.NORMAL, "100000");
        fixture.activeService(cloudway, Criticality.NORMAL, "100000");
        fixture.activeService(cloudway, Criticality.NORMAL, "100000");
        // an audit of the contract due now, overdue, as contract-oversight leaves it once its timer fired
        jdbc.update("insert into oversight_activity (contract_id, kind, sequence_no, ad_hoc, period_start, period_end,"
                + " opens_on, due_on, status, created_at, version) values (?, 'AUDIT', 1, false, ?, ?, ?, ?, 'OPEN',"
                + " current_timestamp, 0)", ending.getId(), LocalDate.now().minusYears(1), LocalDate.now().minusDays(5),
                LocalDate.now().minusDays(40), LocalDate.now().minusDays(5));
    }

    private PageClient as(String user) {
        return PageClient.as(port, user).acceptLanguage("en");
    }

    @Test
    void aTaskWorkerSeesTheGroupsOpenTasks_overdueFirst_linkedIntoTheTasklistAndToTheVendor() {
        runtimeService.startProcessInstanceByKey("vendor-audit", Map.of("contractId", ending.getId(),
                "auditReason", "事件 Incident", "auditDueInDays", 1));
        Task plan = taskService.createTaskQuery().processDefinitionKey("vendor-audit").singleResult();
        taskService.setDueDate(plan.getId(), java.sql.Timestamp.valueOf(LocalDate.now().minusDays(2).atStartOfDay()));

        String home = as("ivan").get("/").body();
        String tasks = Html.element(home, "tasks");
        assertThat(Html.text(tasks)).contains("1 open, 1 overdue", "Plan the audit", "恆安資訊 Hengan Information",
                "Overdue", "Not claimed");
        assertThat(tasks).contains("href=\"/camunda/app/tasklist/default/#/?task=" + plan.getId() + "\"")
                .contains("href=\"/vendors/" + hengan.getId() + "\"")
                .contains("href=\"/contracts/" + ending.getId() + "\"");
        assertThat(Html.text(Html.element(as("alice").get("/").body(), "tasks"))).contains("0 open, 0 overdue");
    }

    @Test
    void theHomeListsCertificatesToRenew_contractsEnding_andOversightDue_eachLinkedToItsVendorOrContract() {
        String home = as("alice").get("/").body();
        String certificates = Html.element(home, "certificates");
        assertThat(Html.text(certificates)).contains("恆安資訊 Hengan Information", "ISO/IEC 27001", "Expires in 30 days")
                .doesNotContain("Cloudway");
        assertThat(certificates).contains("href=\"/vendors/" + hengan.getId() + "\"");
        String contracts = Html.element(home, "contracts");
        assertThat(Html.text(contracts)).contains("Contract " + ending.getId(), "(in 45 days)");
        assertThat(contracts).contains("href=\"/contracts/" + ending.getId() + "\"");
        String oversight = Html.element(home, "oversight");
        assertThat(Html.text(oversight)).contains("Audit", "Contract " + ending.getId(), "Overdue");
    }

    @Test
    void concentrationHotSpots_andSelectionsAndTerminationsUnderWay_areOnTheHome() {
        String concentration = Html.element(as("olivia").get("/").body(), "concentration");
        assertThat(Html.text(concentration)).contains("恆安資訊 Hengan Information", "market share 55%",
                "雲端科技 Cloudway Technology", "75% of the services in use");
        assertThat(concentration).contains("href=\"/vendors/" + hengan.getId() + "\"");

        runtimeService.startProcessInstanceByKey("vendor-selection", Map.of("serviceDescription", "下單系統 Order system",
                "vendorTaxId", RegisterFixture.TAX_ID_B, "criticality", "NORMAL", "annualSpend", 1000));
        runtimeService.startProcessInstanceByKey("vendor-termination", ending.getId().toString(),
                Map.of("contractId", ending.getId(), "terminationReason", "EXPIRED"));
        String home = as("olivia").get("/").body();
        String selections = Html.element(home, "selections");
        assertThat(Html.text(selections)).contains("雲端科技 Cloudway Technology", "下單系統 Order system");
        String terminations = Html.element(home, "terminations");
        assertThat(Html.text(terminations)).contains("Contract " + ending.getId(), "恆安資訊 Hengan Information");
        assertThat(terminations).contains("href=\"/contracts/" + ending.getId() + "\"");
    }

    @Test
    void aReadOnlyUserWorksOnNoTasks_andHasNoTasklistLinkButTheReports() {
        String olivia = as("olivia").get("/").body();
        assertThat(Html.text(Html.element(olivia, "tasks"))).contains("You work on no tasks");
        assertThat(olivia).doesNotContain("/camunda/app/tasklist/").contains("href=\"/reports/cycle-times\"");
        String alice = as("alice").get("/").body();
        assertThat(alice).contains("href=\"/camunda/app/tasklist/\"").doesNotContain("/reports/cycle-times");
    }
}
