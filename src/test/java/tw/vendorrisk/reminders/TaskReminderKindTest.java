package tw.vendorrisk.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.vendorrisk.reminders.TaskReminderKind.DAYS_30;
import static tw.vendorrisk.reminders.TaskReminderKind.DAYS_7;
import static tw.vendorrisk.reminders.TaskReminderKind.DUE_TODAY;
import static tw.vendorrisk.reminders.TaskReminderKind.OVERDUE;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Which reminder a task is due for on a day: 30, 7, 0 days before, overdue, and catching up a missed day. */
class TaskReminderKindTest {

    static final LocalDate DUE = LocalDate.of(2027, 6, 30);
    static final LocalDate LONG_AGO = DUE.minusDays(90);

    @Test
    void thirtySevenAndZeroDaysBefore_andAfter() {
        assertThat(TaskReminderKind.dueOn(DUE.minusDays(31), DUE, LONG_AGO)).isEmpty();
        assertThat(TaskReminderKind.dueOn(DUE.minusDays(30), DUE, LONG_AGO)).contains(DAYS_30);
        assertThat(TaskReminderKind.dueOn(DUE.minusDays(8), DUE, LONG_AGO)).contains(DAYS_30);
        assertThat(TaskReminderKind.dueOn(DUE.minusDays(7), DUE, LONG_AGO)).contains(DAYS_7);
        assertThat(TaskReminderKind.dueOn(DUE.minusDays(1), DUE, LONG_AGO)).contains(DAYS_7);
        assertThat(TaskReminderKind.dueOn(DUE, DUE, LONG_AGO)).contains(DUE_TODAY);
        assertThat(TaskReminderKind.dueOn(DUE.plusDays(1), DUE, LONG_AGO)).contains(OVERDUE);
        assertThat(TaskReminderKind.dueOn(DUE.plusDays(40), DUE, LONG_AGO)).contains(OVERDUE);
    }

    @Test
    void aThresholdThatPassedBeforeTheTaskExisted_sendsNothing() {
        LocalDate createdFiveDaysBefore = DUE.minusDays(5);
        assertThat(TaskReminderKind.dueOn(DUE.minusDays(4), DUE, createdFiveDaysBefore)).isEmpty();
        assertThat(TaskReminderKind.dueOn(DUE, DUE, createdFiveDaysBefore)).contains(DUE_TODAY);

        LocalDate createdOnTheSeventhDay = DUE.minusDays(7);
        assertThat(TaskReminderKind.dueOn(DUE.minusDays(6), DUE, createdOnTheSeventhDay)).isEmpty();

        LocalDate createdOnTheDueDay = DUE;
        assertThat(TaskReminderKind.dueOn(DUE, DUE, createdOnTheDueDay)).isEmpty();
        assertThat(TaskReminderKind.dueOn(DUE.plusDays(1), DUE, createdOnTheDueDay)).contains(OVERDUE);
    }

    @Test
    void aMissedSweep_isCaughtUpWithTheMostUrgentReminderOnly() {
        // the sweep did not run on DUE-7 (server down): the next run still sends the 7-day reminder
        assertThat(TaskReminderKind.dueOn(DUE.minusDays(5), DUE, LONG_AGO)).contains(DAYS_7);
        // down from DUE-30 to the due day: only "due today", not three mails at once
        assertThat(TaskReminderKind.dueOn(DUE, DUE, LONG_AGO)).contains(DUE_TODAY);
    }
}
