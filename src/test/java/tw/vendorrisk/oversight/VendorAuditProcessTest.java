package tw.vendorrisk.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.RegisterException;
import tw.vendorrisk.register.SlaReportFrequency;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.AppTest;

/** Every path of {@code vendor-audit} (12.1): scheduled or ad hoc, with or without findings, remediation overdue. */
@AppTest
class VendorAuditProcessTest {

    static final String PLAN = "Task_PlanAudit";
    static final String FIELDWORK = "Task_PerformAuditFieldwork";
    static final String REMEDIATE = "Task_RemediateFinding";
    static final String DECIDE_OVERDUE = "Task_DecideOverdueRemediation";

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired RegisterFixture fixture;
    @Autowired OversightService oversight;
    @Autowired OversightTestSupport support;

    Contract contract;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        support.deleteAllProcessInstances();
        fixture.reset();
        contract = fixture.signedContract(fixture.vendor(RegisterFixture.TAX_ID_A, "Audited Co.", "5"),
                LocalDate.now(), LocalDate.now().plusYears(2).minusDays(1), SlaReportFrequency.ANNUAL, false);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        identityService.clearAuthentication();
        BpmnAwareTests.reset();
    }

    @Test
    void aScheduledAuditWithoutFindings_isDoneAndSatisfactory() {
        ProcessInstance audit = support.startFirst(OversightCycle.VENDOR_AUDIT, contract.getId(), OversightKind.AUDIT);
        Long activityId = (Long) runtimeService.getVariable(audit.getId(), "activityId");

        assertThat(audit).isWaitingAt(PLAN).task().hasCandidateGroup("infosec");
        Task plan = support.task(audit, PLAN);
        assertThat(OversightTestSupport.day(plan.getDueDate())).isEqualTo(oversight.activity(activityId).getDueOn());
        complete(plan, withVariables("auditScope", "Access control, logs", "auditors", "ivan",
                "plannedFieldworkOn", LocalDate.now().toString()));
        complete(support.task(audit, FIELDWORK), withVariables("findings", " \n", "remediationDueInDays", 30,
                "summary", "All controls effective"));

        assertThat(audit).isEnded().hasPassed("Task_CompleteAudit");
        OversightActivity done = oversight.activity(activityId);
        assertThat(done.getStatus()).isEqualTo(OversightStatus.DONE);
        assertThat(done.getOutcome()).isEqualTo(OversightCycle.OUTCOME_SATISFACTORY);
        assertThat(done.getSummary()).isEqualTo("All controls effective");
    }

    @Test
    void findingsBecomeRemediationTasks_withDueDates_andTheAuditEndsWhenAllAreRemedied() {
        ProcessInstance audit = support.startFirst(OversightCycle.VENDOR_AUDIT, contract.getId(), OversightKind.AUDIT);
        Long activityId = (Long) runtimeService.getVariable(audit.getId(), "activityId");
        complete(support.task(audit, PLAN), withVariables("auditScope", "Backups", "auditors", "ivan",
                "plannedFieldworkOn", LocalDate.now().toString()));
        complete(support.task(audit, FIELDWORK), withVariables(
                "findings", "1. Backups not tested\n- Admin accounts shared", "remediationDueInDays", 14,
                "summary", "Two findings"));

        List<Task> remediation = taskService.createTaskQuery().processInstanceId(audit.getId())
                .taskDefinitionKey(REMEDIATE).list();
        assertThat(remediation).hasSize(2);
        assertThat(remediation).allSatisfy(task -> assertThat(OversightTestSupport.day(task.getDueDate()))
                .isEqualTo(OversightTestSupport.day(ClockUtil.getCurrentTime()).plusDays(14)));
        assertThat(remediation).extracting(t -> taskService.getVariable(t.getId(), "remediationDescription"))
                .containsExactlyInAnyOrder("Backups not tested", "Admin accounts shared");

        remediation.forEach(task -> taskService.complete(task.getId(), Map.of("resolution", "Fixed, evidence on file")));

        assertThat(audit).isEnded();
        assertThat(oversight.activity(activityId).getOutcome()).isEqualTo(OversightCycle.OUTCOME_FINDINGS);
        assertThat(oversight.remediationIds(activityId)).map(oversight::remediation)
                .allSatisfy(item -> {
                    assertThat(item.getStatus()).isEqualTo(RemediationItem.Status.DONE);
                    assertThat(item.getResolution()).isEqualTo("Fixed, evidence on file");
                });
    }

    @Test
    void remediationNotDoneByItsDueDate_escalatesToManagers() {
        ProcessInstance audit = support.startFirst(OversightCycle.VENDOR_AUDIT, contract.getId(), OversightKind.AUDIT);
        Long activityId = (Long) runtimeService.getVariable(audit.getId(), "activityId");
        complete(support.task(audit, PLAN), withVariables("auditScope", "Backups", "auditors", "ivan",
                "plannedFieldworkOn", LocalDate.now().toString()));
        complete(support.task(audit, FIELDWORK), withVariables("findings", "Backups not tested",
                "remediationDueInDays", 10, "summary", "One finding"));

        support.fireNextTimer(audit);

        Task escalation = support.task(audit, DECIDE_OVERDUE);
        assertThat(escalation).isNotNull();
        assertThat(taskService.getIdentityLinksForTask(escalation.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("managers"));
        assertThat(support.task(audit, REMEDIATE)).as("the remediation itself stays open").isNotNull();
        RemediationItem item = oversight.remediation(oversight.remediationIds(activityId).get(0));
        assertThat(item.getEscalatedAt()).isNotNull();

        complete(escalation, withVariables("escalationInstructions", "Vendor to fix within a week, report to board"));
        complete(support.task(audit, REMEDIATE), withVariables("resolution", "Restore test done"));
        assertThat(audit).isEnded();
    }

    @Test
    void infosecStartsAnAdHocAudit_forARunningContract() {
        ProcessInstance audit = runtimeService.startProcessInstanceByKey(OversightCycle.VENDOR_AUDIT,
                Map.of("contractId", contract.getId(), "auditReason", "Incident at the vendor", "auditDueInDays", 20));

        assertThat(audit).hasPassed("Task_RegisterAdHocAudit").isWaitingAt(PLAN);
        Long activityId = (Long) runtimeService.getVariable(audit.getId(), "activityId");
        OversightActivity activity = oversight.activity(activityId);
        assertThat(activity.isAdHoc()).isTrue();
        assertThat(activity.getKind()).isEqualTo(OversightKind.AUDIT);
        assertThat(activity.getDueOn()).isEqualTo(LocalDate.now().plusDays(20));
        assertThat(activity.getStatus()).isEqualTo(OversightStatus.OPEN);
    }

    @Test
    void anAdHocAuditForAnUnknownContract_isRefusedAndNothingIsWritten() {
        int activities = oversight.activitiesOf(contract.getId()).size();

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(OversightCycle.VENDOR_AUDIT,
                Map.of("contractId", 999_999L, "auditReason", "x", "auditDueInDays", 20)))
                .isInstanceOf(RegisterException.class).hasMessageContaining("Contract 999999 does not exist");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(OversightCycle.VENDOR_AUDIT).count())
                .isZero();
        assertThat(oversight.activitiesOf(contract.getId())).hasSize(activities);
    }
}
