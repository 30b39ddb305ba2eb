package tw.vendorrisk.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static tw.vendorrisk.contract.ContractSigningProcess.Elements.*;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tw.vendorrisk.contract.ContractSigningProcess.Variables;
import tw.vendorrisk.register.ContractDocumentRepository;
import tw.vendorrisk.register.ContractRepository;
import tw.vendorrisk.register.ContractStatus;
import tw.vendorrisk.register.Criticality;
import tw.vendorrisk.register.OutsourcedService;
import tw.vendorrisk.register.OutsourcedServiceRepository;
import tw.vendorrisk.register.RegisterService;
import tw.vendorrisk.register.ServiceProfile;
import tw.vendorrisk.register.ServiceStatus;
import tw.vendorrisk.register.SlaReportFrequency;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.AppTest;

/** Every path of {@code contract-signing}, from the selected vendor to the signed contract. */
@AppTest
class ContractSigningProcessTest {

    static final Path SAMPLE = Path.of("src", "test", "resources", "contracts", "sample-contract.zh-TW.txt");

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired IdentityService identityService;
    @Autowired RegisterFixture fixture;
    @Autowired RegisterService register;
    @Autowired OutsourcedServiceRepository services;
    @Autowired ContractRepository contracts;
    @Autowired ContractDocumentRepository documents;
    @Autowired ClauseCheckRecordRepository checks;

    OutsourcedService service;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        fixture.reset();
        Vendor vendor = fixture.vendor(RegisterFixture.TAX_ID_A, "Certified Co.", "5");
        service = register.addService(vendor.getId(), new ServiceProfile("ID card image recognition maintenance",
                false, false, true, false, Criticality.HIGH, new BigDecimal("900000"), null, null),
                ServiceStatus.ACTIVE);
    }

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
        BpmnAwareTests.reset();
    }

    @Test
    void theSampleContract_hasGaps_andIsSignedWithAManagersWaiver() throws IOException {
        ProcessInstance contract = startByHand("RENEWAL");
        assertThat(contract).isWaitingAt(UPLOAD_DRAFT).hasPassed(OPEN_CONTRACT)
                .variables().containsEntry(Variables.ORGANIZATION_CATEGORY.name(), 1)
                .containsEntry(Variables.SYSTEM_DEVELOPMENT.name(), true);
        assertThat(task(contract)).hasCandidateGroup("procurement");

        upload(contract, "sample-contract.txt", Files.readAllBytes(SAMPLE));

        assertThat(contract).isWaitingAt(REVIEW_CONTRACT).hasPassed(CHECK_CLAUSES);
        assertThat(task(contract)).hasCandidateGroup("legal");
        Map<String, Object> variables = runtimeService.getVariables(contract.getId());
        assertThat((Integer) variables.get(Variables.GAP_COUNT.name())).isGreaterThanOrEqualTo(7);
        assertThat((String) variables.get(Variables.GAP_SUMMARY.name())).contains("7.1.1.14").contains("7.1.2.3");
        assertThat(variables).doesNotContainKey(Variables.CONTRACT_DRAFT);
        assertThat(documents.findAll()).singleElement().satisfies(document -> {
            assertThat(document.getFileName()).isEqualTo("sample-contract.txt");
            assertThat(document.getSha256()).hasSize(64);
        });
        ClauseCheckRecord check = checks.findAll().get(0);
        assertThat(check.getMissingCount() + check.getPartialCount()).isEqualTo(variables.get(Variables.GAP_COUNT.name()));

        complete(task(contract), withVariables(Variables.REVIEW_OUTCOME.name(), ContractSigningProcess.REVIEW_WAIVER,
                Variables.LEGAL_NOTES.name(), "vendor refuses to add regulator-ordered termination"));
        assertThat(contract).isWaitingAt(APPROVE_WAIVER);
        assertThat(task(contract)).hasCandidateGroup("managers");
        completeAs("mark", "managers", contract, Map.of(Variables.WAIVER_APPROVED.name(), true,
                Variables.WAIVER_REASON.name(), "sole supplier; amendment agreed for next renewal"));

        assertThat(contract).isWaitingAt(CONFIRM_CONFIDENTIALITY).hasPassed(RECORD_WAIVER);
        completeAs("lena", "legal", contract, Map.of(Variables.UNDERTAKING_COMPLETE.name(), true,
                Variables.UNDERTAKING_NOTES.name(), "signed undertaking on file"));
        assertThat(contract).isWaitingAt(RECORD_SIGNATURE);
        completeAs("alice", "procurement", contract, signature(SlaReportFrequency.QUARTERLY));

        assertThat(contract).isEnded().hasPassedInOrder(RECORD_SIGNATURE, STORE_SIGNED_CONTRACT, END_SIGNED);
        assertThat(contracts.findAll()).singleElement().satisfies(signed -> {
            assertThat(signed.getStatus()).isEqualTo(ContractStatus.SIGNED);
            assertThat(signed.getWaiverApprovedBy()).isEqualTo("mark");
            assertThat(signed.getWaiverReason()).startsWith("sole supplier");
            assertThat(signed.getConfidentialityConfirmedBy()).isEqualTo("lena");
            assertThat(signed.getSignatureRecordedBy()).isEqualTo("alice");
            assertThat(signed.getSlaReportFrequency()).isEqualTo(SlaReportFrequency.QUARTERLY);
            assertThat(signed.getTermEnd()).isEqualTo(LocalDate.now().plusYears(2));
        });
        assertThat(services.findById(service.getId())).get().satisfies(running -> {
            assertThat(running.getStatus()).isEqualTo(ServiceStatus.ACTIVE);
            assertThat(running.getPeriodEnd()).isEqualTo(LocalDate.now().plusYears(2));
        });
    }

    @Test
    void legalMayNotAcceptADraftWithGaps() throws IOException {
        ProcessInstance contract = startByHand("AMENDMENT");
        upload(contract, "sample-contract.txt", Files.readAllBytes(SAMPLE));

        assertThatThrownBy(() -> complete(task(contract), withVariables(Variables.REVIEW_OUTCOME.name(),
                ContractSigningProcess.REVIEW_ACCEPT, Variables.LEGAL_NOTES.name(), "fine")))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("missing or partial clauses");
        assertThat(contract).isWaitingAt(REVIEW_CONTRACT);
    }

    @Test
    void aRevisedDraft_isUploadedAndCheckedAgain() throws IOException {
        ProcessInstance contract = startByHand("RENEWAL");
        upload(contract, "sample-contract.txt", Files.readAllBytes(SAMPLE));
        complete(task(contract), withVariables(Variables.REVIEW_OUTCOME.name(), ContractSigningProcess.REVIEW_REVISE,
                Variables.LEGAL_NOTES.name(), "add the missing clauses"));

        assertThat(contract).isWaitingAt(UPLOAD_DRAFT);
        upload(contract, "sample-contract-v2.txt", Files.readAllBytes(SAMPLE));
        assertThat(contract).isWaitingAt(REVIEW_CONTRACT);
        assertThat(documents.findAll()).hasSize(2);
        assertThat(checks.findAll()).hasSize(2);
    }

    @Test
    void aRejectedWaiver_sendsTheDraftBackForNegotiation() throws IOException {
        ProcessInstance contract = startByHand("RENEWAL");
        upload(contract, "sample-contract.txt", Files.readAllBytes(SAMPLE));
        complete(task(contract), withVariables(Variables.REVIEW_OUTCOME.name(), ContractSigningProcess.REVIEW_WAIVER,
                Variables.LEGAL_NOTES.name(), "please waive"));
        completeAs("mark", "managers", contract, Map.of(Variables.WAIVER_APPROVED.name(), false,
                Variables.WAIVER_REASON.name(), "termination on the regulator's order is not negotiable"));

        assertThat(contract).isWaitingAt(UPLOAD_DRAFT).hasNotPassed(RECORD_WAIVER);
        assertThat(contracts.findAll().get(0).getWaiverApprovedBy()).isNull();
    }

    @Test
    void anIncompleteConfidentialityUndertaking_sendsTheDraftBack() throws IOException {
        ProcessInstance contract = waiverApproved();
        completeAs("lena", "legal", contract, Map.of(Variables.UNDERTAKING_COMPLETE.name(), false,
                Variables.UNDERTAKING_NOTES.name(), "undertaking not signed by the vendor's staff"));

        assertThat(contract).isWaitingAt(UPLOAD_DRAFT).hasNotPassed(RECORD_SIGNATURE);
    }

    @Test
    void aServiceOfAYearOrMore_mustReportItsServiceLevels() throws IOException {
        ProcessInstance contract = waiverApproved();
        completeAs("lena", "legal", contract, Map.of(Variables.UNDERTAKING_COMPLETE.name(), true,
                Variables.UNDERTAKING_NOTES.name(), "ok"));

        assertThatThrownBy(() -> complete(task(contract), signature(SlaReportFrequency.NONE)))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("7.1.1.4");
        assertThat(contract).isWaitingAt(RECORD_SIGNATURE);
        assertThat(contracts.findAll().get(0).getStatus()).isEqualTo(ContractStatus.DRAFTING);
    }

    @Test
    void anUnreadableUpload_isRefusedAndNothingIsWritten() {
        ProcessInstance contract = startByHand("RENEWAL");
        byte[] binary = new byte[2048];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }

        assertThatThrownBy(() -> upload(contract, "scan.pdf", binary)).isInstanceOf(BadUserRequestException.class);
        assertThatThrownBy(() -> upload(contract, "empty.txt", new byte[0]))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("empty");

        assertThat(contract).isWaitingAt(UPLOAD_DRAFT);
        assertThat(documents.findAll()).isEmpty();
        assertThat(checks.findAll()).isEmpty();
    }

    @Test
    void aServiceThatWasNotSelected_cannotGetAContract() {
        OutsourcedService rejected = register.proposeService(service.getVendor().getId(), new ServiceProfile("x",
                false, false, false, false, Criticality.NORMAL, BigDecimal.ONE, null, null), "pi-x");
        register.closeSelectionWithoutVendor(rejected.getId());

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ContractSigningProcess.KEY,
                Map.of(Variables.SERVICE_ID.name(), rejected.getId())))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("NOT_SELECTED");
        assertThat(contracts.findAll()).isEmpty();
    }

    private ProcessInstance waiverApproved() throws IOException {
        ProcessInstance contract = startByHand("RENEWAL");
        upload(contract, "sample-contract.txt", Files.readAllBytes(SAMPLE));
        complete(task(contract), withVariables(Variables.REVIEW_OUTCOME.name(), ContractSigningProcess.REVIEW_WAIVER,
                Variables.LEGAL_NOTES.name(), "please waive"));
        completeAs("mark", "managers", contract, Map.of(Variables.WAIVER_APPROVED.name(), true,
                Variables.WAIVER_REASON.name(), "accepted risk"));
        assertThat(contract).isWaitingAt(CONFIRM_CONFIDENTIALITY);
        return contract;
    }

    private ProcessInstance startByHand(String purpose) {
        return runtimeService.startProcessInstanceByKey(ContractSigningProcess.KEY, Map.of(
                Variables.SERVICE_ID.name(), service.getId(), Variables.CONTRACT_PURPOSE.name(), purpose));
    }

    private void upload(ProcessInstance contract, String fileName, byte[] content) {
        FileValue file = org.camunda.bpm.engine.variable.Variables.fileValue(fileName).file(content)
                .mimeType(fileName.endsWith(".pdf") ? "application/pdf" : "text/plain").create();
        var open = task(contract);
        identityService.setAuthentication("alice", List.of("procurement"));
        try {
            complete(open, withVariables(Variables.CONTRACT_DRAFT, file, Variables.DRAFT_NOTES.name(), "draft"));
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void completeAs(String user, String group, ProcessInstance contract, Map<String, Object> variables) {
        var open = task(contract);
        identityService.setAuthentication(user, List.of(group));
        try {
            complete(open, variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static Map<String, Object> signature(SlaReportFrequency frequency) {
        return Map.of(Variables.SIGNED_ON.name(), LocalDate.now().toString(),
                Variables.TERM_START.name(), LocalDate.now().toString(),
                Variables.TERM_END.name(), LocalDate.now().plusYears(2).toString(),
                Variables.SLA_REPORT_FREQUENCY.name(), frequency.name(),
                Variables.ONSITE_STAFF.name(), true, Variables.ACCESS_NEEDS.name(), "ID image archive, read only");
    }

}
