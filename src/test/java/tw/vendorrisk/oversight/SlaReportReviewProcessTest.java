package tw.vendorrisk.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.ContractDocumentRepository;
import tw.vendorrisk.register.DocumentKind;
import tw.vendorrisk.register.SlaReportFrequency;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.AppTest;

/** Every path of {@code sla-report-review} (12.2): on time, late and chased, still missing and escalated. */
@AppTest
class SlaReportReviewProcessTest {

    static final String UPLOAD = "Task_UploadSlaReport";
    static final String CHASE = "Task_ChaseSlaReport";
    static final String ESCALATE = "Task_EscalateLateSlaReport";
    static final String REVIEW = "Task_ReviewSlaReport";

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired RegisterFixture fixture;
    @Autowired OversightService oversight;
    @Autowired OversightTestSupport support;
    @Autowired ContractDocumentRepository documents;

    Contract contract;
    ProcessInstance report;
    Long activityId;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        support.deleteAllProcessInstances();
        fixture.reset();
        contract = fixture.signedContract(fixture.vendor(RegisterFixture.TAX_ID_A, "Reporting Co.", "5"),
                LocalDate.now(), LocalDate.now().plusYears(1).minusDays(1), SlaReportFrequency.QUARTERLY, false);
        report = support.startFirst(OversightCycle.SLA_REPORT_REVIEW, contract.getId(), OversightKind.SLA_REPORT);
        activityId = (Long) runtimeService.getVariable(report.getId(), "activityId");
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        identityService.clearAuthentication();
        BpmnAwareTests.reset();
    }

    static Map<String, Object> uploaded() {
        return Map.of("slaReport", Variables.fileValue("sla-q1.txt")
                .file("Availability 99.95 %, 0 incidents".getBytes(StandardCharsets.UTF_8))
                .mimeType("text/plain").create());
    }

    @Test
    void aReportOnTime_isKeptReviewedAndFiled() {
        assertThat(report).isWaitingAt(UPLOAD).task().hasCandidateGroup("procurement");
        OversightActivity activity = oversight.activity(activityId);
        assertThat(OversightTestSupport.day(support.task(report, UPLOAD).getDueDate())).isEqualTo(activity.getDueOn())
                .isEqualTo(activity.getPeriodEnd().plusDays(15));

        complete(support.task(report, UPLOAD), uploaded());
        assertThat(report).isWaitingAt(REVIEW);
        assertThat(runtimeService.getVariable(report.getId(), "slaReport")).as("the file lives in the register").isNull();
        complete(support.task(report, REVIEW), withVariables("slaMet", true, "summary", "All levels met"));

        assertThat(report).isEnded();
        OversightActivity filed = oversight.activity(activityId);
        assertThat(filed.getStatus()).isEqualTo(OversightStatus.DONE);
        assertThat(filed.getOutcome()).isEqualTo(OversightCycle.OUTCOME_SLA_MET);
        assertThat(documents.findById(filed.getDocumentId())).hasValueSatisfying(document -> {
            assertThat(document.getKind()).isEqualTo(DocumentKind.SLA_REPORT);
            assertThat(document.getFileName()).isEqualTo("sla-q1.txt");
        });
    }

    @Test
    void aLateReport_isChasedByProcurement_thenEscalatedToManagers_andFilingEndsBoth() {
        support.fireNextTimer(report);
        assertThat(report).isWaitingAt(UPLOAD, CHASE);
        complete(support.task(report, CHASE), withVariables("vendorChasedOn", LocalDate.now().toString(),
                "chaseNotes", "Phoned the account manager"));

        support.fireNextTimer(report);
        Task escalation = support.task(report, ESCALATE);
        assertThat(taskService.getIdentityLinksForTask(escalation.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("managers"));

        complete(support.task(report, UPLOAD), uploaded());
        complete(support.task(report, REVIEW), withVariables("slaMet", false, "summary", "Availability missed"));

        assertThat(report).isEnded().hasPassed(CHASE);
        assertThat(oversight.activity(activityId).getOutcome()).isEqualTo(OversightCycle.OUTCOME_SLA_MISSED);
        assertThat(taskService.createTaskQuery().processInstanceId(report.getId()).count())
                .as("the open escalation ends with the filed report").isZero();
    }

    @Test
    void completingTheUploadWithoutAFile_isRefused_andNothingIsKept() {
        Task upload = support.task(report, UPLOAD);
        long before = documents.count();

        assertThatThrownBy(() -> taskService.complete(upload.getId(), Map.of()))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("SLA report");
        assertThat(report).isWaitingAt(UPLOAD);
        assertThat(documents.count()).isEqualTo(before);
    }
}
