package tw.vendorrisk.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;

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
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tw.vendorrisk.common.ProcessVariable;
import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.SlaReportFrequency;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.AppTest;

/** Every path of {@code onsite-review} (10.3-10.5). */
@AppTest
class OnsiteReviewProcessTest {

    static final String REVIEW = "Task_ReviewOnsiteStaffAndAccess";
    static final String ESCALATE = "Task_EscalateOverdueReview";
    static final String REMEDIATE = "Task_RemediateFinding";

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired RegisterFixture fixture;
    @Autowired OversightService oversight;
    @Autowired OversightTestSupport support;

    Contract contract;
    ProcessInstance review;
    Long activityId;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        support.deleteAllProcessInstances();
        fixture.reset();
        contract = fixture.signedContract(fixture.vendor(RegisterFixture.TAX_ID_A, "On-site Co.", "5"),
                LocalDate.now(), LocalDate.now().plusYears(1).minusDays(1), SlaReportFrequency.ANNUAL, true);
        review = support.startFirst(OversightCycle.ONSITE_REVIEW, contract.getId(), OversightKind.ONSITE_REVIEW);
        activityId = (Long) runtimeService.getVariable(review.getId(), "activityId");
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        identityService.clearAuthentication();
        BpmnAwareTests.reset();
    }

    static Map<String, Object> everyItemReviewed(String findings) {
        Map<String, Object> variables = new HashMap<>();
        ValidateOnsiteChecklistListener.CHECKLIST.forEach(item -> variables.put(item.name(), true));
        variables.put("findings", findings);
        variables.put("remediationDueInDays", 20);
        variables.put("summary", "Reviewed on site");
        return variables;
    }

    @Test
    void everyItemReviewedWithoutFindings_completesTheReview() {
        assertThat(review).isWaitingAt(REVIEW).task().hasCandidateGroup("infosec");
        OversightActivity opened = oversight.activity(activityId);
        assertThat(opened.getStatus()).isEqualTo(OversightStatus.OPEN);
        assertThat(OversightTestSupport.day(support.task(review, REVIEW).getDueDate())).isEqualTo(opened.getDueOn());

        complete(support.task(review, REVIEW), everyItemReviewed(""));

        assertThat(review).isEnded();
        assertThat(oversight.activity(activityId).getStatus()).isEqualTo(OversightStatus.DONE);
        assertThat(oversight.activity(activityId).getOutcome()).isEqualTo(OversightCycle.OUTCOME_SATISFACTORY);
    }

    @Test
    void aChecklistItemNotReviewed_refusesTheTask_andNothingChanges() {
        Map<String, Object> variables = everyItemReviewed("");
        variables.put(OversightCycle.Variables.NETWORK_ISOLATION_REVIEWED.name(), false);
        Task task = support.task(review, REVIEW);

        assertThatThrownBy(() -> taskService.complete(task.getId(), variables))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("networkIsolationReviewed");
        assertThat(review).isWaitingAt(REVIEW);
        assertThat(oversight.activity(activityId).getStatus()).isEqualTo(OversightStatus.OPEN);
    }

    @Test
    void findings_becomeRemediationTasksForProcurement() {
        complete(support.task(review, REVIEW), everyItemReviewed("Temporary card 12 not returned\nShared admin PC"));

        assertThat(taskService.createTaskQuery().processInstanceId(review.getId()).taskDefinitionKey(REMEDIATE)
                .taskCandidateGroup("procurement").count()).isEqualTo(2);
        taskService.createTaskQuery().processInstanceId(review.getId()).taskDefinitionKey(REMEDIATE).list()
                .forEach(task -> taskService.complete(task.getId(), Map.of("resolution", "Done")));
        assertThat(review).isEnded();
        assertThat(oversight.activity(activityId).getOutcome()).isEqualTo(OversightCycle.OUTCOME_FINDINGS);
    }

    @Test
    void aReviewOverdue_escalatesToManagers_andStaysOpen() {
        support.fireNextTimer(review);

        Task escalation = support.task(review, ESCALATE);
        assertThat(escalation).isNotNull();
        assertThat(taskService.getIdentityLinksForTask(escalation.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("managers"));
        assertThat(review).isWaitingAt(REVIEW, ESCALATE);
        assertThat(ClockUtil.getCurrentTime()).isAfter(support.task(review, REVIEW).getDueDate());
    }

    @Test
    void checklistNamesAreTheFormFields() {
        assertThat(ValidateOnsiteChecklistListener.CHECKLIST).extracting(ProcessVariable::name)
                .containsExactly("staffListReviewed", "workLocationsReviewed", "connectionsReviewed",
                        "deviceUseReviewed", "dataCentreEntryReviewed", "accessCardsReviewed",
                        "networkIsolationReviewed");
    }
}
