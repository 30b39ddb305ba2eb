package tw.vendorrisk.reminders;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The text of a reminder e-mail, in Traditional Chinese and English. */
public record TaskReminderMail(String subject, String body) {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The mail for one reminder, as of {@code today} (the day it is sent), with the link that opens the task. */
    public static TaskReminderMail of(TaskReminder reminder, LocalDate today, String taskLink) {
        String task = orDash(reminder.getTaskName());
        String subject = "[廠商風險 Vendor Risk] " + reminder.getKind().chinese() + " " + reminder.getKind().english()
                + ": " + task;
        String due = DUE.format(reminder.getDueAt().atZoneSameInstant(ZoneId.systemDefault()));
        long daysLeft = ChronoUnit.DAYS.between(today, reminder.getDueOn());

        StringBuilder body = new StringBuilder();
        body.append(chineseHeadline(task, daysLeft, due)).append("\n\n");
        body.append("任務 Task: ").append(task).append('\n');
        body.append("流程 Process: ").append(orDash(reminder.getProcessName()));
        if (reminder.getProcessDefinitionKey() != null) {
            body.append(" (").append(reminder.getProcessDefinitionKey()).append(')');
        }
        body.append('\n');
        if (reminder.getVendorName() != null) {
            body.append("廠商 Vendor: ").append(reminder.getVendorName()).append('\n');
        }
        if (reminder.getBusinessKey() != null) {
            body.append("案件編號 Business key: ").append(reminder.getBusinessKey()).append('\n');
        }
        body.append("到期 Due: ").append(due).append('\n');
        if (reminder.getCandidateGroups() != null) {
            body.append("群組 Groups: ").append(reminder.getCandidateGroups()).append('\n');
        }
        body.append("開啟任務 Open in Tasklist: ").append(taskLink).append("\n\n");
        body.append(englishHeadline(task, daysLeft, due)).append("\n\n");
        body.append("-- \n此信由廠商風險管理系統自動寄出，請勿直接回覆。\n"
                + "Sent automatically by Vendor Risk; please do not reply.\n");
        return new TaskReminderMail(subject, body.toString());
    }

    private static String chineseHeadline(String task, long daysLeft, String due) {
        if (daysLeft > 0) {
            return "任務「" + task + "」將於 " + daysLeft + " 天後（" + due + "）到期，請於期限內處理。";
        }
        if (daysLeft == 0) {
            return "任務「" + task + "」今日（" + due + "）到期，請儘速處理。";
        }
        return "任務「" + task + "」已逾期 " + (-daysLeft) + " 天（到期日 " + due + "），請立即處理。";
    }

    private static String englishHeadline(String task, long daysLeft, String due) {
        if (daysLeft > 0) {
            return "The task \"" + task + "\" is due in " + daysLeft + (daysLeft == 1 ? " day" : " days")
                    + ", on " + due + ".";
        }
        if (daysLeft == 0) {
            return "The task \"" + task + "\" is due today (" + due + ").";
        }
        return "The task \"" + task + "\" is overdue by " + (-daysLeft) + (daysLeft == -1 ? " day" : " days")
                + " (it was due " + due + ").";
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }
}
