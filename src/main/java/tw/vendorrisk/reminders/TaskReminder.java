package tw.vendorrisk.reminders;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One e-mail reminder of a user task's due date, recorded before it is sent; unique per task,
 * kind and due date, so that a sweep that runs twice sends nothing twice.
 */
@Entity
@Table(name = "task_reminder")
public class TaskReminder {

    private static final int MAX = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String taskId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskReminderKind kind;

    @Column(nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false)
    private OffsetDateTime dueAt;

    private String taskName;
    private String processDefinitionKey;
    private String processName;
    private String processInstanceId;
    private String businessKey;
    private String vendorName;
    private String candidateGroups;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskReminderStatus status;

    private String recipients;
    private String sweepInstanceId;

    @Column(nullable = false)
    private OffsetDateTime createdAt;

    private OffsetDateTime sentAt;

    @Version
    private long version;

    protected TaskReminder() {
    }

    /** What the mail says about the task, taken when the sweep finds it. */
    public record TaskFacts(String taskId, String taskName, OffsetDateTime dueAt, String processDefinitionKey,
            String processName, String processInstanceId, String businessKey, String vendorName,
            String candidateGroups) {
    }

    public TaskReminder(TaskFacts task, TaskReminderKind kind, LocalDate dueOn, String sweepInstanceId,
            OffsetDateTime now) {
        this.taskId = task.taskId();
        this.kind = kind;
        this.dueOn = dueOn;
        this.dueAt = task.dueAt();
        this.taskName = cut(task.taskName(), MAX);
        this.processDefinitionKey = cut(task.processDefinitionKey(), MAX);
        this.processName = cut(task.processName(), MAX);
        this.processInstanceId = task.processInstanceId();
        this.businessKey = cut(task.businessKey(), MAX);
        this.vendorName = cut(task.vendorName(), 200);
        this.candidateGroups = cut(task.candidateGroups(), 500);
        this.sweepInstanceId = sweepInstanceId;
        this.status = TaskReminderStatus.PENDING;
        this.createdAt = now;
    }

    public void markSent(String recipientList, OffsetDateTime at) {
        this.status = TaskReminderStatus.SENT;
        this.recipients = cut(recipientList, 2000);
        this.sentAt = at;
    }

    public void markUnsent(TaskReminderStatus reason) {
        this.status = reason;
    }

    public boolean isPending() {
        return status == TaskReminderStatus.PENDING;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public String getTaskId() {
        return taskId;
    }

    public TaskReminderKind getKind() {
        return kind;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public OffsetDateTime getDueAt() {
        return dueAt;
    }

    public String getTaskName() {
        return taskName;
    }

    public String getProcessDefinitionKey() {
        return processDefinitionKey;
    }

    public String getProcessName() {
        return processName;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public String getVendorName() {
        return vendorName;
    }

    public String getCandidateGroups() {
        return candidateGroups;
    }

    public TaskReminderStatus getStatus() {
        return status;
    }

    public String getRecipients() {
        return recipients;
    }

    public String getSweepInstanceId() {
        return sweepInstanceId;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }
}
