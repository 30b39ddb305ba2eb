package tw.vendorrisk.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tw.vendorrisk.access.RevocationReason;
import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.SlaReportFrequency;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.AppTest;
import tw.vendorrisk.termination.ContractEnding;
import tw.vendorrisk.oversight.ContractOversightProcess.Elements;

/**
 * {@code contract-oversight} over a contract's whole term, with the engine clock moved from timer to
 * timer: every audit (12.1), on-site review (10.3-10.5) and SLA report (12.2) falls due once, on
 * time, and none after the contract ends.
 */
@AppTest
class ContractOversightProcessTest {

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired IdentityService identityService;
    @Autowired RegisterFixture fixture;
    @Autowired OversightService oversight;
    @Autowired ContractEnding contractEnding;
    @Autowired PlatformTransactionManager transactionManager;

    Vendor vendor;
    LocalDate termStart;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        runtimeService.createProcessInstanceQuery().list().forEach(pi -> runtimeService
                .deleteProcessInstanceIfExists(pi.getId(), "test set-up", true, true, true, false));
        fixture.reset();
        vendor = fixture.vendor(RegisterFixture.TAX_ID_A, "On-site Systems Co.", "5");
        termStart = LocalDate.now();
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        identityService.clearAuthentication();
        BpmnAwareTests.reset();
    }

    @Test
    void aThreeYearContract_has3Audits6OnsiteReviewsAnd12QuarterlySlaReports_eachOnTime() {
        Contract contract = fixture.signedContract(vendor, termStart, termStart.plusYears(3).minusDays(1),
                SlaReportFrequency.QUARTERLY, true);
        ProcessInstance schedule = startOversight(contract);

        assertThat(schedule).isWaitingAt(Elements.AUDIT_DUE, Elements.ONSITE_REVIEW_DUE, Elements.SLA_REPORT_DUE);
        List<Started> started = runScheduleToTheEnd(schedule);

        assertThat(started).filteredOn(s -> s.key().equals(OversightCycle.VENDOR_AUDIT)).hasSize(3);
        assertThat(started).filteredOn(s -> s.key().equals(OversightCycle.ONSITE_REVIEW)).hasSize(6);
        assertThat(started).filteredOn(s -> s.key().equals(OversightCycle.SLA_REPORT_REVIEW)).hasSize(12);
        // nothing more falls due; the schedule ends when the last review is done
        assertThat(managementService.createJobQuery().processInstanceId(schedule.getId()).count()).isZero();
        assertThat(schedule).isWaitingAt(Elements.CALL_AUDIT, Elements.CALL_ONSITE_REVIEW,
                Elements.CALL_SLA_REPORT_REVIEW);

        // each started on the day its activity opens, and its tasks fall due on the activity's due date
        for (Started s : started) {
            OversightActivity activity = oversight.activity(s.activityId());
            assertThat(s.startedOn()).isEqualTo(activity.getOpensOn());
            assertThat(activity.getDueOn()).isAfterOrEqualTo(activity.getOpensOn());
            assertThat(activity.getStatus()).isEqualTo(OversightStatus.OPEN);
        }
        List<LocalDate> auditDue = dueDates(contract, OversightKind.AUDIT);
        assertThat(auditDue).containsExactly(termStart.plusYears(1).minusDays(1), termStart.plusYears(2).minusDays(1),
                termStart.plusYears(3).minusDays(1));
        List<LocalDate> reviewDue = dueDates(contract, OversightKind.ONSITE_REVIEW);
        assertThat(reviewDue).hasSize(6).allSatisfy(due -> assertThat(due).isBefore(termStart.plusYears(3)));
        assertThat(reviewDue.get(0)).isEqualTo(termStart.plusMonths(6).minusDays(1));
        // the review task shows its due date in the Tasklist
        Task firstReview = taskService.createTaskQuery().processDefinitionKey(OversightCycle.ONSITE_REVIEW)
                .orderByDueDate().asc().listPage(0, 1).get(0);
        assertThat(toDate(firstReview.getDueDate())).isEqualTo(reviewDue.get(0));
    }

    @Test
    void aContractWithoutOnsiteStaffOrSlaReports_hasOnlyItsAudits() {
        Contract contract = fixture.signedContract(vendor, termStart, termStart.plusMonths(11),
                SlaReportFrequency.NONE, false);
        ProcessInstance schedule = startOversight(contract);

        List<Started> started = runScheduleToTheEnd(schedule);

        assertThat(started).extracting(Started::key).containsExactly(OversightCycle.VENDOR_AUDIT);
        assertThat(oversight.activity(started.get(0).activityId()).getDueOn()).isEqualTo(termStart.plusMonths(11));
        assertThat(managementService.createJobQuery().processInstanceId(schedule.getId()).count()).isZero();

        // when the audit is done, the schedule is over
        ProcessInstance audit = children(schedule).get(0);
        taskService.complete(taskService.createTaskQuery().processInstanceId(audit.getId()).singleResult().getId(),
                Map.of("auditScope", "Access logs", "auditors", "ivan", "plannedFieldworkOn", termStart.toString()));
        taskService.complete(taskService.createTaskQuery().processInstanceId(audit.getId()).singleResult().getId(),
                Map.of("findings", "", "remediationDueInDays", 30, "summary", "No findings"));
        assertThat(audit).isEnded();
        assertThat(schedule).isEnded().hasPassed(Elements.END_TERM_OVER);
    }

    @Test
    void whenTheContractEnds_theScheduleStops_nothingFallsDueAfterIt_andRunningReviewsAreCancelled() {
        Contract contract = fixture.signedContract(vendor, termStart, termStart.plusYears(3).minusDays(1),
                SlaReportFrequency.SEMI_ANNUAL, true);
        ProcessInstance schedule = startOversight(contract);
        // run the first year
        List<Started> firstYear = runUntil(schedule, termStart.plusYears(1));
        assertThat(firstYear).isNotEmpty();
        long runningReviews = runtimeService.createProcessInstanceQuery()
                .processDefinitionKeyIn(OversightCycle.VENDOR_AUDIT, OversightCycle.ONSITE_REVIEW,
                        OversightCycle.SLA_REPORT_REVIEW).active().count();
        assertThat(runningReviews).isPositive();

        ContractEnding.Ended ended = contractEnding.end(contract.getId(), RevocationReason.TERMINATED, "mark");

        assertThat(schedule).isEnded().hasPassed(Elements.END_STOPPED);
        assertThat(runtimeService.createProcessInstanceQuery()
                .processDefinitionKeyIn(OversightCycle.VENDOR_AUDIT, OversightCycle.ONSITE_REVIEW,
                        OversightCycle.SLA_REPORT_REVIEW).count()).isZero();
        assertThat(managementService.createJobQuery().list()).as("no job of any process instance is left")
                .noneMatch(job -> job.getProcessInstanceId() != null);
        assertThat(ended.oversightCancelled()).isPositive();
        assertThat(oversight.activitiesOf(contract.getId()))
                .allSatisfy(a -> assertThat(a.getStatus()).isIn(OversightStatus.CANCELLED, OversightStatus.DONE));
        // two more years pass: nothing falls due
        ClockUtil.setCurrentTime(date(termStart.plusYears(3)));
        assertThat(managementService.createJobQuery().executable().list())
                .noneMatch(job -> job.getProcessInstanceId() != null);
    }

    @Test
    void signingAContract_startsItsOversight() {
        Contract contract = fixture.signedContract(vendor, termStart, termStart.plusYears(1).minusDays(1),
                SlaReportFrequency.ANNUAL, false);
        ProcessInstance signing = runtimeService.createProcessInstanceByKey("contract-signing")
                .startBeforeActivity(tw.vendorrisk.contract.ContractSigningProcess.Elements.START_OVERSIGHT)
                .setVariables(withVariables(ContractOversightProcess.Variables.CONTRACT_ID.name(), contract.getId()))
                .execute();

        assertThat(signing).isEnded();
        ProcessInstance schedule = planned(runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ContractOversightProcess.KEY)
                .processInstanceBusinessKey(contract.getId().toString()).singleResult());
        assertThat(schedule).isWaitingAt(Elements.AUDIT_DUE, Elements.SLA_REPORT_DUE);
        assertThat(oversight.activitiesOf(contract.getId())).extracting(OversightActivity::getKind)
                .containsExactly(OversightKind.AUDIT, OversightKind.SLA_REPORT);
    }

    @Test
    void planningWritesTheRegisterInItsJobsTransaction_aJobThatDiesLeavesNothing() {
        // the engine runs its commands, jobs included, in the transaction the register's JPA writes join
        assertThat(((SpringProcessEngineConfiguration) processEngine.getProcessEngineConfiguration())
                .getTransactionManager()).isSameAs(transactionManager).isInstanceOf(JpaTransactionManager.class);
        Contract contract = fixture.signedContract(vendor, termStart, termStart.plusYears(1).minusDays(1),
                SlaReportFrequency.ANNUAL, true);

        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(transaction -> {
            startOversight(contract);
            assertThat(oversight.activitiesOf(contract.getId())).isNotEmpty();
            throw new IllegalStateException("the node dies before the commit");
        })).hasMessage("the node dies before the commit");

        assertThat(oversight.activitiesOf(contract.getId())).as("register writes rolled back").isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ContractOversightProcess.KEY)
                .count()).as("engine writes rolled back").isZero();
    }

    record Started(String key, Long activityId, LocalDate startedOn) {
    }

    ProcessInstance startOversight(Contract contract) {
        ProcessInstance schedule = runtimeService.startProcessInstanceByKey(ContractOversightProcess.KEY,
                contract.getId().toString(), Map.of(ContractOversightProcess.Variables.CONTRACT_ID.name(), contract.getId()));
        return planned(schedule);
    }

    /** Planning runs as its own job (async before): the test runs it as the job executor would. */
    ProcessInstance planned(ProcessInstance schedule) {
        assertThat(schedule).isWaitingAt(Elements.PLAN_OVERSIGHT);
        assertThat(oversight.activitiesOf(Long.valueOf(schedule.getBusinessKey()))).as("nothing planned before the job")
                .isEmpty();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(schedule.getId())
                .activityId(Elements.PLAN_OVERSIGHT).singleResult().getId());
        return schedule;
    }

    List<Started> runScheduleToTheEnd(ProcessInstance schedule) {
        return runUntil(schedule, LocalDate.MAX.minusYears(1));
    }

    /** Moves the clock from one schedule timer to the next and fires it, up to the given day. */
    List<Started> runUntil(ProcessInstance schedule, LocalDate until) {
        List<Started> started = new ArrayList<>();
        while (true) {
            List<Job> timers = managementService.createJobQuery().processInstanceId(schedule.getId()).timers().list();
            if (timers.isEmpty()) {
                return started;
            }
            Job next = timers.stream().min(Comparator.comparing(Job::getDuedate)).orElseThrow();
            if (!toDate(next.getDuedate()).isBefore(until)) {
                return started;
            }
            ClockUtil.setCurrentTime(next.getDuedate());
            long before = children(schedule).size();
            managementService.executeJob(next.getId());
            List<ProcessInstance> children = children(schedule);
            assertThat(children).hasSize((int) before + 1);
            ProcessInstance child = children.get(children.size() - 1);
            Long activityId = (Long) runtimeService.getVariable(child.getId(), OversightCycle.Variables.ACTIVITY_ID.name());
            String key = processEngine.getRepositoryService().getProcessDefinition(child.getProcessDefinitionId()).getKey();
            started.add(new Started(key, activityId, toDate(next.getDuedate())));
        }
    }

    List<ProcessInstance> children(ProcessInstance schedule) {
        return runtimeService.createProcessInstanceQuery().superProcessInstanceId(schedule.getId()).list().stream()
                .sorted(Comparator.comparing(pi -> historyService.createHistoricProcessInstanceQuery()
                        .processInstanceId(pi.getId()).singleResult().getStartTime()))
                .toList();
    }

    List<LocalDate> dueDates(Contract contract, OversightKind kind) {
        return oversight.activitiesOf(contract.getId()).stream().filter(a -> a.getKind() == kind)
                .map(OversightActivity::getDueOn).toList();
    }

    static LocalDate toDate(Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
