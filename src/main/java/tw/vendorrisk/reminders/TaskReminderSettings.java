package tw.vendorrisk.reminders;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Configuration of the e-mail reminders ({@code app.reminders.*}); the model reads the cron as
 * {@code ${taskReminderSettings.cron}}.
 */
@Component("taskReminderSettings")
public class TaskReminderSettings {

    private final boolean enabled;
    private final String cron;
    private final String from;
    private final String tasklistUrl;

    TaskReminderSettings(@Value("${app.reminders.enabled:false}") boolean enabled,
            @Value("${app.reminders.cron:0 0 7 * * ?}") String cron,
            @Value("${app.reminders.from:vendor-risk@vendorrisk.example}") String from,
            @Value("${app.reminders.tasklist-url:http://localhost:8080/camunda/app/tasklist/default/}") String tasklistUrl) {
        this.enabled = enabled;
        this.cron = cron;
        this.from = from;
        this.tasklistUrl = tasklistUrl.endsWith("/") ? tasklistUrl : tasklistUrl + "/";
    }

    /** Off: the daily sweep records and sends nothing. */
    public boolean isEnabled() {
        return enabled;
    }

    /** When the sweep runs: a Quartz-style cron with seconds, e.g. {@code 0 0 7 * * ?} (07:00 daily). */
    public String getCron() {
        return cron;
    }

    public String getFrom() {
        return from;
    }

    /** The Tasklist's address, e.g. {@code https://vendor-risk.example.tw/camunda/app/tasklist/default/}. */
    public String getTasklistUrl() {
        return tasklistUrl;
    }

    /** The Tasklist link that opens one task. */
    public String taskLink(String taskId) {
        return tasklistUrl + "#/?task=" + taskId;
    }
}
