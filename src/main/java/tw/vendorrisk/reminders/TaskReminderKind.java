package tw.vendorrisk.reminders;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The four reminders of a due date: 30 and 7 days before, on the day, and once overdue. */
public enum TaskReminderKind {
    DAYS_30(30, "30 天內到期", "Due within 30 days"),
    DAYS_7(7, "7 天內到期", "Due within 7 days"),
    DUE_TODAY(0, "今日到期", "Due today"),
    OVERDUE(-1, "已逾期", "Overdue");

    private final int daysBefore;
    private final String chinese;
    private final String english;

    TaskReminderKind(int daysBefore, String chinese, String english) {
        this.daysBefore = daysBefore;
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }

    /**
     * The reminder a task is due for today, if any: the most urgent one whose day has come and that
     * the task lived to see. A threshold counts only when the task existed before that day began, so
     * a task created with a due date 5 days away gets no "7 days" reminder, while a sweep that missed
     * a day (server down) still sends the reminder on the next run. Overdue tasks always qualify.
     */
    public static Optional<TaskReminderKind> dueOn(LocalDate today, LocalDate dueOn, LocalDate createdOn) {
        long daysLeft = ChronoUnit.DAYS.between(today, dueOn);
        if (daysLeft < 0) {
            return Optional.of(OVERDUE);
        }
        for (TaskReminderKind kind : new TaskReminderKind[] {DUE_TODAY, DAYS_7, DAYS_30}) {
            LocalDate thresholdDay = dueOn.minusDays(kind.daysBefore);
            if (daysLeft <= kind.daysBefore && createdOn.isBefore(thresholdDay)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
