package tw.vendorrisk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import tw.vendorrisk.document.DocumentStore;
import tw.vendorrisk.change.ChangeReassessmentProcess;
import tw.vendorrisk.common.EngineClock;
import tw.vendorrisk.contract.ContractSigningProcess;
import tw.vendorrisk.oversight.ContractOversightProcess;
import tw.vendorrisk.oversight.OversightCycle;
import tw.vendorrisk.register.CertificateType;
import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.ContractRepository;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.selection.VendorSelectionProcess;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.RestClient;
import tw.vendorrisk.termination.CheckStatus;
import tw.vendorrisk.termination.TransitionItem;
import tw.vendorrisk.termination.VendorTerminationProcess;
import tw.vendorrisk.support.AppTest;

/**
 * The evidence pack of a vendor that went through selection with a concentration exception, contract
 * signing with a clause waiver, a scheduled audit and termination ({@code vendor-termination}, started
 * through the API, one information asset destroyed with a certificate and one returned), each driven
 * through the engine as staff do it: the ZIP holds the summary PDF with the approvals and their
 * reasons and the termination record, the documents with the destruction certificate, the clause
 * check report, the evidence per obligation from history, the timeline and the assets' dispositions;
 * only managers and administrators get it, and each download is recorded.
 */
@AppTest
class EvidencePackApiTest {

    static final Path SAMPLE = Path.of("src", "test", "resources", "contracts", "sample-contract.zh-TW.txt");
    static final String VENDOR_NAME = "主導資訊股份有限公司 Dominant Information";
    static final String EXCEPTION_REASON = "市場上無替代廠商 no alternative vendor in the market";
    static final String WAIVER_REASON = "sole supplier; amendment agreed for next renewal";
    static final String IMAGES = "身分證影像 ID card images";
    static final String MODEL = "辨識模型 Recognition model";
    static final String CERTIFICATE_FILE = "destruction-certificate.pdf";
    static final byte[] CERTIFICATE = "%PDF-1.4 certificate of destruction, ID card images, wiped 3 passes"
            .getBytes(StandardCharsets.US_ASCII);
    static final String SUCCESSOR = "Lida Systems";
    static final String CHANGE = "新的服務窗口 new service desk contact";

    @LocalServerPort int port;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired RegisterFixture fixture;
    @Autowired ContractRepository contracts;
    @Autowired EvidenceDownloadRepository downloads;
    final ObjectMapper json = new ObjectMapper();

    Vendor vendor;

    @BeforeEach
    void setUp() {
        runtimeService.createProcessInstanceQuery().list().forEach(pi -> runtimeService
                .deleteProcessInstanceIfExists(pi.getId(), "test set-up", true, true, true, false));
        fixture.reset();
        vendor = fixture.vendor(RegisterFixture.TAX_ID_C, VENDOR_NAME, "62.5");
        fixture.certificate(vendor, CertificateType.ISO_27001, LocalDate.now().plusYears(1));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        identityService.clearAuthentication();
    }

    @Test
    void aManagerDownloadsThePack_withTheApprovalsAndTheirReasons_theTermination_theDocumentsAndTheTimeline() throws Exception {
        Contract contract = selectSignAuditAndTerminate();

        HttpResponse<byte[]> response = RestClient.as(port, "mark").getBytes("/api/vendors/" + vendor.getId()
                + "/evidence");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(response.headers().firstValue("Content-Disposition")).get().asString()
                .contains("evidence-" + RegisterFixture.TAX_ID_C);
        Map<String, byte[]> zip = unzip(response.body());
        assertThat(zip.keySet().iterator().next()).isEqualTo("summary.pdf");

        String summary = pdfText(zip.get("summary.pdf"));
        assertThat(summary).contains(VENDOR_NAME, RegisterFixture.TAX_ID_C)
                // the selection, the concentration exception: who approved, why
                .contains("Concentration exception approved by 例外核准者: mark")
                .contains(EXCEPTION_REASON).contains("acceptable with an exit plan")
                // the NDA, listed by its reference
                .contains("NDA-2026-042")
                // the clause waiver: who, why; who confirmed the undertaking and recorded the signature
                .contains("Clause waiver approved by 條款豁免核准者: mark").contains(WAIVER_REASON)
                .contains("Confidentiality undertaking confirmed by (7.2): lena")
                .contains("Signature recorded by: alice")
                // the audit on its timeline, its outcome
                .contains("AUDIT #1").contains("SATISFACTORY").contains("All controls effective")
                // the task completions per obligation, from history
                .contains("Obligation 4.1.c").contains("completed by mark")
                .contains("Obligation 12.1").contains("completed by ivan");

        // the termination as the register keeps it: who started it, access, each asset's disposition and who
        // confirmed it, the transition checklist, confidentiality, no escalation, completed
        String flat = summary.replaceAll("\\s+", " ");
        String folder = "documents/contract-" + contract.getId() + "/";
        String certificate = zip.keySet().stream()
                .filter(name -> name.startsWith(folder) && name.endsWith("-DESTRUCTION_CERT-" + CERTIFICATE_FILE))
                .findFirst().orElseThrow();
        assertThat(zip.get(certificate)).isEqualTo(CERTIFICATE);
        assertThat(flat).contains("9. 終止 Termination (Art. 13)")
                .contains("Contract #" + contract.getId() + " ended on").contains(", TERMINATED, COMPLETED")
                .contains("Started by 發起者: mark at")
                .contains("access grants revoked at")
                .contains("Deadline 期限 (13.2.5): 30 days")
                .contains(IMAGES + " (SECRET): DESTROY, confirmed by ivan at")
                .contains("destruction certificate 銷毀證明: " + certificate + ", uploaded by ivan")
                .contains(MODEL + " (CONFIDENTIAL, trade secret): RETURN, confirmed by ivan at")
                .contains("Transition 移轉 (13.2.1): NEW_VENDOR to " + SUCCESSOR + ", checked off by ivan at")
                .contains(TransitionItem.DATA_MIGRATED.label() + ": DONE, ivan at")
                .contains(TransitionItem.LOGS_RETAINED.label() + ": DONE, ivan at")
                .contains("Confidentiality continues 保密延續 (13.2.4): yes, until")
                .contains("recorded by lena at")
                .contains("Escalation 逾期處理 (13.2.5): none")
                .contains("Completed at 完成: ")
                .doesNotContain("Completed at 完成: in progress")
                // the change and its reassessment
                .contains("8. 變更 Changes").contains(", OTHER (VENDOR_NOTICE): " + CHANGE + ", CLOSED")
                .contains("Reported by 通報者: ivan at").contains("Significance 重大性: not significant")
                .contains("impact analysed by peter at").contains("Decision 決定: NOT_SIGNIFICANT");

        List<String> termination = lines(zip.get("termination.csv"));
        assertThat(termination.get(0)).startsWith("contract_id,termination_id,reason,termination_status");
        assertThat(termination).hasSize(3);
        assertThat(termination).anySatisfy(row -> assertThat(row).contains("," + IMAGES + ",SECRET,false,")
                .contains(",DESTROYED,DESTROY,,ivan,").contains("," + certificate + ","));
        assertThat(termination).anySatisfy(row -> assertThat(row).contains("," + MODEL + ",CONFIDENTIAL,true,")
                .contains(",RETURNED,RETURN,,ivan,"));

        for (String obligation : List.of("13.1.a", "13.1.b", "13.2.1", "13.2.2", "13.2.3", "13.2.4", "13.2.5")) {
            assertThat(zip).as("obligations/" + obligation + ".json").containsKey("obligations/" + obligation + ".json");
        }
        JsonNode disposed = json.readTree(zip.get("obligations/13.1.b.json"));
        assertThat(disposed.path("steps")).filteredOn(step -> step.path("elementId").asText()
                .equals(VendorTerminationProcess.Elements.CONFIRM_ASSET_DISPOSITION)).hasSize(2)
                .allSatisfy(step -> assertThat(step.path("completedBy").asText()).isEqualTo("ivan"));
        JsonNode checklist = step(json.readTree(zip.get("obligations/13.2.1.json")),
                VendorTerminationProcess.Elements.CHECK_TRANSITION);
        assertThat(checklist.path("completedBy").asText()).isEqualTo("ivan");
        assertThat(variable(checklist, VendorTerminationProcess.Variables.SUCCESSOR_NAME.name())).isEqualTo(SUCCESSOR);
        assertThat(step(json.readTree(zip.get("obligations/13.2.4.json")),
                VendorTerminationProcess.Elements.RECORD_CONFIDENTIALITY).path("completedBy").asText()).isEqualTo("lena");

        String draft = zip.keySet().stream()
                .filter(name -> name.startsWith(folder) && name.endsWith("-CONTRACT_DRAFT-sample-contract.txt"))
                .findFirst().orElseThrow();
        assertThat(zip.get(draft)).isEqualTo(sampleContract());
        String checkReport = zip.keySet().stream()
                .filter(name -> name.startsWith(folder + "clause-check-") && name.endsWith(".pdf"))
                .findFirst().orElseThrow();
        assertThat(pdfText(zip.get(checkReport))).contains("7.1.1.14").contains(VENDOR_NAME);

        JsonNode exception = json.readTree(zip.get("obligations/4.1.c.json"));
        JsonNode approval = step(exception, VendorSelectionProcess.Elements.APPROVE_EXCEPTION);
        assertThat(approval.path("completedBy").asText()).isEqualTo("mark");
        assertThat(approval.path("endTime").asText()).isNotEmpty();
        assertThat(variable(approval, VendorSelectionProcess.Variables.APPROVAL_REASON.name()))
                .isEqualTo(EXCEPTION_REASON);
        assertThat(approval.path("operations")).anySatisfy(operation -> {
            assertThat(operation.path("operationType").asText()).isEqualTo("Complete");
            assertThat(operation.path("userId").asText()).isEqualTo("mark");
        });
        JsonNode waiver = step(json.readTree(zip.get("obligations/7.1.json")),
                ContractSigningProcess.Elements.APPROVE_WAIVER);
        assertThat(waiver.path("completedBy").asText()).isEqualTo("mark");
        assertThat(variable(waiver, ContractSigningProcess.Variables.WAIVER_REASON.name())).isEqualTo(WAIVER_REASON);
        JsonNode concentration = step(exception, VendorSelectionProcess.Elements.ASSESS_CONCENTRATION);
        assertThat(variable(concentration, VendorSelectionProcess.Variables.CONCENTRATION_TOO_HIGH.name()))
                .isEqualTo("true");
        JsonNode fieldwork = step(json.readTree(zip.get("obligations/12.1.json")), "Task_PerformAuditFieldwork");
        assertThat(fieldwork.path("completedBy").asText()).isEqualTo("ivan");
        assertThat(variable(fieldwork, "summary")).isEqualTo("All controls effective");

        List<String> timeline = lines(zip.get("timeline.csv"));
        assertThat(timeline.get(0)).startsWith("contract_id,service,kind,sequence_no");
        assertThat(timeline).anySatisfy(row -> assertThat(row).contains(",AUDIT,1,").contains(",DONE,")
                .contains(",ivan,yes,SATISFACTORY,"));

        JsonNode instances = json.readTree(zip.get("history/process-instances.json"));
        assertThat(instances).extracting(i -> i.path("processDefinitionKey").asText())
                .contains(VendorSelectionProcess.KEY, ContractSigningProcess.KEY, ContractOversightProcess.KEY,
                        OversightCycle.VENDOR_AUDIT, VendorTerminationProcess.KEY);

        List<String> manifest = lines(zip.get("manifest.csv"));
        assertThat(manifest).anySatisfy(row -> assertThat(row).startsWith("summary.pdf,"
                + zip.get("summary.pdf").length + "," + DocumentStore.sha256(zip.get("summary.pdf"))));
        assertThat(manifest).hasSize(zip.size());

        assertThat(downloads.findByVendorIdOrderByDownloadedAt(vendor.getId())).singleElement().satisfies(d -> {
            assertThat(d.getDownloadedBy()).isEqualTo("mark");
            assertThat(d.getSize()).isEqualTo(response.body().length);
            assertThat(d.getSha256()).isEqualTo(DocumentStore.sha256(response.body()))
                    .isEqualTo(response.headers().firstValue("X-Content-SHA256").orElseThrow());
        });
    }

    @Test
    void onlyManagersAndAdministratorsGetThePack_othersGet403_andNothingIsRecorded() {
        String path = "/api/vendors/" + vendor.getId() + "/evidence";

        HttpResponse<String> procurement = RestClient.as(port, "alice").get(path);
        assertThat(procurement.statusCode()).isEqualTo(403);
        assertThat(procurement.body()).contains("managers").contains("camunda-admin");
        assertThat(RestClient.as(port, "olivia").get(path).statusCode()).isEqualTo(403);
        assertThat(RestClient.as(port, "ivan").get(path).statusCode()).isEqualTo(403);
        assertThat(RestClient.anonymous(port).get(path).statusCode()).isEqualTo(401);
        assertThat(downloads.count()).isZero();

        assertThat(RestClient.as(port, "admin").getBytes(path).statusCode()).isEqualTo(200);
        assertThat(RestClient.as(port, "mark").get("/api/vendors/999999/evidence").statusCode()).isEqualTo(404);
        assertThat(downloads.findAll()).singleElement()
                .satisfies(d -> assertThat(d.getDownloadedBy()).isEqualTo("admin"));
    }

    /**
     * Selection with a concentration exception, signing with a clause waiver, the first audit, and
     * termination through the API with one asset destroyed (certificate uploaded) and one returned.
     */
    private Contract selectSignAuditAndTerminate() throws IOException {
        Map<String, Object> need = new HashMap<>();
        need.put(VendorSelectionProcess.Variables.SERVICE_DESCRIPTION.name(), "身分證影像辨識維護 ID image recognition");
        need.put(VendorSelectionProcess.Variables.VENDOR_TAX_ID.name(), RegisterFixture.TAX_ID_C);
        need.put(VendorSelectionProcess.Variables.CRITICALITY.name(), "HIGH");
        need.put(VendorSelectionProcess.Variables.ANNUAL_SPEND.name(), 900000);
        need.put(VendorSelectionProcess.Variables.CLOUD.name(), false);
        need.put(VendorSelectionProcess.Variables.SYSTEM_MAINTENANCE.name(), true);
        need.put(VendorSelectionProcess.Variables.LARGE_PROCUREMENT.name(), false);
        need.put(VendorSelectionProcess.Variables.SENSITIVE_INFORMATION.name(), true);
        identityService.setAuthentication("alice", List.of("procurement"));
        ProcessInstance selection;
        try {
            selection = runtimeService.startProcessInstanceByKey(VendorSelectionProcess.KEY, need);
        } finally {
            identityService.clearAuthentication();
        }
        complete("alice", "procurement", selection, VendorSelectionProcess.Elements.RECORD_NDA, Map.of(
                "ndaReference", "NDA-2026-042", "ndaSignedOn", LocalDate.now().minusDays(1).toString()));
        complete("alice", "procurement", selection, VendorSelectionProcess.Elements.ASSESS_CAPABILITY, Map.of(
                "financialScore", 4, "managementScore", 4, "professionalScore", 5, "operatingScore", 3,
                "trackRecordScore", 4, "capabilityNotes", "references checked", "vendorCapable", true));
        complete("ivan", "infosec", selection, VendorSelectionProcess.Elements.ASSESS_CONCENTRATION_RISK, Map.of(
                "incidentIdentificationConfirmed", true, "incidentResponseConfirmed", true,
                "incidentMitigationConfirmed", true, "concentrationRiskAssessment", "acceptable with an exit plan"));
        complete("mark", "managers", selection, VendorSelectionProcess.Elements.APPROVE_EXCEPTION, Map.of(
                "exceptionApproved", true, "approvalReason", EXCEPTION_REASON));

        ProcessInstance signing = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ContractSigningProcess.KEY).singleResult();
        FileValue draft = Variables.fileValue("sample-contract.txt").file(sampleContract()).mimeType("text/plain")
                .create();
        complete("alice", "procurement", signing, ContractSigningProcess.Elements.UPLOAD_DRAFT, Map.of(
                ContractSigningProcess.Variables.CONTRACT_DRAFT, draft, "draftNotes", "first draft"));
        complete("lena", "legal", signing, ContractSigningProcess.Elements.REVIEW_CONTRACT, Map.of(
                "reviewOutcome", ContractSigningProcess.REVIEW_WAIVER,
                "legalNotes", "vendor refuses regulator-ordered termination"));
        complete("mark", "managers", signing, ContractSigningProcess.Elements.APPROVE_WAIVER, Map.of(
                "waiverApproved", true, "waiverReason", WAIVER_REASON));
        complete("lena", "legal", signing, ContractSigningProcess.Elements.CONFIRM_CONFIDENTIALITY, Map.of(
                "confidentialityUndertakingComplete", true, "confidentialityNotes", "signed undertaking on file"));
        complete("alice", "procurement", signing, ContractSigningProcess.Elements.RECORD_SIGNATURE, Map.of(
                "signedOn", LocalDate.now().toString(), "termStart", LocalDate.now().toString(),
                "termEnd", LocalDate.now().plusYears(2).toString(), "slaReportFrequency", "ANNUAL",
                "onsiteStaff", false, "accessNeeds", "ID image archive, read only"));
        Contract contract = contracts.findByVendorIdOrderById(vendor.getId()).get(0);

        // planning the schedule runs as its own job; its first audit falls due: the engine clock moves to its timer, which starts vendor-audit
        ProcessInstance schedule = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ContractOversightProcess.KEY)
                .processInstanceBusinessKey(contract.getId().toString()).singleResult();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(schedule.getId())
                .activityId(ContractOversightProcess.Elements.PLAN_OVERSIGHT).singleResult().getId());
        Job auditDue = managementService.createJobQuery().processInstanceId(schedule.getId()).timers()
                .activityId(ContractOversightProcess.Elements.AUDIT_DUE).orderByJobDuedate().asc().listPage(0, 1)
                .get(0);
        ClockUtil.setCurrentTime(auditDue.getDuedate());
        managementService.executeJob(auditDue.getId());
        ProcessInstance audit = runtimeService.createProcessInstanceQuery().superProcessInstanceId(schedule.getId())
                .processDefinitionKey(OversightCycle.VENDOR_AUDIT).singleResult();
        complete("ivan", "infosec", audit, "Task_PlanAudit", Map.of("auditScope", "Access control, logs",
                "auditors", "ivan", "plannedFieldworkOn", LocalDate.now().toString()));
        complete("ivan", "infosec", audit, "Task_PerformAuditFieldwork", Map.of("findings", "",
                "remediationDueInDays", 30, "summary", "All controls effective"));

        // a change of the service, found not significant after the project lead's impact analysis (Art. 11)
        HttpResponse<String> change = RestClient.as(port, "ivan").post("/api/contracts/" + contract.getId()
                + "/changes", "{\"changeType\":\"OTHER\",\"description\":\"" + CHANGE
                        + "\",\"source\":\"VENDOR_NOTICE\"}");
        assertThat(change.statusCode()).as(change.body()).isEqualTo(201);
        ProcessInstance reassessment = runtimeService.createProcessInstanceQuery()
                .processInstanceId(json.readTree(change.body()).path("processInstanceId").asText()).singleResult();
        complete("peter", "project-leads", reassessment, ChangeReassessmentProcess.Elements.ANALYSE_IMPACT, Map.of(
                "confidentialityImpact", "LOW", "confidentialityReason", "no new data",
                "integrityImpact", "LOW", "integrityReason", "same software",
                "availabilityImpact", "LOW", "availabilityReason", "same hours"));

        // the arrangement's information assets (13.2.2), registered as staff do, then the termination
        RestClient procurement = RestClient.as(port, "alice");
        HttpResponse<String> images = procurement.post("/api/services/" + contract.getService().getId()
                + "/information-assets", "{\"name\":\"" + IMAGES + "\",\"classification\":\"SECRET\","
                        + "\"location\":\"vendor data centre\",\"tradeSecret\":false}");
        assertThat(images.statusCode()).as(images.body()).isEqualTo(201);
        HttpResponse<String> model = procurement.post("/api/contracts/" + contract.getId() + "/information-assets",
                "{\"name\":\"" + MODEL + "\",\"classification\":\"CONFIDENTIAL\",\"location\":\"vendor laptop\","
                        + "\"tradeSecret\":true}");
        assertThat(model.statusCode()).as(model.body()).isEqualTo(201);
        HttpResponse<String> started = RestClient.as(port, "mark").post("/api/contracts/" + contract.getId()
                + "/termination", "{\"reason\":\"TERMINATED\",\"notes\":\"service moves to a new vendor\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);

        ProcessInstance termination = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(VendorTerminationProcess.KEY)
                .processInstanceBusinessKey(contract.getId().toString()).singleResult();
        FileValue certificate = Variables.fileValue(CERTIFICATE_FILE).file(CERTIFICATE).mimeType("application/pdf")
                .create();
        confirmDisposition(termination, IMAGES, Map.of(
                VendorTerminationProcess.Variables.DISPOSITION_METHOD.name(), "DESTROY",
                VendorTerminationProcess.Variables.DESTRUCTION_CERTIFICATE, certificate));
        confirmDisposition(termination, MODEL, Map.of(
                VendorTerminationProcess.Variables.DISPOSITION_METHOD.name(), "RETURN",
                VendorTerminationProcess.Variables.DISPOSITION_NOTES.name(), "returned on an encrypted disk"));
        Map<String, Object> transition = new HashMap<>();
        transition.put(VendorTerminationProcess.Variables.TRANSITION_TARGET.name(), "NEW_VENDOR");
        transition.put(VendorTerminationProcess.Variables.SUCCESSOR_NAME.name(), SUCCESSOR);
        for (TransitionItem item : TransitionItem.values()) {
            transition.put(item.variable(), CheckStatus.DONE.name());
        }
        complete("ivan", "infosec", termination, VendorTerminationProcess.Elements.CHECK_TRANSITION, transition);
        complete("lena", "legal", termination, VendorTerminationProcess.Elements.RECORD_CONFIDENTIALITY, Map.of(
                VendorTerminationProcess.Variables.CONFIDENTIALITY_CONTINUES.name(), true,
                VendorTerminationProcess.Variables.CONFIDENTIALITY_UNTIL.name(),
                EngineClock.today().plusYears(5).toString(),
                VendorTerminationProcess.Variables.CONFIDENTIALITY_NOTES.name(), "five years after the end, clause 15"));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(termination.getId()).count())
                .as("termination completed").isZero();
        ClockUtil.reset();
        return contract;
    }

    /** Confirms one asset's disposition as infosec does: the task that shows the asset's name. */
    private void confirmDisposition(ProcessInstance termination, String assetName, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceId(termination.getId())
                .taskDefinitionKey(VendorTerminationProcess.Elements.CONFIRM_ASSET_DISPOSITION).list().stream()
                .filter(t -> assetName.equals(taskService.getVariable(t.getId(),
                        VendorTerminationProcess.Variables.ASSET_NAME.name())))
                .findFirst().orElseThrow(() -> new AssertionError("no disposition task for " + assetName));
        identityService.setAuthentication("ivan", List.of("infosec"));
        try {
            taskService.claim(task.getId(), "ivan");
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Claims and completes the instance's open task as the user would in the Tasklist. */
    private void complete(String user, String group, ProcessInstance instance, String taskKey,
            Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
                .singleResult();
        assertThat(task).as("open task " + taskKey).isNotNull();
        identityService.setAuthentication(user, List.of(group));
        try {
            taskService.claim(task.getId(), user);
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static JsonNode step(JsonNode obligation, String elementId) {
        for (JsonNode step : obligation.path("steps")) {
            if (step.path("elementId").asText().equals(elementId)) {
                return step;
            }
        }
        throw new AssertionError("no step " + elementId + " in " + obligation.path("obligation"));
    }

    private static String variable(JsonNode step, String name) {
        for (JsonNode value : step.path("variables")) {
            if (value.path("name").asText().equals(name)) {
                return value.path("value").asText();
            }
        }
        throw new AssertionError("no variable " + name + " in step " + step.path("elementId"));
    }

    static byte[] sampleContract() throws IOException {
        return Files.readAllBytes(SAMPLE);
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The CSV's lines without the byte order mark. */
    static List<String> lines(byte[] csv) {
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
    }
}
