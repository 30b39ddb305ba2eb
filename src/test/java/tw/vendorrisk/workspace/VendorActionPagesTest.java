package tw.vendorrisk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.CertificateType;
import tw.vendorrisk.register.SlaReportFrequency;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.support.AppTest;
import tw.vendorrisk.support.Html;
import tw.vendorrisk.support.PageClient;
import tw.vendorrisk.support.RegisterFixture;

/**
 * Starting processes from the vendor page, with the vendor or contract already chosen: through the
 * same start the app uses (the engine's start with the Tasklist form's variables, the change message,
 * the termination start), then into the Tasklist at the first task the user may work on, or back to the
 * vendor page, which says who has it.
 */
@AppTest
class VendorActionPagesTest {

    @LocalServerPort int port;
    @Autowired RegisterFixture fixture;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired JdbcTemplate jdbc;

    Vendor xinda;
    Vendor hengan;
    Contract contract;

    @BeforeEach
    void register() {
        runtimeService.createProcessInstanceQuery().list()
                .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "next test", true, true));
        fixture.reset();
        xinda = fixture.vendor(RegisterFixture.TAX_ID_D, "信達軟體 Xinda Software", "3");
        fixture.certificate(xinda, CertificateType.ISO_27001, LocalDate.now().plusYears(1));
        hengan = fixture.vendor(RegisterFixture.TAX_ID_C, "恆安資訊 Hengan Information", "55");
        contract = fixture.signedContract(hengan, LocalDate.now().minusMonths(1), LocalDate.now().plusYears(2),
                SlaReportFrequency.ANNUAL, false);
    }

    private PageClient as(String user) {
        return PageClient.as(port, user).acceptLanguage("en");
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void procurementStartsASelectionOfTheVendor_andLandsOnItsFirstTaskInTheTasklist() {
        PageClient alice = as("alice");
        assertThat(alice.get("/vendors/" + xinda.getId()).body()).contains("/vendors/" + xinda.getId() + "/selections/new");
        String form = alice.get("/vendors/" + xinda.getId() + "/selections/new").body();
        assertThat(Html.text(form)).contains("Candidate: 信達軟體 Xinda Software (80123454)");
        assertThat(form).doesNotContain("name=\"vendorTaxId\"");

        String where = location(alice.post("/vendors/" + xinda.getId() + "/selections", Map.of(
                "serviceDescription", "下單系統維護 Order system maintenance", "criticality", "NORMAL",
                "annualSpend", "1000000")));
        Task task = taskService.createTaskQuery().processDefinitionKey("vendor-selection").singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_AssessVendorCapability");
        // redirects are relative, so that they keep the browser's host behind a proxy
        assertThat(where).isEqualTo("/camunda/app/tasklist/default/#/?task=" + task.getId());
        assertThat(runtimeService.getVariable(task.getProcessInstanceId(), "vendorTaxId")).isEqualTo("80123454");
        assertThat(runtimeService.getVariable(task.getProcessInstanceId(), "requestedBy")).isEqualTo("alice");
    }

    @Test
    void aRefusedStartShowsTheProcessesReasonNextToTheField_andStartsNothing() {
        HttpResponse<String> refused = as("alice").post("/vendors/" + xinda.getId() + "/selections", Map.of(
                "serviceDescription", "", "criticality", "NORMAL", "annualSpend", "1000000"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(Html.textOf(refused.body(), "selection-serviceDescription-error"))
                .isEqualTo("Error: Describe the service in 1 to 500 characters.");
        HttpResponse<String> backwards = as("alice").post("/vendors/" + xinda.getId() + "/selections", Map.of(
                "serviceDescription", "x", "annualSpend", "5", "periodStart", "2027-02-01", "periodEnd", "2027-01-01"));
        assertThat(Html.textOf(backwards.body(), "selection-periodEnd-error")).isEqualTo("Error: The end lies before the start.");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("vendor-selection").count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from outsourced_service where vendor_id = ?", Integer.class,
                xinda.getId())).isZero();
    }

    @Test
    void infosecReportsAChange_andTheVendorPageSaysProjectLeadsAnalyseTheImpact() {
        PageClient ivan = as("ivan");
        assertThat(ivan.get("/vendors/" + hengan.getId()).body())
                .contains("href=\"/contracts/" + contract.getId() + "/changes/new\"");
        HttpResponse<String> missing = ivan.post("/contracts/" + contract.getId() + "/changes", Map.of("description", ""));
        assertThat(Html.textOf(missing.body(), "change-changeType-error")).isEqualTo("Error: Choose the kind of change.");
        assertThat(Html.textOf(missing.body(), "change-description-error")).isEqualTo("Error: Describe it.");

        String where = location(ivan.post("/contracts/" + contract.getId() + "/changes", Map.of("changeType",
                "DATA_LOCATION", "description", "備份移至新加坡機房 Backups move to Singapore", "source", "VENDOR_NOTICE")));
        assertThat(where).matches(".*/vendors/" + hengan.getId() + "\\?started=[0-9a-f-]+");
        String page = ivan.get(where.substring(where.indexOf("/vendors/"))).body();
        assertThat(Html.text(page)).contains("The process has started", "Analyse change impact", "Project leads");
        assertThat(Html.textOf(page, "changes")).contains("Data location", "Reported: impact analysis");
        // someone else's instance: nothing said
        assertThat(as("alice").get(where.substring(where.indexOf("/vendors/"))).body()).doesNotContain("The process has started");
    }

    @Test
    void aProjectLeadRequestsVendorAccessUnderTheContract_andLandsOnTheBriefing() {
        PageClient peter = as("peter");
        String form = "/contracts/" + contract.getId() + "/access-requests";
        HttpResponse<String> noKind = peter.post(form, Map.of("personName", "陳工程師", "assets", "ERP database",
                "requestedUntil", LocalDate.now().plusMonths(3).toString()));
        assertThat(Html.textOf(noKind.body(), "access-accessKinds-error")).isEqualTo("Error: Choose at least one kind of access.");
        String where = location(peter.post(form, Map.of("personName", "陳工程師", "assets", "ERP database",
                "accessKinds", List.of("QUERY", "USE"), "requestedUntil", LocalDate.now().plusMonths(3).toString())));
        Task briefing = taskService.createTaskQuery().processDefinitionKey("vendor-access").singleResult();
        assertThat(briefing.getTaskDefinitionKey()).isEqualTo("Task_BriefSecurityRules");
        assertThat(where).endsWith("#/?task=" + briefing.getId());
        assertThat(Html.textOf(peter.get("/vendors/" + hengan.getId()).body(), "access"))
                .contains("陳工程師", "Query", "Use", "Requested");
    }

    @Test
    void infosecStartsAnAdHocAudit_andLandsOnThePlanning() {
        String where = location(as("ivan").post("/contracts/" + contract.getId() + "/audits",
                Map.of("auditReason", "事件後稽核 After an incident", "auditDueInDays", "20")));
        Task plan = taskService.createTaskQuery().processDefinitionKey("vendor-audit").singleResult();
        assertThat(plan.getTaskDefinitionKey()).isEqualTo("Task_PlanAudit");
        assertThat(where).endsWith("#/?task=" + plan.getId());
        HttpResponse<String> outOfRange = as("ivan").post("/contracts/" + contract.getId() + "/audits",
                Map.of("auditDueInDays", "500"));
        assertThat(Html.textOf(outOfRange.body(), "audit-auditDueInDays-error")).isEqualTo("Error: Enter 1 to 365 days.");
    }

    @Test
    void legalTerminatesTheContract_andLandsOnTheConfidentialityTask_whileAManagerIsToldWhoHasTheWork() {
        String where = location(as("lena").post("/contracts/" + contract.getId() + "/termination",
                Map.of("reason", "RESCINDED", "notes", "違約 Breach of clause 10")));
        Task confidentiality = taskService.createTaskQuery().processDefinitionKey("vendor-termination")
                .taskDefinitionKey("Task_RecordConfidentialityContinuation").singleResult();
        assertThat(where).endsWith("#/?task=" + confidentiality.getId());
        assertThat(jdbc.queryForObject("select status from contract where id = ?", String.class, contract.getId()))
                .isEqualTo("ENDED");
        String page = as("lena").get("/vendors/" + hengan.getId()).body();
        assertThat(Html.textOf(page, "termination")).contains("Rescinded", "In progress");
        assertThat(page).doesNotContain("/termination/new");

        Contract other = fixture.signedContract(xinda, LocalDate.now().minusMonths(1), LocalDate.now().plusYears(1),
                SlaReportFrequency.ANNUAL, false);
        String managers = location(as("mark").post("/contracts/" + other.getId() + "/termination",
                Map.of("reason", "TERMINATED")));
        assertThat(managers).contains("/vendors/" + xinda.getId() + "?started=");
        assertThat(Html.text(as("mark").get(managers.substring(managers.indexOf("/vendors/"))).body()))
                .contains("Check off the transition security requirements", "Information security", "Legal");
        HttpResponse<String> twice = as("mark").post("/contracts/" + other.getId() + "/termination",
                Map.of("reason", "TERMINATED"));
        assertThat(Html.text(twice.body())).contains("is already being terminated");
    }

    @Test
    void aUserWhoMayNotStartAProcess_isOfferedNone_andItsAddressesAnswer403() {
        PageClient olivia = as("olivia");
        String page = olivia.get("/vendors/" + hengan.getId()).body();
        assertThat(page).doesNotContain("/changes/new").doesNotContain("/access-requests/new")
                .doesNotContain("/audits/new").doesNotContain("/termination/new").doesNotContain("/selections/new");
        Long id = contract.getId();
        for (String path : new String[] {"/vendors/" + xinda.getId() + "/selections/new", "/contracts/" + id + "/changes/new",
                "/contracts/" + id + "/access-requests/new", "/contracts/" + id + "/audits/new",
                "/contracts/" + id + "/termination/new"}) {
            assertThat(olivia.get(path).statusCode()).as(path).isEqualTo(403);
            assertThat(olivia.post(path.replace("/new", ""), Map.of("reason", "TERMINATED")).statusCode()).as(path)
                    .isEqualTo(403);
        }
        // peter asks for access but may not audit; ivan audits but may not terminate
        assertThat(as("peter").get("/contracts/" + id + "/audits/new").statusCode()).isEqualTo(403);
        assertThat(as("ivan").post("/contracts/" + id + "/termination", Map.of("reason", "TERMINATED")).statusCode())
                .isEqualTo(403);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKeyIn("vendor-termination",
                "vendor-audit", "vendor-access", "change-reassessment", "vendor-selection").count()).isZero();
    }
}
