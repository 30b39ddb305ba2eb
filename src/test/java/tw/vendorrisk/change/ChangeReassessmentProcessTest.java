package tw.vendorrisk.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static tw.vendorrisk.change.ChangeReassessmentProcess.Elements.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tw.vendorrisk.change.ChangeReassessmentProcess.Variables;
import tw.vendorrisk.contract.ContractSigningProcess;
import tw.vendorrisk.access.AccessGrant;
import tw.vendorrisk.access.AccessGrantRepository;
import tw.vendorrisk.access.AccessGrantStatus;
import tw.vendorrisk.register.CertificateType;
import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.ContractPurpose;
import tw.vendorrisk.register.ContractRepository;
import tw.vendorrisk.register.ContractStatus;
import tw.vendorrisk.oversight.OversightActivityRepository;
import tw.vendorrisk.oversight.OversightStatus;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.termination.ArrangementFixture;
import tw.vendorrisk.termination.TerminationRecord;
import tw.vendorrisk.termination.TerminationRecordRepository;
import tw.vendorrisk.termination.VendorTerminationProcess;
import tw.vendorrisk.support.AppTest;

/**
 * Every path of {@code change-reassessment}: a change found not significant is closed; a
 * significant one is checked again, assessed by infosec and accepted, amended (contract-signing
 * starts) or terminated (vendor-termination starts and access ends at once).
 */
@AppTest
public class ChangeReassessmentProcessTest {

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired RepositoryService repositoryService;
    @Autowired IdentityService identityService;
    @Autowired RegisterFixture fixture;
    @Autowired ArrangementFixture arrangement;
    @Autowired ChangeRecordRepository changes;
    @Autowired ContractRepository contracts;
    @Autowired AccessGrantRepository grants;
    @Autowired OversightActivityRepository activities;
    @Autowired TerminationRecordRepository terminations;

    Vendor vendor;
    Contract contract;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        fixture.reset();
        vendor = fixture.vendor(RegisterFixture.TAX_ID_A, "Cloudway Technology", "5");
        contract = arrangement.signedContract(vendor, "Order system cloud hosting");
    }

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
        BpmnAwareTests.reset();
    }

    @Test
    void aMinorChange_isRecordedAndClosed() {
        ProcessInstance change = notify("ARCHITECTURE", "load balancer replaced by the same model's successor");
        assertThat(change).isWaitingAt(ANALYSE_IMPACT).hasPassed(REGISTER_CHANGE)
                .hasBusinessKey(contract.getId().toString());
        assertThat(task(change)).hasCandidateGroup("project-leads");

        completeAs("pia", "project-leads", task(change), impact("LOW", "LOW", "MEDIUM"));

        assertThat(change).isEnded().hasPassedInOrder(DECIDE_SIGNIFICANCE, CLOSE_INSIGNIFICANT, END_NOT_SIGNIFICANT)
                .hasNotPassed(ASSESS_RISK);
        ChangeRecord record = only();
        assertThat(record.getStatus()).isEqualTo(ChangeStatus.CLOSED);
        assertThat(record.getOutcome()).isEqualTo(ChangeOutcome.NOT_SIGNIFICANT);
        assertThat(record.getSignificant()).isFalse();
        assertThat(record.getOutcomeReason()).contains("Minor impact");
        assertThat(record.getAnalysedBy()).isEqualTo("pia");
        assertThat(record.getAvailabilityImpact()).isEqualTo(Impact.MEDIUM);
        assertThat(record.getAvailabilityReason()).isEqualTo("availability: MEDIUM because of the change");
        assertThat(record.getChangeType()).isEqualTo(ChangeType.ARCHITECTURE);
        assertThat(record.getSource()).isEqualTo(ChangeSource.VENDOR_NOTICE);
        assertThat(record.getProcessInstanceId()).isEqualTo(change.getId());
    }

    @Test
    void aSignificantChange_isCheckedAgain_assessedByInfosec_andAccepted() {
        fixture.certificate(vendor, CertificateType.ISO_27001, LocalDate.now().plusYears(1));
        ProcessInstance change = notify("DATA_LOCATION", "backups move to a data centre in Singapore");
        completeAs("pia", "project-leads", task(change), impact("MEDIUM", "LOW", "LOW"));

        assertThat(change).isWaitingAt(ASSESS_RISK).hasPassedInOrder(DECIDE_SIGNIFICANCE, CHECK_CERTIFICATES,
                ASSESS_CONCENTRATION, RECORD_CHECKS).hasNotPassed(CLOSE_INSIGNIFICANT);
        assertThat(task(change)).hasCandidateGroup("infosec");
        assertThat(change).variables().containsEntry(Variables.SIGNIFICANT.name(), true)
                .containsEntry(Variables.CERTIFICATES_SUFFICIENT.name(), true)
                .containsKey(Variables.CONCENTRATION_TOO_HIGH.name());
        ChangeRecord analysed = only();
        assertThat(analysed.getStatus()).isEqualTo(ChangeStatus.ANALYSED);
        assertThat(analysed.getSignificanceReason()).contains("Data location");
        assertThat(analysed.getCertificatesSufficient()).isTrue();

        completeAs("ivan", "infosec", task(change), risk("MEDIUM", "ACCEPT"));
        assertThat(change).isWaitingAt(DECIDE_OUTCOME).hasPassed(RECORD_RISK_ASSESSMENT);
        assertThat(task(change)).hasCandidateGroup("managers");
        completeAs("mark", "managers", task(change), decision("ACCEPT", "Singapore site meets our requirements"));

        assertThat(change).isEnded().hasPassedInOrder(RECORD_OUTCOME, GATEWAY_OUTCOME, END_ACCEPTED)
                .hasNotPassed(REQUEST_AMENDMENT, REQUEST_TERMINATION);
        ChangeRecord record = only();
        assertThat(record.getStatus()).isEqualTo(ChangeStatus.CLOSED);
        assertThat(record.getRiskLevel()).isEqualTo(Impact.MEDIUM);
        assertThat(record.getRiskAssessment()).isEqualTo("ISO 27001 assessment: residual risk acceptable");
        assertThat(record.getRecommendedOutcome()).isEqualTo(ChangeOutcome.ACCEPT);
        assertThat(record.getAssessedBy()).isEqualTo("ivan");
        assertThat(record.getOutcome()).isEqualTo(ChangeOutcome.ACCEPT);
        assertThat(record.getDecidedBy()).isEqualTo("mark");
        assertThat(record.getOutcomeReason()).startsWith("Singapore");
        assertThat(record.getFollowUpProcessInstanceId()).isNull();
        assertThat(contracts.findById(contract.getId()).orElseThrow().getStatus()).isEqualTo(ContractStatus.SIGNED);
    }

    @Test
    void aVendorOfTooHighAConcentration_hasItsIncidentMechanismsConfirmed() {
        Vendor dominant = fixture.vendor(RegisterFixture.TAX_ID_C, "Dominant Co.", "60");
        Contract dominantContract = arrangement.signedContract(dominant, "Core trading system maintenance");
        ProcessInstance change = runtimeService.createMessageCorrelation(
                        ChangeReassessmentProcess.MESSAGE_SERVICE_CHANGE_NOTIFIED)
                .processInstanceBusinessKey(dominantContract.getId().toString())
                .setVariables(notice(dominantContract.getId(), "SUBCONTRACTOR", "new subcontractor for monitoring"))
                .correlateStartMessage();
        completeAs("pia", "project-leads", task(change), impact("HIGH", "LOW", "LOW"));

        assertThat(change).isWaitingAt(ASSESS_RISK).variables().containsEntry(Variables.CONCENTRATION_TOO_HIGH.name(), true)
                .containsEntry(Variables.CERTIFICATES_SUFFICIENT.name(), false);
        Map<String, Object> assessment = risk("HIGH", "AMEND");
        assessment.put(Variables.INCIDENT_IDENTIFICATION.name(), true);
        assessment.put(Variables.INCIDENT_RESPONSE.name(), true);
        assessment.put(Variables.INCIDENT_MITIGATION.name(), true);
        completeAs("ivan", "infosec", task(change), assessment);

        ChangeRecord record = changes.findByProcessInstanceId(change.getId()).orElseThrow();
        assertThat(record.getConcentrationTooHigh()).isTrue();
        assertThat(record.getConcentrationFindings()).contains("Market share above 50%");
        assertThat(record.getCertificatesSufficient()).isFalse();
        assertThat(record.getCertificateShortfall()).contains("ISO_27001");
        assertThat(record.getIncidentMechanismsConfirmed()).isTrue();
        assertThat(record.getSignificanceReason()).contains("High impact on confidentiality");
    }

    @Test
    void anAmendment_startsContractSigningForTheService() {
        ProcessInstance change = significantAndAssessed();

        completeAs("mark", "managers", task(change), decision("AMEND", "add the data location clause"));

        assertThat(change).isEnded().hasPassedInOrder(RECORD_OUTCOME, REQUEST_AMENDMENT, END_AMENDMENT);
        ChangeRecord record = only();
        assertThat(record.getOutcome()).isEqualTo(ChangeOutcome.AMEND);
        ProcessInstance amendment = processInstanceQuery().processDefinitionKey(ContractSigningProcess.KEY)
                .singleResult();
        assertThat(amendment).isWaitingAt(ContractSigningProcess.Elements.UPLOAD_DRAFT)
                .hasBusinessKey(contract.getService().getId().toString())
                .variables().containsEntry(ContractSigningProcess.Variables.CONTRACT_PURPOSE.name(), "AMENDMENT");
        assertThat(record.getFollowUpProcessInstanceId()).isEqualTo(amendment.getId());
        assertThat(contracts.findAll()).filteredOn(c -> c.getPurpose() == ContractPurpose.AMENDMENT).singleElement()
                .extracting(Contract::getStatus).isEqualTo(ContractStatus.DRAFTING);
        assertThat(contracts.findById(contract.getId()).orElseThrow().getStatus()).isEqualTo(ContractStatus.SIGNED);
    }

    @Test
    void aTermination_startsVendorTermination_andTheVendorsAccessEndsWithTheDecision() {
        AccessGrant grant = arrangement.activeGrant(contract, "Chen Wei");
        ProcessInstance waiting = arrangement.waitForContractEnd(contract);
        ProcessInstance change = significantAndAssessed();

        completeAs("mark", "managers", task(change), decision("TERMINATE", "the vendor will not keep data in Taiwan"));

        assertThat(change).isEnded().hasPassedInOrder(RECORD_OUTCOME, REQUEST_TERMINATION, END_TERMINATION);
        ChangeRecord record = only();
        assertThat(record.getOutcome()).isEqualTo(ChangeOutcome.TERMINATE);
        ProcessInstance termination = processInstanceQuery().processDefinitionKey(VendorTerminationProcess.KEY)
                .singleResult();
        assertThat(termination).hasBusinessKey(contract.getId().toString())
                .hasPassed(VendorTerminationProcess.Elements.START_DECIDED, VendorTerminationProcess.Elements.END_CONTRACT)
                .isWaitingAt(VendorTerminationProcess.Elements.CHECK_TRANSITION,
                        VendorTerminationProcess.Elements.RECORD_CONFIDENTIALITY);
        assertThat(record.getFollowUpProcessInstanceId()).isEqualTo(termination.getId());
        TerminationRecord ended = terminations.findByContractId(contract.getId()).orElseThrow();
        assertThat(ended.getChangeId()).isEqualTo(record.getId());
        assertThat(ended.getStartedBy()).isEqualTo("mark");
        assertThat(ended.getNotes()).isEqualTo("the vendor will not keep data in Taiwan");
        assertThat(grants.findById(grant.getId()).orElseThrow().getStatus()).isEqualTo(AccessGrantStatus.REVOKED);
        assertThat(activities.findByContractIdOrderByKindAscSequenceNoAsc(contract.getId()))
                .allMatch(activity -> activity.getStatus() == OversightStatus.CANCELLED);
        assertThat(waiting).isEnded();
        assertThat(arrangement.runningOversight(contract)).isZero();
        assertThat(contracts.findById(contract.getId()).orElseThrow().getStatus()).isEqualTo(ContractStatus.ENDED);
    }

    @Test
    void aChangeReportedFromTheTasklist_startsTheSameWay() {
        Map<String, Object> variables = notice(contract.getId(), "SCOPE", "adds mobile app support");
        variables.put(Variables.CHANGE_SOURCE.name(), "INTERNAL_REQUEST");
        variables.put(Variables.EFFECTIVE_ON.name(), LocalDate.now().plusMonths(1).toString());
        identityService.setAuthentication("alice", List.of("procurement"));
        ProcessInstance change;
        try {
            change = runtimeService.startProcessInstanceByKey(ChangeReassessmentProcess.KEY, variables);
        } finally {
            identityService.clearAuthentication();
        }

        assertThat(change).isWaitingAt(ANALYSE_IMPACT).hasPassed(START_REPORTED)
                .hasBusinessKey(contract.getId().toString());
        ChangeRecord record = only();
        assertThat(record.getReportedBy()).isEqualTo("alice");
        assertThat(record.getSource()).isEqualTo(ChangeSource.INTERNAL_REQUEST);
        assertThat(record.getEffectiveOn()).isEqualTo(LocalDate.now().plusMonths(1));
    }

    @Test
    void aChangeOfAContractThatDoesNotRun_orWithoutWhatChanges_isRefused_andNothingIsWritten() {
        long running = processInstanceQuery().processDefinitionKey(ChangeReassessmentProcess.KEY).count();
        Contract draft = arrangement.draftContract(vendor);
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ChangeReassessmentProcess.KEY,
                notice(draft.getId(), "SCOPE", "x"))).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("DRAFTING");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ChangeReassessmentProcess.KEY,
                notice(contract.getId(), "WEATHER", "x"))).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("SCOPE, ARCHITECTURE, DATA_LOCATION, SUBCONTRACTOR, CLOUD_REGION, OTHER");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ChangeReassessmentProcess.KEY,
                notice(contract.getId(), "SCOPE", "  "))).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("changeDescription");
        Map<String, Object> noContract = notice(contract.getId(), "SCOPE", "x");
        noContract.remove(Variables.CONTRACT_ID.name());
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ChangeReassessmentProcess.KEY, noContract))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("contractId");

        assertThat(changes.count()).isZero();
        assertThat(processInstanceQuery().processDefinitionKey(ChangeReassessmentProcess.KEY).count())
                .isEqualTo(running);
    }

    @Test
    void anImpactWithoutReasons_orADecisionOutsideTheChoices_isRefused_andTheTaskStaysOpen() {
        ProcessInstance change = notify("CLOUD_REGION", "moves to another region");
        Map<String, Object> noReason = impact("LOW", "LOW", "LOW");
        noReason.put(Variables.INTEGRITY_REASON.name(), "");
        assertThatThrownBy(() -> complete(task(change), noReason)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("integrityReason");
        Map<String, Object> unknownImpact = impact("LOW", "LOW", "LOW");
        unknownImpact.put(Variables.AVAILABILITY_IMPACT.name(), "SEVERE");
        assertThatThrownBy(() -> complete(task(change), unknownImpact)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("LOW, MEDIUM, HIGH");
        assertThat(change).isWaitingAt(ANALYSE_IMPACT);
        assertThat(only().getStatus()).isEqualTo(ChangeStatus.REPORTED);

        complete(task(change), impact("HIGH", "LOW", "LOW"));
        complete(task(change), risk("HIGH", "TERMINATE"));
        assertThatThrownBy(() -> complete(task(change), decision("NOT_SIGNIFICANT", "x")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("ACCEPT, AMEND, TERMINATE");
        assertThatThrownBy(() -> complete(task(change), decision("ACCEPT", " ")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("outcomeReason");
        assertThat(change).isWaitingAt(DECIDE_OUTCOME);
        assertThat(only().getOutcome()).isNull();
    }

    @Test
    void isDeployedWithItsForms_andTheSignificanceTableWithTheDecisions() {
        org.camunda.bpm.engine.repository.Deployment deployment = repositoryService.createDeploymentQuery()
                .deploymentName(ChangeReassessmentProcess.KEY).singleResult();
        assertThat(repositoryService.getDeploymentResourceNames(deployment.getId())).containsExactlyInAnyOrder(
                ChangeReassessmentProcess.RESOURCE, "forms/report-service-change.form",
                "forms/analyse-change-impact.form", "forms/assess-change-risk.form", "forms/decide-change-outcome.form");
        assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(ChangeSignificance.DECISION)
                .count()).isEqualTo(1);
    }

    @Test
    void everyElementNamesTheObligationsItServes() {
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(repositoryService
                .createProcessDefinitionQuery().processDefinitionKey(ChangeReassessmentProcess.KEY).latestVersion()
                .singleResult().getId());
        assertThat(model.getModelElementsByType(FlowNode.class)).isNotEmpty().allSatisfy(node ->
                assertThat(node.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class)
                        .singleResult().getCamundaProperties()).extracting(CamundaProperty::getCamundaName)
                        .as(node.getId()).contains("obligation"));
    }

    private ProcessInstance significantAndAssessed() {
        ProcessInstance change = notify("DATA_LOCATION", "customer data moves to a data centre abroad");
        completeAs("pia", "project-leads", task(change), impact("HIGH", "LOW", "LOW"));
        completeAs("ivan", "infosec", task(change), risk("HIGH", "TERMINATE"));
        assertThat(change).isWaitingAt(DECIDE_OUTCOME);
        return change;
    }

    /** The vendor's notice, as the message Msg_ServiceChangeNotified brings it. */
    private ProcessInstance notify(String type, String description) {
        return runtimeService.createMessageCorrelation(ChangeReassessmentProcess.MESSAGE_SERVICE_CHANGE_NOTIFIED)
                .processInstanceBusinessKey(contract.getId().toString())
                .setVariables(notice(contract.getId(), type, description))
                .correlateStartMessage();
    }

    private ChangeRecord only() {
        List<ChangeRecord> all = changes.findAll();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    public static Map<String, Object> notice(Long contractId, String type, String description) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.CONTRACT_ID.name(), contractId);
        variables.put(Variables.CHANGE_TYPE.name(), type);
        variables.put(Variables.CHANGE_DESCRIPTION.name(), description);
        return variables;
    }

    public static Map<String, Object> impact(String confidentiality, String integrity, String availability) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.CONFIDENTIALITY_IMPACT.name(), confidentiality);
        variables.put(Variables.CONFIDENTIALITY_REASON.name(), "confidentiality: " + confidentiality + " because of the change");
        variables.put(Variables.INTEGRITY_IMPACT.name(), integrity);
        variables.put(Variables.INTEGRITY_REASON.name(), "integrity: " + integrity + " because of the change");
        variables.put(Variables.AVAILABILITY_IMPACT.name(), availability);
        variables.put(Variables.AVAILABILITY_REASON.name(), "availability: " + availability + " because of the change");
        return variables;
    }

    public static Map<String, Object> risk(String level, String recommendation) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.RISK_LEVEL.name(), level);
        variables.put(Variables.RISK_ASSESSMENT.name(), "ISO 27001 assessment: residual risk acceptable");
        variables.put(Variables.RECOMMENDED_OUTCOME.name(), recommendation);
        return variables;
    }

    public static Map<String, Object> decision(String outcome, String reason) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.CHANGE_OUTCOME.name(), outcome);
        variables.put(Variables.OUTCOME_REASON.name(), reason);
        return variables;
    }

    private void completeAs(String user, String group, Task open, Map<String, Object> variables) {
        identityService.setAuthentication(user, List.of(group));
        try {
            complete(open, variables);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
