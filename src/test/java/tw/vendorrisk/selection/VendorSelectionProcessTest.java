package tw.vendorrisk.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static tw.vendorrisk.selection.VendorSelectionProcess.Elements.*;
import static tw.vendorrisk.support.RegisterFixture.TAX_ID_A;
import static tw.vendorrisk.support.RegisterFixture.TAX_ID_B;
import static tw.vendorrisk.support.RegisterFixture.TAX_ID_C;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tw.vendorrisk.register.CertificateType;
import tw.vendorrisk.register.Criticality;
import tw.vendorrisk.register.NdaRepository;
import tw.vendorrisk.register.OutsourcedServiceRepository;
import tw.vendorrisk.register.ServiceStatus;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.selection.VendorSelectionProcess.Variables;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.AppTest;

/** Every path of {@code vendor-selection}, as the model draws it. */
@AppTest
public class VendorSelectionProcessTest {

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired IdentityService identityService;
    @Autowired RegisterFixture fixture;
    @Autowired OutsourcedServiceRepository services;
    @Autowired SelectionDecisionRepository decisions;
    @Autowired NdaRepository ndas;

    Vendor certified;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        fixture.reset();
        certified = fixture.vendor(TAX_ID_A, "Certified Co.", "5");
        fixture.certificate(certified, CertificateType.ISO_27001, LocalDate.now().plusYears(1));
    }

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
        BpmnAwareTests.reset();
    }

    @Test
    void plainSelection_selectsTheVendorAndRecordsTheDecision() {
        ProcessInstance selection = start(need(TAX_ID_A));

        assertThat(selection).isWaitingAt(ASSESS_CAPABILITY).hasPassed(REGISTER_NEED).hasNotPassed(RECORD_NDA);
        assertThat(task(selection)).hasCandidateGroup("procurement");
        assertThat(task(selection).getDueDate()).isInTheFuture();
        completeCapability(selection, true);

        assertThat(selection).isEnded()
                .hasPassedInOrder(CHECK_CERTIFICATES, ASSESS_CONCENTRATION, RECORD_SELECTION, END_SELECTED)
                .hasNotPassed(REVIEW_PROPOSAL, REVIEW_SECURITY_MEASURES, ASSESS_CONCENTRATION_RISK)
                .variables().containsEntry(Variables.SELECTION_OUTCOME.name(), "SELECTED")
                .containsEntry(Variables.CERTIFICATES_SUFFICIENT.name(), true)
                .containsEntry(Variables.CONCENTRATION_TOO_HIGH.name(), false);
        SelectionDecision decision = onlyDecision();
        assertThat(decision.getOutcome()).isEqualTo(SelectionOutcome.SELECTED);
        assertThat(decision.getDecidedBy()).isEqualTo("alice");
        assertThat(decision.getCapability().financial()).isEqualTo(4);
        assertThat(services.findAll()).singleElement().satisfies(service -> {
            assertThat(service.getStatus()).isEqualTo(ServiceStatus.SELECTED);
            assertThat(service.getSelectionProcessInstanceId()).isEqualTo(selection.getId());
        });
    }

    @Test
    void sensitiveInformation_requiresAnNdaBeforeTheAssessment() {
        Map<String, Object> need = need(TAX_ID_A);
        need.put(Variables.SENSITIVE_INFORMATION.name(), true);
        ProcessInstance selection = start(need);

        assertThat(selection).isWaitingAt(RECORD_NDA);
        assertThat(task(selection)).hasCandidateGroup("procurement");
        complete(task(selection), withVariables(Variables.NDA_REFERENCE.name(), "NDA-2026-017",
                Variables.NDA_SIGNED_ON.name(), LocalDate.now().minusDays(1).toString()));

        assertThat(selection).isWaitingAt(ASSESS_CAPABILITY).hasPassedInOrder(RECORD_NDA, STORE_NDA);
        assertThat(ndas.findByVendorIdOrderBySignedOnDesc(certified.getId()))
                .singleElement().satisfies(nda -> {
                    assertThat(nda.getReference()).isEqualTo("NDA-2026-017");
                    assertThat(nda.getServiceId()).isEqualTo(serviceId(selection));
                });
    }

    @Test
    void ndaSignedInTheFuture_isRefusedAndTheTaskStaysOpen() {
        Map<String, Object> need = need(TAX_ID_A);
        need.put(Variables.SENSITIVE_INFORMATION.name(), true);
        ProcessInstance selection = start(need);
        String taskId = task(selection).getId();

        assertThatThrownBy(() -> complete(task(selection), withVariables(Variables.NDA_REFERENCE.name(), "NDA-X",
                Variables.NDA_SIGNED_ON.name(), LocalDate.now().plusDays(3).toString())))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("lies in the future");

        assertThat(selection).isWaitingAt(RECORD_NDA);
        assertThat(task(selection).getId()).isEqualTo(taskId);
        assertThat(ndas.findAll()).isEmpty();
    }

    @Test
    void ndaAlreadyInForce_skipsRecordingAnother() {
        fixture.nda(certified, LocalDate.now().minusMonths(1));
        Map<String, Object> need = need(TAX_ID_A);
        need.put(Variables.SENSITIVE_INFORMATION.name(), true);

        ProcessInstance selection = start(need);

        assertThat(selection).isWaitingAt(ASSESS_CAPABILITY).hasNotPassed(RECORD_NDA);
    }

    @Test
    void largeProcurementOfCategory1_requiresACompleteProposal() {
        Map<String, Object> need = need(TAX_ID_A);
        need.put(Variables.LARGE_PROCUREMENT.name(), true);
        ProcessInstance selection = start(need);
        completeCapability(selection, true);

        assertThat(selection).isWaitingAt(REVIEW_PROPOSAL);
        complete(task(selection), withVariables(Variables.PROPOSAL_COVERS_SERVICE.name(), true,
                Variables.PROPOSAL_COVERS_SECURITY.name(), true,
                Variables.PROPOSAL_COVERS_PROJECT_MANAGEMENT.name(), true,
                Variables.PROPOSAL_MEETS_NEED.name(), true, Variables.PROPOSAL_NOTES.name(), "complete"));

        assertThat(selection).isEnded().hasPassed(REVIEW_PROPOSAL, END_SELECTED);
    }

    @Test
    void incompleteProposal_turnsTheCandidateDown() {
        Map<String, Object> need = need(TAX_ID_A);
        need.put(Variables.LARGE_PROCUREMENT.name(), true);
        ProcessInstance selection = start(need);
        completeCapability(selection, true);
        complete(task(selection), withVariables(Variables.PROPOSAL_COVERS_SERVICE.name(), true,
                Variables.PROPOSAL_COVERS_SECURITY.name(), false,
                Variables.PROPOSAL_COVERS_PROJECT_MANAGEMENT.name(), true,
                Variables.PROPOSAL_MEETS_NEED.name(), true, Variables.PROPOSAL_NOTES.name(), "no security policy"));

        assertThat(selection).isWaitingAt(DECIDE_NEXT_CANDIDATE).hasPassed(RECORD_REJECTION);
        assertThat(onlyDecision().getReason()).contains("(6)").contains("no security policy");
    }

    @Test
    void largeProcurementOfCategory2_needsNoProposal() {
        fixture.makeCategory2();
        Map<String, Object> need = need(TAX_ID_A);
        need.put(Variables.LARGE_PROCUREMENT.name(), true);
        ProcessInstance selection = start(need);
        completeCapability(selection, true);

        assertThat(selection).isEnded().hasNotPassed(REVIEW_PROPOSAL).hasPassed(END_SELECTED);
    }

    @Test
    void vendorNotCapable_turnsTheCandidateDown() {
        ProcessInstance selection = start(need(TAX_ID_A));
        completeCapability(selection, false);

        assertThat(selection).isWaitingAt(DECIDE_NEXT_CANDIDATE).hasNotPassed(CHECK_CERTIFICATES);
        assertThat(selection).variables().containsEntry(Variables.REJECTION_CAUSE.name(), "NOT_CAPABLE");
        assertThat(onlyDecision().getOutcome()).isEqualTo(SelectionOutcome.NOT_SELECTED);
    }

    @Test
    void certificateShortfall_goesToInfosecWhoAcceptsTheDescribedMeasures() {
        Vendor uncertified = fixture.vendor(TAX_ID_B, "Uncertified Co.", "1");
        fixture.certificate(uncertified, CertificateType.ISO_27001, LocalDate.now().minusDays(1));
        ProcessInstance selection = start(need(TAX_ID_B));
        completeCapability(selection, true);

        assertThat(selection).isWaitingAt(REVIEW_SECURITY_MEASURES)
                .variables().containsEntry(Variables.CERTIFICATES_SUFFICIENT.name(), false);
        assertThat((String) runtimeService.getVariable(selection.getId(), Variables.CERTIFICATE_SHORTFALL.name()))
                .startsWith("4.2.3: ISO_27001");
        assertThat(task(selection)).hasCandidateGroup("infosec");
        complete(task(selection), withVariables(Variables.SECURITY_MEASURES_ADEQUATE.name(), true,
                Variables.SECURITY_MEASURES_NOTES.name(), "ISMS documented, audit report seen"));

        assertThat(selection).isEnded().hasPassed(END_SELECTED);
    }

    @Test
    void cloudServiceWithoutCloudCertificate_needsTheReviewToo() {
        Map<String, Object> need = need(TAX_ID_A);
        need.put(Variables.CLOUD.name(), true);
        ProcessInstance selection = start(need);
        completeCapability(selection, true);

        assertThat(selection).isWaitingAt(REVIEW_SECURITY_MEASURES);
        assertThat((String) runtimeService.getVariable(selection.getId(), Variables.CERTIFICATE_SHORTFALL.name()))
                .startsWith("4.2.2: CSA_STAR / ISO_27017 / ISO_27018");
    }

    @Test
    void inadequateSecurityMeasures_turnTheCandidateDown() {
        fixture.vendor(TAX_ID_B, "Uncertified Co.", "1");
        ProcessInstance selection = start(need(TAX_ID_B));
        completeCapability(selection, true);
        complete(task(selection), withVariables(Variables.SECURITY_MEASURES_ADEQUATE.name(), false,
                Variables.SECURITY_MEASURES_NOTES.name(), "no ISMS"));

        assertThat(selection).isWaitingAt(DECIDE_NEXT_CANDIDATE);
        assertThat(onlyDecision().getReason()).contains("4.2.3").contains("no ISMS");
    }

    @Test
    void concentrationTooHigh_isAssessedByInfosecAndApprovedByAManager() {
        Vendor dominant = fixture.vendor(TAX_ID_C, "Dominant Co.", "62.5");
        fixture.certificate(dominant, CertificateType.ISO_27001, LocalDate.now().plusYears(1));
        ProcessInstance selection = start(need(TAX_ID_C));
        completeCapability(selection, true);

        assertThat(selection).isWaitingAt(ASSESS_CONCENTRATION_RISK)
                .variables().containsEntry(Variables.CONCENTRATION_TOO_HIGH.name(), true)
                .containsEntry(Variables.MARKET_SHARE.name(), 62.5);
        assertThat(task(selection)).hasCandidateGroup("infosec");
        complete(task(selection), withVariables(Variables.INCIDENT_IDENTIFICATION.name(), true,
                Variables.INCIDENT_RESPONSE.name(), true, Variables.INCIDENT_MITIGATION.name(), true,
                Variables.CONCENTRATION_RISK_ASSESSMENT.name(), "acceptable with exit plan"));

        assertThat(selection).isWaitingAt(APPROVE_EXCEPTION);
        assertThat(task(selection)).hasCandidateGroup("managers");
        assertThat(task(selection).getDueDate()).isInTheFuture();
        identityService.setAuthentication("mark", List.of("managers"));
        complete(task(selection), withVariables(Variables.EXCEPTION_APPROVED.name(), true,
                Variables.APPROVAL_REASON.name(), "no alternative vendor in the market"));

        assertThat(selection).isEnded().hasPassedInOrder(APPROVE_EXCEPTION, RECORD_SELECTION, END_SELECTED);
        SelectionDecision decision = onlyDecision();
        assertThat(decision.getOutcome()).isEqualTo(SelectionOutcome.SELECTED);
        assertThat(decision.getConcentrationTooHigh()).isTrue();
        assertThat(decision.getExceptionApprovedBy()).isEqualTo("mark");
        assertThat(decision.getExceptionReason()).isEqualTo("no alternative vendor in the market");
        assertThat(decision.getConcentrationRiskAssessment()).isEqualTo("acceptable with exit plan");
        assertThat(decision.getIncidentMechanismsConfirmed()).isTrue();
        assertThat(decision.getMarketShare()).isEqualByComparingTo("62.5");
    }

    @Test
    void concentrationByShareOfTheOrganization_countsExistingServices() {
        Vendor other = fixture.vendor(TAX_ID_B, "Other Co.", "1");
        fixture.activeService(certified, Criticality.NORMAL, "500000");
        fixture.activeService(certified, Criticality.NORMAL, "500000");
        fixture.activeService(other, Criticality.NORMAL, "100000");
        ProcessInstance selection = start(need(TAX_ID_A));
        completeCapability(selection, true);

        // 3 of 4 services; 1 900 000 of 2 000 000 spend
        assertThat(selection).isWaitingAt(ASSESS_CONCENTRATION_RISK)
                .variables().containsEntry(Variables.SHARE_BY_COUNT.name(), 75.0)
                .containsEntry(Variables.SHARE_BY_SPEND.name(), 95.0);
    }

    @Test
    void exceptionRejected_thenAnotherVendorIsSelected() {
        Vendor dominant = fixture.vendor(TAX_ID_C, "Dominant Co.", "70");
        fixture.certificate(dominant, CertificateType.ISO_27001, LocalDate.now().plusYears(1));
        ProcessInstance selection = start(need(TAX_ID_C));
        completeCapability(selection, true);
        complete(task(selection), withVariables(Variables.CONCENTRATION_RISK_ASSESSMENT.name(), "too dependent"));
        identityService.setAuthentication("mark", List.of("managers"));
        complete(task(selection), withVariables(Variables.EXCEPTION_APPROVED.name(), false,
                Variables.APPROVAL_REASON.name(), "diversify"));
        identityService.clearAuthentication();

        assertThat(selection).isWaitingAt(DECIDE_NEXT_CANDIDATE).hasPassed(RECORD_REJECTION);
        assertThat((String) runtimeService.getVariable(selection.getId(), Variables.REJECTION_REASON.name()))
                .contains("(4.1.c)").endsWith(": diversify");
        complete(task(selection), withVariables(Variables.NEXT_STEP.name(), VendorSelectionProcess.NEXT_STEP_ANOTHER_VENDOR,
                Variables.VENDOR_TAX_ID.name(), TAX_ID_A));

        assertThat(selection).isWaitingAt(ASSESS_CAPABILITY)
                .variables().containsEntry(Variables.VENDOR_ID.name(), certified.getId())
                .doesNotContainKey(Variables.EXCEPTION_APPROVED.name());
        completeCapability(selection, true);

        assertThat(selection).isEnded().hasPassed(END_SELECTED);
        List<SelectionDecision> made = decisions.findByProcessInstanceIdOrderByDecidedAt(selection.getId());
        assertThat(made).extracting(SelectionDecision::getOutcome)
                .containsExactly(SelectionOutcome.NOT_SELECTED, SelectionOutcome.SELECTED);
        assertThat(made.get(0).getVendor().getId()).isEqualTo(dominant.getId());
        assertThat(made.get(0).getDecidedBy()).isEqualTo("mark");
        assertThat(made.get(1).getVendor().getId()).isEqualTo(certified.getId());
        assertThat(services.findAll()).singleElement().satisfies(service -> {
            assertThat(service.getVendor().getId()).isEqualTo(certified.getId());
            assertThat(service.getStatus()).isEqualTo(ServiceStatus.SELECTED);
        });
    }

    @Test
    void stoppingAfterARejection_endsWithoutAVendor() {
        ProcessInstance selection = start(need(TAX_ID_A));
        completeCapability(selection, false);
        complete(task(selection), withVariables(Variables.NEXT_STEP.name(), VendorSelectionProcess.NEXT_STEP_END));

        assertThat(selection).isEnded().hasPassedInOrder(CLOSE_SELECTION, END_NOT_SELECTED)
                .variables().containsEntry(Variables.SELECTION_OUTCOME.name(), "NOT_SELECTED");
        assertThat(services.findAll()).singleElement()
                .satisfies(service -> assertThat(service.getStatus()).isEqualTo(ServiceStatus.NOT_SELECTED));
    }

    @Test
    void anotherVendorThatIsNotRegistered_isRefusedAndTheTaskStaysOpen() {
        ProcessInstance selection = start(need(TAX_ID_A));
        completeCapability(selection, false);

        assertThatThrownBy(() -> complete(task(selection), withVariables(Variables.NEXT_STEP.name(),
                VendorSelectionProcess.NEXT_STEP_ANOTHER_VENDOR, Variables.VENDOR_TAX_ID.name(), TAX_ID_B)))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining(TAX_ID_B);

        assertThat(selection).isWaitingAt(DECIDE_NEXT_CANDIDATE);
    }

    @Test
    void capabilityScoreOutOfRange_isRefusedAndTheTaskStaysOpen() {
        ProcessInstance selection = start(need(TAX_ID_A));

        assertThatThrownBy(() -> complete(task(selection), withVariables(Variables.FINANCIAL_SCORE.name(), 7,
                Variables.MANAGEMENT_SCORE.name(), 4, Variables.PROFESSIONAL_SCORE.name(), 4,
                Variables.OPERATING_SCORE.name(), 4, Variables.TRACK_RECORD_SCORE.name(), 4,
                Variables.VENDOR_CAPABLE.name(), true)))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("financialScore").hasMessageContaining("1 to 5");

        assertThat(selection).isWaitingAt(ASSESS_CAPABILITY);
        assertThat(decisions.findAll()).isEmpty();
    }

    @Test
    void aServiceIdGivenAtTheStart_isRefused() {
        ProcessInstance first = start(need(TAX_ID_A));
        Map<String, Object> hijack = need(TAX_ID_A);
        hijack.put(Variables.SERVICE_ID.name(), serviceId(first));

        assertThatThrownBy(() -> start(hijack)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("serviceId");
        assertThat(services.findAll()).singleElement()
                .satisfies(service -> assertThat(service.getSelectionProcessInstanceId()).isEqualTo(first.getId()));
    }

    @Test
    void unknownVendor_refusesTheStartAndWritesNothing() {
        long runningBefore = runningSelections();
        assertThatThrownBy(() -> start(need(TAX_ID_B)))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("No vendor with tax ID (統一編號) " + TAX_ID_B);

        assertThat(runningSelections()).isEqualTo(runningBefore);
        assertThat(services.findAll()).isEmpty();
    }

    @Test
    void invalidVariables_refuseTheStartWithAClearMessage() {
        Map<String, Object> badCriticality = need(TAX_ID_A);
        badCriticality.put(Variables.CRITICALITY.name(), "SUPER");
        assertThatThrownBy(() -> start(badCriticality)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("criticality").hasMessageContaining("CRITICAL, HIGH, NORMAL");

        Map<String, Object> missingSpend = need(TAX_ID_A);
        missingSpend.remove(Variables.ANNUAL_SPEND.name());
        assertThatThrownBy(() -> start(missingSpend)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("annualSpend");

        Map<String, Object> textSpend = need(TAX_ID_A);
        textSpend.put(Variables.ANNUAL_SPEND.name(), "a lot");
        assertThatThrownBy(() -> start(textSpend)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("annualSpend");

        assertThat(services.findAll()).isEmpty();
    }

    private ProcessInstance start(Map<String, Object> variables) {
        identityService.setAuthentication("alice", List.of("procurement"));
        try {
            return runtimeService.startProcessInstanceByKey(VendorSelectionProcess.KEY, variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void completeCapability(ProcessInstance selection, boolean capable) {
        assertThat(task(selection)).hasDefinitionKey(ASSESS_CAPABILITY);
        identityService.setAuthentication("alice", List.of("procurement"));
        complete(task(selection), withVariables(Variables.FINANCIAL_SCORE.name(), 4, Variables.MANAGEMENT_SCORE.name(), 4,
                Variables.PROFESSIONAL_SCORE.name(), 5, Variables.OPERATING_SCORE.name(), 3,
                Variables.TRACK_RECORD_SCORE.name(), 4, Variables.CAPABILITY_NOTES.name(), "references checked",
                Variables.VENDOR_CAPABLE.name(), capable));
        identityService.clearAuthentication();
    }

    private long runningSelections() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(VendorSelectionProcess.KEY).count();
    }

    private Long serviceId(ProcessInstance selection) {
        return (Long) runtimeService.getVariable(selection.getId(), Variables.SERVICE_ID.name());
    }

    private SelectionDecision onlyDecision() {
        List<SelectionDecision> all = decisions.findAll();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    public static Map<String, Object> need(String vendorTaxId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.SERVICE_DESCRIPTION.name(), "ID card image recognition maintenance");
        variables.put(Variables.VENDOR_TAX_ID.name(), vendorTaxId);
        variables.put(Variables.CRITICALITY.name(), "HIGH");
        variables.put(Variables.ANNUAL_SPEND.name(), 900000);
        variables.put(Variables.CLOUD.name(), false);
        variables.put(Variables.SYSTEM_MAINTENANCE.name(), true);
        variables.put(Variables.LARGE_PROCUREMENT.name(), false);
        variables.put(Variables.SENSITIVE_INFORMATION.name(), false);
        return variables;
    }
}
