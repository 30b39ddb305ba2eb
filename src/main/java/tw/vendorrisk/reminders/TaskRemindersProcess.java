package tw.vendorrisk.reminders;

import static tw.vendorrisk.common.ProcessVariable.integer;
import static tw.vendorrisk.common.ProcessVariable.longValue;

import tw.vendorrisk.common.ProcessVariable;

/**
 * The {@code task-reminders} process (bpmn/task-reminders.bpmn): a daily timer finds the open user
 * tasks due in 30 or 7 days, due today or overdue, records each reminder once in the register
 * ({@code task_reminder}) and sends each as an e-mail to the task's candidate groups in its own
 * asynchronous job. A mail server that is down fails that job only: it is retried, then becomes an
 * incident; the processes whose tasks are reminded are never touched.
 */
public final class TaskRemindersProcess {

    public static final String KEY = "task-reminders";
    public static final String RESOURCE = "bpmn/task-reminders.bpmn";

    private TaskRemindersProcess() {
    }

    public static final class Elements {
        public static final String START = "StartEvent_DailyReminderSweep";
        public static final String FIND_DUE_TASKS = "Task_FindDueTasks";
        public static final String GATEWAY_ANY_REMINDER = "Gateway_AnyReminderDue";
        public static final String END_NOTHING_DUE = "EndEvent_NothingDue";
        public static final String SEND_REMINDER = "Task_SendReminder";
        public static final String END_REMINDERS_SENT = "EndEvent_RemindersSent";

        private Elements() {
        }
    }

    public static final class Variables {
        /** The reminders to send, as a transient list: the multi-instance's collection. */
        public static final String REMINDER_IDS = "reminderIds";
        public static final ProcessVariable<Integer> REMINDER_COUNT = integer("reminderCount");
        /** One reminder, local to each instance of {@link Elements#SEND_REMINDER}. */
        public static final ProcessVariable<Long> REMINDER_ID = longValue("reminderId");
        /** Read from the reminded task's process, when it has one, for the mail. */
        public static final String VENDOR_NAME = "vendorName";

        private Variables() {
        }
    }
}
