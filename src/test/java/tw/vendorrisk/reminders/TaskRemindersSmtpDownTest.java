package tw.vendorrisk.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import tw.vendorrisk.support.RegisterFixture;

/**
 * A mail server that is down delays the reminder, never the process: the mail's job fails, is
 * tried three times in all, ten minutes apart, then becomes an incident; the reminded task stays as it
 * was. Once the server is back, retrying the incident sends the mail.
 */
@SpringBootTest(properties = {"app.reminders.enabled=true", "spring.mail.properties.mail.smtp.connectiontimeout=2000",
        "spring.mail.properties.mail.smtp.timeout=2000"})
@ActiveProfiles("test")
class TaskRemindersSmtpDownTest {

    /** A port nothing listens on, until the test starts a mail server there. */
    static final int SMTP_PORT = freePort();
    static final LocalDate DAY0 = LocalDate.of(2027, 3, 1);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired ProcessEngine processEngine;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired TaskReminderRepository reminders;
    @Autowired RegisterFixture fixture;

    String deploymentId;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        identityService.clearAuthentication();
        fixture.reset();
        deploymentId = repositoryService.createDeployment().addModelInstance("reminder-test.bpmn",
                Bpmn.createExecutableProcess("reminder-test").camundaHistoryTimeToLive(1).startEvent()
                        .userTask("Task_Review").name("審查測試 Review test").camundaCandidateGroups("infosec")
                        .camundaDueDate("${due}").endEvent().done()).deploy().getId();
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        repositoryService.deleteDeployment(deploymentId, true);
        BpmnAwareTests.reset();
    }

    @Test
    void mailServerDown_retriesThenIncident_theTaskIsUntouched_andTheMailGoesOutOnceItIsBack() throws Exception {
        at(DAY0, 9);
        ProcessInstance reviewed = runtimeService.startProcessInstanceByKey("reminder-test",
                Map.of("due", Date.from(DAY0.plusDays(1).atTime(17, 0).atZone(ZoneId.systemDefault()).toInstant())));
        at(DAY0.plusDays(1), 7);
        managementService.executeJob(managementService.createJobQuery().processDefinitionKey(TaskRemindersProcess.KEY)
                .timers().singleResult().getId());
        Job mail = managementService.createJobQuery().processDefinitionKey(TaskRemindersProcess.KEY).messages()
                .singleResult();

        int attempts = 0;
        while (mail.getRetries() > 0 && attempts < 10) {
            String jobId = mail.getId();
            assertThatThrownBy(() -> managementService.executeJob(jobId))
                    .hasStackTraceContaining("MailSendException");
            attempts++;
            mail = managementService.createJobQuery().jobId(jobId).singleResult();
            if (mail.getRetries() > 0) {
                Duration wait = Duration.between(ClockUtil.getCurrentTime().toInstant(), mail.getDuedate().toInstant());
                assertThat(wait).as("retry %d is ten minutes later", attempts).isEqualTo(Duration.ofMinutes(10));
            }
        }

        // R3/PT10M: three tries in all, ten minutes apart, then an incident
        assertThat(attempts).isEqualTo(3);
        Incident incident = runtimeService.createIncidentQuery().configuration(mail.getId()).singleResult();
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(incident.getActivityId()).isEqualTo(TaskRemindersProcess.Elements.SEND_REMINDER);
        assertThat(mail.getExceptionMessage()).contains("Mail server connection failed");
        assertThat(reminders.findAll()).singleElement()
                .satisfies(reminder -> assertThat(reminder.getStatus()).isEqualTo(TaskReminderStatus.PENDING));
        // the reminded process never noticed
        assertThat(reviewed).isWaitingAt("Task_Review");
        assertThat(runtimeService.createIncidentQuery().processInstanceId(reviewed.getId()).count()).isZero();
        taskService.claim(taskService.createTaskQuery().processInstanceId(reviewed.getId()).singleResult().getId(), "ivan");

        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        try {
            // what an operator does in Cockpit: retry the incident
            managementService.setJobRetries(mail.getId(), 1);
            managementService.executeJob(mail.getId());

            assertThat(server.getReceivedMessages()).singleElement().satisfies(message -> {
                assertThat(message.getAllRecipients()[0].toString()).isEqualTo("ivan@vendorrisk.example");
                assertThat(message.getSubject()).contains("今日到期 Due today");
            });
            assertThat(runtimeService.createIncidentQuery().count()).isZero();
            assertThat(reminders.findAll()).singleElement()
                    .satisfies(reminder -> assertThat(reminder.getStatus()).isEqualTo(TaskReminderStatus.SENT));
        } finally {
            server.stop();
        }
    }

    private static void at(LocalDate day, int hour) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(hour, 0).atZone(ZoneId.systemDefault()).toInstant()));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
