package tw.vendorrisk.reminders;

/** Where one reminder stands. */
public enum TaskReminderStatus {
    /** Recorded by the sweep; its mail job has not succeeded yet. */
    PENDING,
    /** The mail went out. */
    SENT,
    /** The task was completed or deleted before the mail went out: nothing sent. */
    TASK_CLOSED,
    /** Nobody in the task's groups has an e-mail address: nothing sent. */
    NO_RECIPIENTS
}
