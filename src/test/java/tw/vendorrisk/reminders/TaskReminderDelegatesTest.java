package tw.vendorrisk.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;

import tw.vendorrisk.support.FakeExecution;

/** The reminder delegates map variables in and out; switched off, the sweep looks at nothing. */
class TaskReminderDelegatesTest {

    @Test
    @SuppressWarnings("unchecked")
    void switchedOff_theSweepRecordsNothing_andTouchesNoTask() {
        TaskReminderRepository repository = mock(TaskReminderRepository.class);
        TaskService taskService = mock(TaskService.class);
        ObjectProvider<JavaMailSender> mail = mock(ObjectProvider.class);
        TaskReminderService service = new TaskReminderService(repository,
                new TaskReminderSettings(false, "0 0 7 * * ?", "from@vendorrisk.example", "http://tasklist"),
                taskService, mock(IdentityService.class), mock(RepositoryService.class), mock(RuntimeService.class),
                mail);

        assertThat(service.sweep("pi-1")).isEmpty();
        verifyNoInteractions(repository, taskService, mail);
    }

    @Test
    void sweep_handsTheIdsToTheMultiInstance_andCountsThem() {
        TaskReminderService service = mock(TaskReminderService.class);
        when(service.sweep("pi-1")).thenReturn(List.of(4L, 9L));
        DelegateExecution execution = FakeExecution.with(Map.of());

        new TaskReminderSweepDelegate(service).execute(execution);

        assertThat(execution.getVariable(TaskRemindersProcess.Variables.REMINDER_IDS)).isNotNull();
        assertThat(TaskRemindersProcess.Variables.REMINDER_COUNT.get(execution)).isEqualTo(2);
    }

    @Test
    void send_sendsTheInstancesReminder() {
        TaskReminderService service = mock(TaskReminderService.class);

        new TaskReminderSendDelegate(service).execute(FakeExecution.with(Map.of("reminderId", 9L)));

        verify(service).send(9L);
    }
}
