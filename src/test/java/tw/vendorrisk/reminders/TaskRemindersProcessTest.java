package tw.vendorrisk.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static tw.vendorrisk.reminders.TaskRemindersProcess.Elements.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import tw.vendorrisk.support.RegisterFixture;

/**
 * {@code task-reminders} against a real SMTP server (GreenMail in this JVM): the reminders 30, 7 and
 * 0 days before a due date and when overdue reach the members of the task's candidate group, each
 * exactly once however often the sweep runs.
 */
@SpringBootTest(properties = {"app.reminders.enabled=true",
        "app.reminders.tasklist-url=https://vendor-risk.example.tw/camunda/app/tasklist/default/"})
@ActiveProfiles("test")
class TaskRemindersProcessTest {

    static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final String TEST_PROCESS = "reminder-test";
    static final LocalDate DAY0 = LocalDate.of(2027, 3, 1);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        MAIL.start();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @AfterAll
    static void stopMailServer() {
        MAIL.stop();
    }

    @Autowired ProcessEngine processEngine;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired TaskReminderRepository reminders;
    @Autowired RegisterFixture fixture;

    String deploymentId;

    @BeforeEach
    void setUp() throws Exception {
        BpmnAwareTests.init(processEngine);
        identityService.clearAuthentication();
        fixture.reset();
        MAIL.purgeEmailFromAllMailboxes();
        BpmnModelInstance model = Bpmn.createExecutableProcess(TEST_PROCESS).name("提醒測試 Reminder test")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_Review").name("審查測試 Review test").camundaCandidateGroups("${group}")
                .camundaDueDate("${due}")
                .endEvent().done();
        deploymentId = repositoryService.createDeployment().addModelInstance("reminder-test.bpmn", model).deploy().getId();
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        repositoryService.deleteDeployment(deploymentId, true);
        runtimeService.createProcessInstanceQuery().processDefinitionKey(TaskRemindersProcess.KEY).list()
                .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test"));
        BpmnAwareTests.reset();
    }

    @Test
    void remindersFor30_7_0DaysAndOverdue_reachTheGroupsMembers_exactlyOnce() throws Exception {
        at(DAY0, 9);
        ProcessInstance audit = start("procurement", DAY0.plusDays(40), "恆安資訊 Hengan Information");
        ProcessInstance review = start("infosec", DAY0.plusDays(17), null);
        ProcessInstance signature = start("legal", DAY0.plusDays(10), null);
        ProcessInstance approval = start("managers", DAY0.plusDays(5), null);
        ProcessInstance notYet = start("procurement", DAY0.plusDays(20), null);

        at(DAY0.plusDays(10), 7);
        ProcessInstance sweep = running(sweep());

        assertThat(sweep).isWaitingAt(SEND_REMINDER).hasPassed(FIND_DUE_TASKS);
        assertThat(sendAll()).isEqualTo(4);
        assertThat(sweep).isEnded().hasPassed(END_REMINDERS_SENT);

        Map<String, MimeMessage> byRecipient = byRecipient(MAIL.getReceivedMessages());
        assertThat(byRecipient).containsOnlyKeys("alice@vendorrisk.example", "ivan@vendorrisk.example",
                "lena@vendorrisk.example", "mark@vendorrisk.example");
        assertThat(byRecipient.get("alice@vendorrisk.example").getSubject())
                .isEqualTo("[廠商風險 Vendor Risk] 30 天內到期 Due within 30 days: 審查測試 Review test");
        String aliceBody = (String) byRecipient.get("alice@vendorrisk.example").getContent();
        assertThat(aliceBody).contains("將於 30 天後（2027-04-10 12:00）到期")
                .contains("is due in 30 days, on 2027-04-10 12:00")
                .contains("廠商 Vendor: 恆安資訊 Hengan Information")
                .contains("流程 Process: 提醒測試 Reminder test (reminder-test)")
                .contains("案件編號 Business key: BK-procurement")
                .contains("https://vendor-risk.example.tw/camunda/app/tasklist/default/#/?task=" + taskOf(audit).getId());
        assertThat(byRecipient.get("ivan@vendorrisk.example").getSubject()).contains("7 天內到期 Due within 7 days");
        assertThat(byRecipient.get("lena@vendorrisk.example").getSubject()).contains("今日到期 Due today");
        assertThat(byRecipient.get("mark@vendorrisk.example").getSubject()).contains("已逾期 Overdue");
        assertThat((String) byRecipient.get("mark@vendorrisk.example").getContent()).contains("is overdue by 5 days");
        assertThat(byRecipient.get("mark@vendorrisk.example").getFrom()[0].toString())
                .isEqualTo("vendor-risk@vendorrisk.example");

        // the same day again: everything is recorded, nothing is sent twice
        assertEndedAt(sweep(), END_NOTHING_DUE);
        assertThat(MAIL.getReceivedMessages()).hasSize(4);
        assertThat(reminders.findAll()).hasSize(4)
                .allSatisfy(reminder -> assertThat(reminder.getStatus()).isEqualTo(TaskReminderStatus.SENT));
        assertThat(reminders.findByTaskIdOrderById(taskOf(notYet).getId())).isEmpty();

        // the next day the signature is overdue: one more mail, to legal
        MAIL.purgeEmailFromAllMailboxes();
        at(DAY0.plusDays(11), 7);
        sweep();
        assertThat(sendAll()).isEqualTo(1);
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
        MimeMessage overdue = MAIL.getReceivedMessages()[0];
        assertThat(recipients(overdue)).containsExactly("lena@vendorrisk.example");
        assertThat(overdue.getSubject()).contains("Overdue");
        assertThat(reminders.findByTaskIdOrderById(taskOf(signature).getId()))
                .extracting(TaskReminder::getKind).containsExactly(TaskReminderKind.DUE_TODAY, TaskReminderKind.OVERDUE);

        // the reminded processes were not touched
        for (ProcessInstance instance : List.of(audit, review, signature, approval, notYet)) {
            assertThat(instance).isWaitingAt("Task_Review");
        }
    }

    @Test
    void aTaskCompletedBeforeItsMailGoesOut_getsNone() {
        at(DAY0, 9);
        ProcessInstance task = start("infosec", DAY0.plusDays(1), null);
        at(DAY0.plusDays(1), 7);
        sweep();

        taskService.complete(taskOf(task).getId());
        assertThat(sendAll()).isEqualTo(1);

        assertThat(MAIL.getReceivedMessages()).isEmpty();
        assertThat(reminders.findAll()).singleElement()
                .satisfies(reminder -> assertThat(reminder.getStatus()).isEqualTo(TaskReminderStatus.TASK_CLOSED));
    }

    @Test
    void theSweepRunsDailyAtTheConfiguredTime() {
        Job timer = timer();
        Date due = timer.getDuedate();
        assertThat(due.toInstant().atZone(ZoneId.systemDefault()).toLocalTime()).hasToString("07:00");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(TaskRemindersProcess.KEY)
                .singleResult().getResourceName()).isEqualTo(TaskRemindersProcess.RESOURCE);
    }

    private ProcessInstance start(String group, LocalDate dueOn, String vendorName) {
        Map<String, Object> variables = new TreeMap<>();
        variables.put("group", group);
        variables.put("due", Date.from(dueOn.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant()));
        if (vendorName != null) {
            variables.put("vendorName", vendorName);
        }
        return runtimeService.startProcessInstanceByKey(TEST_PROCESS, "BK-" + group, variables);
    }

    private Task taskOf(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private Job timer() {
        return managementService.createJobQuery().processDefinitionKey(TaskRemindersProcess.KEY).timers().singleResult();
    }

    /** Fires the daily timer now; returns the id of the sweep's instance. */
    private String sweep() {
        List<String> before = sweepIds();
        managementService.executeJob(timer().getId());
        List<String> started = new java.util.ArrayList<>(sweepIds());
        started.removeAll(before);
        assertThat(started).hasSize(1);
        return started.get(0);
    }

    private List<String> sweepIds() {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(TaskRemindersProcess.KEY).list()
                .stream().map(instance -> instance.getId()).toList();
    }

    private ProcessInstance running(String processInstanceId) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    }

    /** The sweep instance ended at the end event. */
    private void assertEndedAt(String processInstanceId, String endEvent) {
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult().getEndTime()).isNotNull();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .activityId(endEvent).finished().count()).isEqualTo(1);
    }

    /** Runs every mail job; returns how many ran. */
    private int sendAll() {
        List<Job> jobs = managementService.createJobQuery().processDefinitionKey(TaskRemindersProcess.KEY).messages().list();
        jobs.forEach(job -> managementService.executeJob(job.getId()));
        return jobs.size();
    }

    private static void at(LocalDate day, int hour) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(hour, 0).atZone(ZoneId.systemDefault()).toInstant()));
    }

    private static Map<String, MimeMessage> byRecipient(MimeMessage[] messages) throws Exception {
        Map<String, MimeMessage> byRecipient = new TreeMap<>();
        for (MimeMessage message : messages) {
            for (String recipient : recipients(message)) {
                assertThat(byRecipient.put(recipient, message)).as("one mail for " + recipient).isNull();
            }
        }
        return byRecipient;
    }

    private static List<String> recipients(MimeMessage message) throws Exception {
        Address[] to = message.getAllRecipients();
        return Arrays.stream(to).map(Address::toString).toList();
    }
}
