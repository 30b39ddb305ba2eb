package tw.vendorrisk.reminders;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;


/** Records the reminders due today; hands their ids to the multi-instance that sends them. */
@Component("findDueTaskReminders")
class TaskReminderSweepDelegate implements JavaDelegate {

    private final TaskReminderService reminders;

    TaskReminderSweepDelegate(TaskReminderService reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<Long> ids = reminders.sweep(execution.getProcessInstanceId());
        // transient: the collection is read once, in this transaction, when the multi-instance starts
        execution.setVariable(TaskRemindersProcess.Variables.REMINDER_IDS, Variables.objectValue(ids, true).create());
        TaskRemindersProcess.Variables.REMINDER_COUNT.set(execution, ids.size());
    }
}
