package tw.vendorrisk.reminders;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import tw.vendorrisk.common.EngineClock;

/**
 * E-mail reminders of user task due dates: the sweep decides which reminders are due and records
 * each once; sending mails one and marks it sent. A failing mail server makes {@link #send} throw,
 * so that its job is retried and then becomes an incident.
 */
@Service
@Transactional
public class TaskReminderService {

    private static final Logger LOG = LoggerFactory.getLogger(TaskReminderService.class);

    /** The sweep looks at tasks due up to this many days ahead (the earliest reminder is 30 days before). */
    static final int HORIZON_DAYS = 31;

    private final TaskReminderRepository reminders;
    private final TaskReminderSettings settings;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final ObjectProvider<JavaMailSender> mailSender;

    TaskReminderService(TaskReminderRepository reminders, TaskReminderSettings settings, TaskService taskService,
            IdentityService identityService, RepositoryService repositoryService, RuntimeService runtimeService,
            ObjectProvider<JavaMailSender> mailSender) {
        this.reminders = reminders;
        this.settings = settings;
        this.taskService = taskService;
        this.identityService = identityService;
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.mailSender = mailSender;
    }

    /**
     * Records the reminders due today that are not recorded yet (one per task, kind and due date)
     * and returns their ids. Nothing when reminders are switched off.
     */
    public List<Long> sweep(String sweepInstanceId) {
        if (!settings.isEnabled()) {
            LOG.info("Task reminders are switched off (app.reminders.enabled=false): no reminder recorded.");
            return List.of();
        }
        LocalDate today = EngineClock.today();
        List<Task> tasks = taskService.createTaskQuery().active()
                .dueBefore(EngineClock.startOf(today.plusDays(HORIZON_DAYS)))
                .orderByDueDate().asc().list();
        Map<String, ProcessDefinition> definitions = new HashMap<>();
        Map<String, String> businessKeys = new HashMap<>();
        List<Long> recorded = new ArrayList<>();
        for (Task task : tasks) {
            LocalDate dueOn = localDate(task.getDueDate());
            LocalDate createdOn = localDate(task.getCreateTime());
            Optional<TaskReminderKind> kind = TaskReminderKind.dueOn(today, dueOn, createdOn);
            if (kind.isEmpty() || reminders.existsByTaskIdAndKindAndDueOn(task.getId(), kind.get(), dueOn)) {
                continue;
            }
            TaskReminder reminder = new TaskReminder(facts(task, definitions, businessKeys), kind.get(), dueOn,
                    sweepInstanceId, EngineClock.now());
            recorded.add(reminders.save(reminder).getId());
        }
        LOG.info("Task reminder sweep of {}: {} open tasks due within {} days, {} new reminders", today,
                tasks.size(), HORIZON_DAYS, recorded.size());
        return recorded;
    }

    /**
     * Sends one reminder to the e-mail addresses of the task's candidate groups and users and its
     * assignee. A reminder already handled, or whose task is closed, sends nothing.
     */
    public TaskReminderStatus send(Long reminderId) {
        TaskReminder reminder = reminders.findById(reminderId)
                .orElseThrow(() -> new IllegalStateException("Task reminder " + reminderId + " does not exist."));
        if (!reminder.isPending()) {
            return reminder.getStatus();
        }
        Task task = taskService.createTaskQuery().taskId(reminder.getTaskId()).singleResult();
        if (task == null) {
            reminder.markUnsent(TaskReminderStatus.TASK_CLOSED);
            return reminder.getStatus();
        }
        Set<String> recipients = recipientsOf(task);
        if (recipients.isEmpty()) {
            LOG.warn("Task reminder {} for task '{}' ({}): nobody in its groups has an e-mail address; nothing sent.",
                    reminderId, task.getName(), task.getId());
            reminder.markUnsent(TaskReminderStatus.NO_RECIPIENTS);
            return reminder.getStatus();
        }
        TaskReminderMail mail = TaskReminderMail.of(reminder, EngineClock.today(), settings.taskLink(task.getId()));
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("No mail server is configured: set spring.mail.host.");
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(settings.getFrom());
            helper.setTo(recipients.toArray(String[]::new));
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            sender.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot build the reminder mail " + reminderId + ": " + e.getMessage(), e);
        }
        reminder.markSent(String.join(",", recipients), EngineClock.now());
        LOG.info("Task reminder {} ({}) for task '{}' sent to {}", reminderId, reminder.getKind(), task.getName(),
                recipients);
        return reminder.getStatus();
    }

    @Transactional(readOnly = true)
    public List<TaskReminder> remindersOf(String taskId) {
        return reminders.findByTaskIdOrderById(taskId);
    }

    /** The addresses of the candidate groups' members, the candidate users and the assignee, sorted. */
    Set<String> recipientsOf(Task task) {
        Set<String> userIds = new LinkedHashSet<>();
        for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getGroupId() != null) {
                identityService.createUserQuery().memberOfGroup(link.getGroupId()).list()
                        .forEach(user -> userIds.add(user.getId()));
            }
            if (link.getUserId() != null) {
                userIds.add(link.getUserId());
            }
        }
        if (task.getAssignee() != null) {
            userIds.add(task.getAssignee());
        }
        Set<String> addresses = new TreeSet<>();
        for (String userId : userIds) {
            User user = identityService.createUserQuery().userId(userId).singleResult();
            if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
                addresses.add(user.getEmail().strip());
            }
        }
        return addresses;
    }

    private TaskReminder.TaskFacts facts(Task task, Map<String, ProcessDefinition> definitions,
            Map<String, String> businessKeys) {
        ProcessDefinition definition = task.getProcessDefinitionId() == null ? null
                : definitions.computeIfAbsent(task.getProcessDefinitionId(), repositoryService::getProcessDefinition);
        String businessKey = task.getProcessInstanceId() == null ? null
                : businessKeys.computeIfAbsent(task.getProcessInstanceId(), this::businessKeyOf);
        Object vendor = task.getExecutionId() == null ? null
                : taskService.getVariable(task.getId(), TaskRemindersProcess.Variables.VENDOR_NAME);
        TreeSet<String> groups = new TreeSet<>();
        taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .forEach(link -> groups.add(link.getGroupId()));
        return new TaskReminder.TaskFacts(task.getId(), task.getName(),
                OffsetDateTime.ofInstant(task.getDueDate().toInstant(), ZoneId.systemDefault()),
                definition == null ? null : definition.getKey(),
                definition == null ? null : definition.getName(),
                task.getProcessInstanceId(), businessKey, vendor instanceof String name ? name : null,
                groups.isEmpty() ? null : String.join(",", groups));
    }

    private String businessKeyOf(String processInstanceId) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }

    private static LocalDate localDate(java.util.Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
