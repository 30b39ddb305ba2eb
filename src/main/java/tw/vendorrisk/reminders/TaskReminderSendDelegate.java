package tw.vendorrisk.reminders;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends one reminder (its own asynchronous job). When the mail server is down the exception fails
 * the job: the engine retries it and then raises an incident.
 */
@Component("sendTaskReminder")
class TaskReminderSendDelegate implements JavaDelegate {

    private final TaskReminderService reminders;

    TaskReminderSendDelegate(TaskReminderService reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reminders.send(TaskRemindersProcess.Variables.REMINDER_ID.require(execution));
    }
}
