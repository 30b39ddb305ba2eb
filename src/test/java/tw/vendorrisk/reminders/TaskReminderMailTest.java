package tw.vendorrisk.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The reminder mail says, in Chinese and English, which task, process and vendor, when it is due, and links the task. */
class TaskReminderMailTest {

    static final LocalDate DUE = LocalDate.of(2027, 6, 30);

    static TaskReminder reminder(TaskReminderKind kind, String vendor) {
        OffsetDateTime dueAt = DUE.atTime(17, 0).atZone(ZoneId.systemDefault()).toOffsetDateTime();
        return new TaskReminder(new TaskReminder.TaskFacts("task-1", "執行稽核 Carry out the audit", dueAt,
                "vendor-audit", "廠商稽核 Vendor audit", "pi-1", "contract-7", vendor, "infosec,managers"),
                kind, DUE, "sweep-1", OffsetDateTime.now());
    }

    @Test
    void sevenDaysBefore_isBilingual_withEverythingTheReaderNeeds() {
        TaskReminderMail mail = TaskReminderMail.of(reminder(TaskReminderKind.DAYS_7, "恆安資訊 Hengan Information"),
                DUE.minusDays(7), "http://tasklist/#/?task=task-1");

        assertThat(mail.subject()).isEqualTo(
                "[廠商風險 Vendor Risk] 7 天內到期 Due within 7 days: 執行稽核 Carry out the audit");
        assertThat(mail.body())
                .contains("任務「執行稽核 Carry out the audit」將於 7 天後（2027-06-30 17:00）到期")
                .contains("The task \"執行稽核 Carry out the audit\" is due in 7 days, on 2027-06-30 17:00.")
                .contains("流程 Process: 廠商稽核 Vendor audit (vendor-audit)")
                .contains("廠商 Vendor: 恆安資訊 Hengan Information")
                .contains("案件編號 Business key: contract-7")
                .contains("群組 Groups: infosec,managers")
                .contains("開啟任務 Open in Tasklist: http://tasklist/#/?task=task-1");
    }

    @Test
    void dueTodayAndOverdue_sayHowLate() {
        assertThat(TaskReminderMail.of(reminder(TaskReminderKind.DUE_TODAY, null), DUE, "link").body())
                .contains("今日（2027-06-30 17:00）到期").contains("is due today (2027-06-30 17:00)")
                .doesNotContain("廠商 Vendor:");
        TaskReminderMail overdue = TaskReminderMail.of(reminder(TaskReminderKind.OVERDUE, null), DUE.plusDays(3), "link");
        assertThat(overdue.subject()).contains("已逾期 Overdue");
        assertThat(overdue.body()).contains("已逾期 3 天").contains("is overdue by 3 days");
    }
}
