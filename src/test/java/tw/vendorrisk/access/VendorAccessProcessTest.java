package tw.vendorrisk.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static tw.vendorrisk.access.VendorAccessProcess.Elements.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tw.vendorrisk.access.VendorAccessProcess.Variables;
import tw.vendorrisk.termination.ContractEnding;
import tw.vendorrisk.oversight.OversightTestSupport;
import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.RegisterException;
import tw.vendorrisk.register.SlaReportFrequency;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.AppTest;

/** Every path of {@code vendor-access} (Art. 8, 9): granted and expired, refused, ended with the contract. */
@AppTest
class VendorAccessProcessTest {

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired RegisterFixture fixture;
    @Autowired AccessService access;
    @Autowired ContractEnding contractEnding;
    @Autowired OversightTestSupport support;

    Contract contract;
    LocalDate today;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        support.deleteAllProcessInstances();
        fixture.reset();
        today = LocalDate.now();
        contract = fixture.signedContract(fixture.vendor(RegisterFixture.TAX_ID_A, "Access Co.", "5"),
                today.minusMonths(1), today.plusMonths(6), SlaReportFrequency.QUARTERLY, true);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        identityService.clearAuthentication();
        BpmnAwareTests.reset();
    }

    Map<String, Object> request(LocalDate until, boolean tradeSecrets) {
        Map<String, Object> variables = new HashMap<>(Map.of(Variables.CONTRACT_ID.name(), contract.getId(),
                Variables.PERSON_NAME.name(), "陳工程師 Engineer Chen", Variables.PERSON_ROLE.name(), "DBA",
                Variables.ASSETS.name(), "ERP database (read)", Variables.PURPOSE.name(), "Quarterly maintenance",
                Variables.REQUESTED_UNTIL.name(), until.toString(), Variables.TRADE_SECRETS.name(), tradeSecrets,
                Variables.REQUESTED_BY.name(), "peter"));
        variables.put("accessQuery", true);
        variables.put("accessUse", true);
        return variables;
    }

    ProcessInstance throughAssessment(LocalDate until) {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(VendorAccessProcess.KEY, request(until, false));
        assertThat(instance).isWaitingAt(BRIEF_SECURITY_RULES).task().hasCandidateGroup("project-leads");
        complete(task(instance), withVariables(Variables.RULES_ACKNOWLEDGED_ON.name(), today.toString()));
        assertThat(instance).isWaitingAt(ASSESS_RISK);
        complete(task(instance), withVariables(Variables.LEAST_PRIVILEGE.name(), true,
                Variables.ACCESS_CONTROLS_PER_KIND.name(), true, Variables.USE_WITHIN_SCOPE.name(), true, Variables.RISK_LEVEL.name(), "LOW",
                Variables.RISK_ASSESSMENT.name(), "Read-only, masked data"));
        assertThat(instance).isWaitingAt(APPROVE_ACCESS).task().hasCandidateGroup("managers");
        return instance;
    }

    org.camunda.bpm.engine.task.Task task(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    AccessGrant grantOf(ProcessInstance instance) {
        return access.grant((Long) processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(Variables.ACCESS_GRANT_ID.name()).singleResult()
                .getValue());
    }

    @Test
    void approvedAccess_isActiveUntilItsDay_thenRevokedByTheTimer() {
        ProcessInstance instance = throughAssessment(today.plusMonths(2));
        complete(task(instance), withVariables(Variables.ACCESS_APPROVED.name(), true,
                Variables.DECISION_REASON.name(), "Needed for the maintenance window"));

        assertThat(instance).isWaitingAt(ACCESS_EXPIRES);
        AccessGrant grant = grantOf(instance);
        assertThat(grant.getStatus()).isEqualTo(AccessGrantStatus.ACTIVE);
        assertThat(grant.getGrantedUntil()).isEqualTo(today.plusMonths(2));
        assertThat(grant.getAccessKindSet()).containsExactlyInAnyOrder(AccessKind.QUERY, AccessKind.USE);
        assertThat(grant.getRulesAcknowledgedOn()).isEqualTo(today);
        assertThat(grant.getRiskLevel()).isEqualTo("LOW");
        assertThat(access.activeCount(contract.getId())).isEqualTo(1);

        support.fireNextTimer(instance);

        assertThat(instance).isEnded().hasPassed(REVOKE_ACCESS);
        AccessGrant revoked = grantOf(instance);
        assertThat(revoked.getStatus()).isEqualTo(AccessGrantStatus.REVOKED);
        assertThat(revoked.getRevocationReason()).isEqualTo(RevocationReason.EXPIRED);
        assertThat(OversightTestSupport.day(java.util.Date.from(revoked.getRevokedAt().toInstant())))
                .isEqualTo(today.plusMonths(2).plusDays(1));
        assertThat(access.activeCount(contract.getId())).as("revoked access is not active in the register").isZero();
    }

    @Test
    void accessAskedForBeyondTheContract_isGrantedOnlyUntilTheContractEnds() {
        ProcessInstance instance = throughAssessment(today.plusYears(2));
        complete(task(instance), withVariables(Variables.ACCESS_APPROVED.name(), true,
                Variables.DECISION_REASON.name(), "OK"));

        assertThat(grantOf(instance).getGrantedUntil()).isEqualTo(contract.getTermEnd());
        support.fireNextTimer(instance);
        assertThat(grantOf(instance).getRevocationReason()).isEqualTo(RevocationReason.CONTRACT_ENDED);
    }

    @Test
    void refusedAccess_isRecordedWithItsReason() {
        ProcessInstance instance = throughAssessment(today.plusMonths(2));
        complete(task(instance), withVariables(Variables.ACCESS_APPROVED.name(), false,
                Variables.DECISION_REASON.name(), "Use the masked copy instead"));

        assertThat(instance).isEnded().hasPassed(RECORD_REFUSAL);
        assertThat(grantOf(instance).getStatus()).isEqualTo(AccessGrantStatus.REFUSED);
        assertThat(grantOf(instance).getDecisionReason()).isEqualTo("Use the masked copy instead");
    }

    @Test
    void whenTheContractEnds_activeAccessIsRevokedAtOnce_andTheProcessEnds() {
        ProcessInstance instance = throughAssessment(today.plusMonths(2));
        complete(task(instance), withVariables(Variables.ACCESS_APPROVED.name(), true,
                Variables.DECISION_REASON.name(), "OK"));

        contractEnding.end(contract.getId(), RevocationReason.TERMINATED, "mark");

        assertThat(instance).isEnded().hasPassed(REVOKE_AT_CONTRACT_END);
        assertThat(grantOf(instance).getStatus()).isEqualTo(AccessGrantStatus.REVOKED);
        assertThat(grantOf(instance).getRevocationReason()).isEqualTo(RevocationReason.TERMINATED);
        assertThat(access.activeCount(contract.getId())).isZero();
    }

    @Test
    void aRequestStillUndecidedWhenTheContractEnds_isRefused() {
        ProcessInstance instance = throughAssessment(today.plusMonths(2));

        contractEnding.end(contract.getId(), RevocationReason.TERMINATED, "mark");

        assertThat(instance).isEnded();
        assertThat(grantOf(instance).getStatus()).isEqualTo(AccessGrantStatus.REFUSED);
    }

    @Test
    void anAssessmentWithoutLeastPrivilege_isRefused() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(VendorAccessProcess.KEY,
                request(today.plusMonths(2), true));
        complete(task(instance), withVariables(Variables.RULES_ACKNOWLEDGED_ON.name(), today.toString()));

        assertThatThrownBy(() -> taskService.complete(task(instance).getId(), Map.of(
                Variables.LEAST_PRIVILEGE.name(), false, Variables.ACCESS_CONTROLS_PER_KIND.name(), true, Variables.USE_WITHIN_SCOPE.name(), true,
                Variables.RISK_LEVEL.name(), "LOW", Variables.RISK_ASSESSMENT.name(), "x")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("9.1");
        assertThatThrownBy(() -> taskService.complete(task(instance).getId(), Map.of(
                Variables.LEAST_PRIVILEGE.name(), true, Variables.ACCESS_CONTROLS_PER_KIND.name(), true, Variables.USE_WITHIN_SCOPE.name(), true,
                Variables.RISK_LEVEL.name(), "LOW", Variables.RISK_ASSESSMENT.name(), "x")))
                .as("trade secrets need their protection confirmed")
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("9.3.1");
        assertThat(instance).isWaitingAt(ASSESS_RISK);
    }

    @Test
    void aRequestWithoutAnyKindOfAccess_orForAnEndedContract_isRefusedAtTheStart() {
        Map<String, Object> noKinds = request(today.plusMonths(2), false);
        noKinds.put("accessQuery", false);
        noKinds.put("accessUse", false);
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(VendorAccessProcess.KEY, noKinds))
                .isInstanceOf(RegisterException.class).hasMessageContaining("at least one kind");

        contractEnding.end(contract.getId(), RevocationReason.TERMINATED, "mark");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(VendorAccessProcess.KEY,
                request(today.plusMonths(2), false)))
                .isInstanceOf(RegisterException.class).hasMessageContaining("signed, running contract");
        assertThat(access.grantsOf(contract.getId())).isEmpty();
    }
}
