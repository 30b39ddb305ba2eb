package tw.vendorrisk.termination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static tw.vendorrisk.termination.VendorTerminationProcess.Elements.*;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tw.vendorrisk.access.AccessGrant;
import tw.vendorrisk.access.AccessGrantRepository;
import tw.vendorrisk.access.AccessGrantStatus;
import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.ContractDocumentRepository;
import tw.vendorrisk.register.ContractRepository;
import tw.vendorrisk.register.ContractStatus;
import tw.vendorrisk.register.DocumentKind;
import tw.vendorrisk.register.OutsourcedServiceRepository;
import tw.vendorrisk.oversight.OversightActivityRepository;
import tw.vendorrisk.oversight.OversightStatus;
import tw.vendorrisk.access.RevocationReason;
import tw.vendorrisk.register.ServiceStatus;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.termination.VendorTerminationProcess.Variables;
import tw.vendorrisk.support.AppTest;

/**
 * Every path of {@code vendor-termination}: access ends in the start's transaction, each asset is
 * returned, destroyed or handed over, the transition is checked off, confidentiality continues, and
 * managers are told when the deadline passes (the engine clock moved).
 */
@AppTest
public class VendorTerminationProcessTest {

    static final byte[] CERTIFICATE = "%PDF-1.4 certificate of destruction".getBytes(StandardCharsets.US_ASCII);

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired RepositoryService repositoryService;
    @Autowired IdentityService identityService;
    @Autowired RegisterFixture fixture;
    @Autowired ArrangementFixture arrangement;
    @Autowired TerminationService terminations;
    @Autowired ContractRepository contracts;
    @Autowired AccessGrantRepository grants;
    @Autowired OversightActivityRepository activities;
    @Autowired InformationAssetRepository assets;
    @Autowired ContractDocumentRepository documents;
    @Autowired OutsourcedServiceRepository services;
    @Autowired TerminationRecordRepository records;
    @Autowired AssetDispositionRepository dispositions;

    Vendor vendor;
    Contract contract;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        fixture.reset();
        vendor = fixture.vendor(RegisterFixture.TAX_ID_A, "Hengan Information", "5");
        contract = arrangement.signedContract(vendor, "ID image recognition maintenance");
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        identityService.clearAuthentication();
        BpmnAwareTests.reset();
    }

    @Test
    void theStart_revokesEveryActiveGrant_cancelsOversight_andStopsWaitingProcesses_beforeTheFirstTask() {
        AccessGrant first = arrangement.activeGrant(contract, "Chen Wei");
        AccessGrant second = arrangement.activeGrant(contract, "Lin Mei");
        ProcessInstance waiting = arrangement.waitForContractEnd(contract);
        assertThat(activities.findByContractIdOrderByKindAscSequenceNoAsc(contract.getId()))
                .isNotEmpty().allMatch(activity -> activity.getStatus() == OversightStatus.SCHEDULED);

        ProcessInstance termination = start(TerminationReason.TERMINATED, "mark");

        assertThat(termination).isWaitingAt(CHECK_TRANSITION, RECORD_CONFIDENTIALITY).hasPassed(END_CONTRACT)
                .hasBusinessKey(contract.getId().toString());
        assertThat(grants.countByContractIdAndStatus(contract.getId(), AccessGrantStatus.ACTIVE)).isZero();
        for (AccessGrant grant : List.of(first, second)) {
            AccessGrant revoked = grants.findById(grant.getId()).orElseThrow();
            assertThat(revoked.getStatus()).isEqualTo(AccessGrantStatus.REVOKED);
            assertThat(revoked.getRevocationReason()).isEqualTo(RevocationReason.TERMINATED);
            assertThat(revoked.getRevokedBy()).isEqualTo("mark");
            assertThat(revoked.getRevokedAt()).isNotNull();
        }
        assertThat(activities.findByContractIdOrderByKindAscSequenceNoAsc(contract.getId()))
                .allMatch(activity -> activity.getStatus() == OversightStatus.CANCELLED);
        assertThat(waiting).isEnded();
        assertThat(arrangement.runningOversight(contract)).isZero();
        Contract ended = contracts.findById(contract.getId()).orElseThrow();
        assertThat(ended.getStatus()).isEqualTo(ContractStatus.ENDED);
        assertThat(ended.getEndReason()).isEqualTo(RevocationReason.TERMINATED.name());
        assertThat(services.findById(contract.getService().getId()).orElseThrow().getStatus())
                .isEqualTo(ServiceStatus.ENDED);
        TerminationRecord record = records.findByContractId(contract.getId()).orElseThrow();
        assertThat(record.getAccessRevokedCount()).isEqualTo(2);
        assertThat(record.getOversightCancelledCount()).isPositive();
        assertThat(record.getStartedBy()).isEqualTo("mark");
        assertThat(record.getProcessInstanceId()).isEqualTo(termination.getId());
        assertThat(record.getStatus()).isEqualTo(TerminationStatus.IN_PROGRESS);
    }

    @Test
    void everyAssetIsReturnedDestroyedOrHandedOver_andTheTerminationCompletes() {
        InformationAsset images = arrangement.serviceAsset(contract, "ID card images");
        InformationAsset model = arrangement.contractAsset(contract, "Recognition model source");
        InformationAsset runbook = arrangement.serviceAsset(contract, "Operations runbook");
        ProcessInstance termination = start(TerminationReason.RESCINDED, "lena");
        assertThat(termination).isWaitingAt(CONFIRM_ASSET_DISPOSITION, CHECK_TRANSITION, RECORD_CONFIDENTIALITY)
                .variables().containsEntry(Variables.ASSET_COUNT.name(), 3);
        assertThat(assetTasks(termination)).hasSize(3).allSatisfy(task -> assertThat(task).hasCandidateGroup("infosec"));

        confirm(termination, images, Map.of(Variables.DISPOSITION_METHOD.name(), "RETURN",
                Variables.DISPOSITION_NOTES.name(), "returned on encrypted disk"));
        confirm(termination, model, Map.of(Variables.DISPOSITION_METHOD.name(), "DESTROY",
                Variables.DESTRUCTION_CERTIFICATE, certificate("destruction-certificate.pdf")));
        confirm(termination, runbook, Map.of(Variables.DISPOSITION_METHOD.name(), "HAND_OVER",
                Variables.RECIPIENT.name(), "Lida Systems"));
        assertThat(assetTasks(termination)).isEmpty();
        assertThat(termination).isWaitingAt(CHECK_TRANSITION, RECORD_CONFIDENTIALITY).hasPassed(ASSET_DISPOSITION);
        assertThat(runtimeService.getVariables(termination.getId())).doesNotContainKeys(Variables.DISPOSITION_METHOD.name(),
                Variables.RECIPIENT.name(), Variables.DESTRUCTION_CERTIFICATE, Variables.ASSET_NAME.name());

        completeAs("ivan", "infosec", task(CHECK_TRANSITION, termination), transition("NEW_VENDOR", "Lida Systems", null));
        completeAs("lena", "legal", task(RECORD_CONFIDENTIALITY, termination), Map.of(
                Variables.CONFIDENTIALITY_CONTINUES.name(), true,
                Variables.CONFIDENTIALITY_UNTIL.name(), LocalDate.now().plusYears(5).toString(),
                Variables.CONFIDENTIALITY_NOTES.name(), "five years after the end, clause 15"));

        assertThat(termination).isEnded().hasPassed(RECORD_TRANSITION, STORE_CONFIDENTIALITY, EXIT_DONE,
                COMPLETE_TERMINATION, END_COMPLETED).hasNotPassed(RECORD_OVERDUE);
        TerminationRecord record = records.findByContractId(contract.getId()).orElseThrow();
        assertThat(record.getStatus()).isEqualTo(TerminationStatus.COMPLETED);
        assertThat(record.getCompletedAt()).isNotNull();
        assertThat(record.getTransitionTarget()).isEqualTo(TransitionTarget.NEW_VENDOR);
        assertThat(record.getSuccessorName()).isEqualTo("Lida Systems");
        assertThat(record.getTransitionCheckedBy()).isEqualTo("ivan");
        assertThat(terminations.transitionChecklist(record.getId())).hasSize(TransitionItem.values().length)
                .allMatch(item -> item.getStatus() == CheckStatus.DONE && "ivan".equals(item.getCheckedBy()));
        assertThat(record.getConfidentialityContinues()).isTrue();
        assertThat(record.getConfidentialityUntil()).isEqualTo(LocalDate.now().plusYears(5));
        assertThat(record.getConfidentialityRecordedBy()).isEqualTo("lena");

        assertThat(assets.findById(images.getId()).orElseThrow().getStatus()).isEqualTo(AssetStatus.RETURNED);
        assertThat(assets.findById(model.getId()).orElseThrow().getStatus()).isEqualTo(AssetStatus.DESTROYED);
        assertThat(assets.findById(runbook.getId()).orElseThrow().getStatus()).isEqualTo(AssetStatus.HANDED_OVER);
        List<AssetDisposition> recorded = dispositions.findByTerminationIdOrderById(record.getId());
        assertThat(recorded).hasSize(3).allMatch(d -> "ivan".equals(d.getConfirmedBy()) && d.getConfirmedAt() != null);
        AssetDisposition destroyed = recorded.stream().filter(d -> d.getMethod() == DispositionMethod.DESTROY)
                .findFirst().orElseThrow();
        assertThat(documents.findById(destroyed.getDocumentId())).get().satisfies(document -> {
            assertThat(document.getKind()).isEqualTo(DocumentKind.DESTRUCTION_CERT);
            assertThat(document.getFileName()).isEqualTo("destruction-certificate.pdf");
            assertThat(document.getContent()).isEqualTo(CERTIFICATE);
            assertThat(document.getSha256()).hasSize(64);
        });
        assertThat(recorded).filteredOn(d -> d.getMethod() == DispositionMethod.HAND_OVER)
                .singleElement().extracting(AssetDisposition::getRecipient).isEqualTo("Lida Systems");
        assertThat(jobQuery().processInstanceId(termination.getId()).count()).isZero();
    }

    @Test
    void aDestructionWithoutCertificate_orAHandoverWithoutRecipient_isRefused_andTheTaskStaysOpen() {
        InformationAsset images = arrangement.serviceAsset(contract, "ID card images");
        ProcessInstance termination = start(TerminationReason.TERMINATED, "mark");
        Task open = assetTasks(termination).get(0);

        assertThatThrownBy(() -> taskService.complete(open.getId(), Map.of(Variables.DISPOSITION_METHOD.name(), "DESTROY")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("destruction certificate")
                .hasMessageContaining("ID card images");
        assertThatThrownBy(() -> taskService.complete(open.getId(), Map.of(Variables.DISPOSITION_METHOD.name(), "HAND_OVER")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("recipient");
        assertThatThrownBy(() -> taskService.complete(open.getId(), Map.of(Variables.DISPOSITION_METHOD.name(), "DESTROY",
                Variables.DESTRUCTION_CERTIFICATE, certificate("certificate.exe"))))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining(".pdf, .png or .jpg");
        assertThatThrownBy(() -> taskService.complete(open.getId(), Map.of(Variables.DISPOSITION_METHOD.name(), "BURN")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("RETURN, DESTROY, HAND_OVER");

        assertThat(assetTasks(termination)).singleElement().extracting(Task::getId).isEqualTo(open.getId());
        assertThat(assets.findById(images.getId()).orElseThrow().getStatus()).isEqualTo(AssetStatus.IN_USE);
        assertThat(dispositions.findAll()).isEmpty();
        assertThat(documents.findAll()).isEmpty();
    }

    @Test
    void aTransitionItemThatDoesNotApply_needsAReason_andANewVendorNeedsAName() {
        ProcessInstance termination = start(TerminationReason.TERMINATED, "mark");
        assertThat(termination).as("no assets registered: nothing to dispose of")
                .isWaitingAt(CHECK_TRANSITION, RECORD_CONFIDENTIALITY).hasPassed(ASSET_DISPOSITION + "#multiInstanceBody")
                .hasNotPassed(CONFIRM_ASSET_DISPOSITION);
        Task check = task(CHECK_TRANSITION, termination);
        Map<String, Object> notApplicable = transition("DISCONTINUED", null, null);
        notApplicable.put(TransitionItem.SUCCESSOR_ACCESS.variable(), "NOT_APPLICABLE");
        Map<String, Object> incomplete = transition("IN_HOUSE", null, null);
        incomplete.remove(TransitionItem.LOGS_RETAINED.variable());

        assertThatThrownBy(() -> taskService.complete(check.getId(), notApplicable))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("transitionSuccessorAccess");
        assertThatThrownBy(() -> taskService.complete(check.getId(), transition("NEW_VENDOR", " ", null)))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("new vendor");
        assertThatThrownBy(() -> taskService.complete(check.getId(), incomplete))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("transitionLogsRetained");
        assertThat(termination).isWaitingAt(CHECK_TRANSITION, RECORD_CONFIDENTIALITY);

        notApplicable.put(Variables.TRANSITION_NOTES.name(), "the service is discontinued: no successor");
        taskService.complete(check.getId(), notApplicable);
        assertThat(termination).isWaitingAt(RECORD_CONFIDENTIALITY).hasPassed(RECORD_TRANSITION);
        TerminationRecord record = records.findByContractId(contract.getId()).orElseThrow();
        assertThat(terminations.transitionChecklist(record.getId())).filteredOn(i -> i.getStatus() == CheckStatus.NOT_APPLICABLE)
                .singleElement().extracting(TransitionCheckItem::getItem).isEqualTo(TransitionItem.SUCCESSOR_ACCESS);
    }

    @Test
    void confidentialityThatDoesNotContinue_needsAReason_andAnEndDateLiesAhead() {
        ProcessInstance termination = start(TerminationReason.TERMINATED, "mark");
        Task record = task(RECORD_CONFIDENTIALITY, termination);

        assertThatThrownBy(() -> taskService.complete(record.getId(), Map.of(Variables.CONFIDENTIALITY_CONTINUES.name(), false)))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("13.2.4");
        assertThatThrownBy(() -> taskService.complete(record.getId(), Map.of(Variables.CONFIDENTIALITY_CONTINUES.name(), true,
                Variables.CONFIDENTIALITY_UNTIL.name(), LocalDate.now().minusDays(1).toString())))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("after today");
        assertThat(termination).isWaitingAt(RECORD_CONFIDENTIALITY);

        taskService.complete(record.getId(), Map.of(Variables.CONFIDENTIALITY_CONTINUES.name(), true,
                Variables.CONFIDENTIALITY_UNTIL.name(), ""));
        TerminationRecord kept = records.findByContractId(contract.getId()).orElseThrow();
        assertThat(kept.getConfidentialityContinues()).isTrue();
        assertThat(kept.getConfidentialityUntil()).as("without end").isNull();
    }

    @Test
    void whenTheDeadlinePasses_managersAreTold_andTheWorkGoesOn() {
        terminations.setDeadlineDays(contract.getId(), 10);
        InformationAsset images = arrangement.serviceAsset(contract, "ID card images");
        Date started = ClockUtil.getCurrentTime();
        ProcessInstance termination = start(TerminationReason.REGULATOR_ORDER, "mark");
        Job timer = jobQuery().processInstanceId(termination.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isCloseTo(new Date(started.getTime() + Duration.ofDays(10).toMillis()), 5_000);
        assertThat(task(CHECK_TRANSITION, termination).getDueDate()).isEqualTo(timer.getDuedate());
        assertThat(jobQuery().processInstanceId(termination.getId()).executable().count()).isZero();

        confirm(termination, images, Map.of(Variables.DISPOSITION_METHOD.name(), "RETURN"));
        ClockUtil.setCurrentTime(new Date(started.getTime() + Duration.ofDays(10).plusMinutes(1).toMillis()));
        assertThat(jobQuery().processInstanceId(termination.getId()).executable().count()).isEqualTo(1);
        execute(job());

        assertThat(termination).isWaitingAt(HANDLE_OVERDUE, CHECK_TRANSITION, RECORD_CONFIDENTIALITY)
                .hasPassed(DEADLINE_PASSED, RECORD_OVERDUE);
        assertThat(task(HANDLE_OVERDUE, termination)).hasCandidateGroup("managers");
        String openItems = (String) runtimeService.getVariable(termination.getId(), Variables.OPEN_ITEMS.name());
        assertThat(openItems).contains("13.2.1").contains("13.2.4").doesNotContain("ID card images");
        assertThat(records.findByContractId(contract.getId()).orElseThrow().getEscalatedAt()).isNotNull();

        completeAs("mark", "managers", task(HANDLE_OVERDUE, termination), Map.of(Variables.ESCALATION_ACTION.name(),
                "legal and infosec to finish by Friday; vendor reminded in writing"));
        assertThat(termination).isWaitingAt(CHECK_TRANSITION, RECORD_CONFIDENTIALITY).hasPassed(RECORD_ESCALATION,
                END_ESCALATION_HANDLED);
        complete(task(CHECK_TRANSITION, termination), transition("IN_HOUSE", null, null));
        complete(task(RECORD_CONFIDENTIALITY, termination), withVariables(Variables.CONFIDENTIALITY_CONTINUES.name(), true));

        assertThat(termination).isEnded().hasPassed(END_COMPLETED);
        TerminationRecord record = records.findByContractId(contract.getId()).orElseThrow();
        assertThat(record.getDeadlineDays()).isEqualTo(10);
        assertThat(record.getEscalationHandledBy()).isEqualTo("mark");
        assertThat(record.getEscalationAction()).startsWith("legal and infosec");
        assertThat(record.getStatus()).isEqualTo(TerminationStatus.COMPLETED);
    }

    @Test
    void withoutADeadlineOnTheContract_theTerminationHas30Days() {
        Date started = ClockUtil.getCurrentTime();
        ProcessInstance termination = start(TerminationReason.EXPIRED, "alice");

        assertThat(termination).variables().containsEntry(Variables.DEADLINE_DAYS.name(), 30);
        assertThat(jobQuery().processInstanceId(termination.getId()).timers().singleResult().getDuedate())
                .isCloseTo(new Date(started.getTime() + Duration.ofDays(30).toMillis()), 5_000);
        ClockUtil.setCurrentTime(new Date(started.getTime() + Duration.ofDays(29).toMillis()));
        assertThat(jobQuery().processInstanceId(termination.getId()).executable().count()).isZero();
    }

    @Test
    void anExpiredContract_endsItsAccessAsContractEnded() {
        AccessGrant grant = arrangement.activeGrant(contract, "Chen Wei");

        start(TerminationReason.EXPIRED, "alice");

        assertThat(grants.findById(grant.getId()).orElseThrow().getRevocationReason())
                .isEqualTo(RevocationReason.CONTRACT_ENDED);
        assertThat(contracts.findById(contract.getId()).orElseThrow().getEndReason())
                .isEqualTo(RevocationReason.CONTRACT_ENDED.name());
    }

    @Test
    void aContractInDrafting_anUnknownOne_orOneAlreadyBeingTerminated_refusesTheStart_andNothingIsWritten() {
        Contract draft = arrangement.draftContract(vendor);
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(VendorTerminationProcess.KEY,
                startVariables(draft.getId(), "TERMINATED"))).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("DRAFTING");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(VendorTerminationProcess.KEY,
                startVariables(999_999L, "TERMINATED"))).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Contract 999999 does not exist");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(VendorTerminationProcess.KEY,
                startVariables(contract.getId(), "CANCELLED"))).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("EXPIRED, TERMINATED, RESCINDED, REGULATOR_ORDER");
        assertThat(records.count()).isZero();
        assertThat(contracts.findById(contract.getId()).orElseThrow().getStatus()).isEqualTo(ContractStatus.SIGNED);

        start(TerminationReason.TERMINATED, "mark");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(VendorTerminationProcess.KEY,
                startVariables(contract.getId(), "TERMINATED"))).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("already being terminated");
        assertThat(records.count()).isEqualTo(1);
        assertThatThrownBy(() -> terminations.setDeadlineDays(contract.getId(), 45))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("already being terminated");
        assertThatThrownBy(() -> terminations.setDeadlineDays(draft.getId(), 0))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("1 to 365");
    }

    @Test
    void isDeployedWithItsForms_includingTheEmbeddedUploadForm() {
        org.camunda.bpm.engine.repository.Deployment deployment = repositoryService.createDeploymentQuery()
                .deploymentName(VendorTerminationProcess.KEY).singleResult();
        assertThat(repositoryService.getDeploymentResourceNames(deployment.getId())).containsExactlyInAnyOrder(
                VendorTerminationProcess.RESOURCE, "forms/start-termination.form",
                "forms/confirm-asset-disposition.html", "forms/check-transition-requirements.form",
                "forms/record-confidentiality-continuation.form", "forms/handle-overdue-termination.form");
    }

    @Test
    void everyElementNamesTheObligationsItServes() {
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(repositoryService
                .createProcessDefinitionQuery().processDefinitionKey(VendorTerminationProcess.KEY).latestVersion()
                .singleResult().getId());
        assertThat(model.getModelElementsByType(FlowNode.class)).isNotEmpty().allSatisfy(node ->
                assertThat(node.getExtensionElements().getElementsQuery().filterByType(
                        org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).singleResult()
                        .getCamundaProperties()).extracting(CamundaProperty::getCamundaName).as(node.getId())
                        .contains("obligation"));
    }

    /** Starts as a demo user with the group's rights: mark (managers), lena (legal), alice (procurement). */
    private ProcessInstance start(TerminationReason reason, String user) {
        String group = switch (user) {
            case "mark" -> "managers";
            case "lena" -> "legal";
            case "alice" -> "procurement";
            default -> throw new IllegalArgumentException(user);
        };
        identityService.setAuthentication(user, List.of(group));
        try {
            return runtimeService.startProcessInstanceByKey(VendorTerminationProcess.KEY,
                    startVariables(contract.getId(), reason.name()));
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static Map<String, Object> startVariables(Long contractId, String reason) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.CONTRACT_ID.name(), contractId);
        variables.put(Variables.TERMINATION_REASON.name(), reason);
        variables.put(Variables.TERMINATION_NOTES.name(), "service no longer needed");
        return variables;
    }

    private List<Task> assetTasks(ProcessInstance termination) {
        return taskService.createTaskQuery().processInstanceId(termination.getId())
                .taskDefinitionKey(CONFIRM_ASSET_DISPOSITION).list();
    }

    private void confirm(ProcessInstance termination, InformationAsset asset, Map<String, Object> variables) {
        Task open = assetTasks(termination).stream()
                .filter(t -> asset.getName().equals(taskService.getVariable(t.getId(), Variables.ASSET_NAME.name())))
                .findFirst().orElseThrow(() -> new AssertionError("no task for " + asset.getName()));
        completeAs("ivan", "infosec", open, variables);
    }

    private void completeAs(String user, String group, Task open, Map<String, Object> variables) {
        identityService.setAuthentication(user, List.of(group));
        try {
            complete(open, variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    public static Map<String, Object> transition(String target, String successor, String notes) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.TRANSITION_TARGET.name(), target);
        if (successor != null) {
            variables.put(Variables.SUCCESSOR_NAME.name(), successor);
        }
        if (notes != null) {
            variables.put(Variables.TRANSITION_NOTES.name(), notes);
        }
        for (TransitionItem item : TransitionItem.values()) {
            variables.put(item.variable(), CheckStatus.DONE.name());
        }
        return variables;
    }

    static FileValue certificate(String fileName) {
        return org.camunda.bpm.engine.variable.Variables.fileValue(fileName).file(CERTIFICATE)
                .mimeType("application/pdf").create();
    }
}
