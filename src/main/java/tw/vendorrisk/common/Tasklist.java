package tw.vendorrisk.common;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links into the Camunda Tasklist, and where a process the user just started went: to a task the user
 * may work on (then the page sends them to it), or to other people's tasks (then it says whose).
 */
@Component
public class Tasklist {

    /** An open task of a process instance, with who may work on it. */
    public record OpenTask(String id, String name, List<String> candidateGroups, String assignee, Date due) {
    }

    private final TaskService taskService;
    private final HistoryService historyService;
    private final SystemRead systemRead;
    private final CurrentUser currentUser;
    private final String tasklistPath;

    Tasklist(TaskService taskService, HistoryService historyService, SystemRead systemRead,
            CurrentUser currentUser, CamundaBpmProperties camunda) {
        this.taskService = taskService;
        this.historyService = historyService;
        this.systemRead = systemRead;
        this.currentUser = currentUser;
        this.tasklistPath = camunda.getWebapp().getApplicationPath() + "/app/tasklist/";
    }

    /** The Tasklist's start page. */
    public String home() {
        return tasklistPath;
    }

    /** The Tasklist with the task's form open. */
    public String task(String taskId) {
        return tasklistPath + "default/#/?task=" + taskId;
    }

    /**
     * The open tasks of a process instance the current user started, with their candidate groups; empty
     * for an instance the user did not start (or an unknown ID). The user may not see other groups' tasks
     * in the Tasklist, but may know where the process they started went: the tasks are read as the
     * system, and only for an instance whose starter is the user.
     */
    public java.util.Optional<List<OpenTask>> tasksOfStartedInstance(String processInstanceId) {
        String user = currentUser.id();
        if (user == null || processInstanceId == null) {
            return java.util.Optional.empty();
        }
        return systemRead.call(() -> {
            HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                    .processInstanceId(processInstanceId).singleResult();
            if (instance == null || !user.equals(instance.getStartUserId())) {
                return java.util.Optional.empty();
            }
            List<OpenTask> open = new ArrayList<>();
            for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId)
                    .orderByTaskCreateTime().asc().orderByTaskName().asc().list()) {
                List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
                        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                        .map(IdentityLink::getGroupId).sorted().toList();
                open.add(new OpenTask(task.getId(), task.getName(), groups, task.getAssignee(), task.getDueDate()));
            }
            return java.util.Optional.of(open);
        });
    }

    /**
     * Where a page sends the user who just started a process (post, then redirect): to the Tasklist form
     * of its first task the user may work on; otherwise back to the page, which then says who has it
     * ({@code ?started=<processInstanceId>}, see {@link #tasksOfStartedInstance}).
     */
    public String redirectAfterStart(String processInstanceId, String page) {
        OpenTask mine = firstTaskForMe(tasksOfStartedInstance(processInstanceId).orElse(List.of()));
        return "redirect:" + (mine != null ? task(mine.id())
                : UriComponentsBuilder.fromPath(page).queryParam("started", processInstanceId).build().toUriString());
    }

    /** Whether the current user may work on the task: it is theirs, or open to one of their groups. */
    public boolean mayWorkOn(OpenTask task) {
        List<String> groups = currentUser.groups();
        if (groups.contains(Groups.ADMIN)) {
            return true;
        }
        String user = currentUser.id();
        return task.assignee() == null ? task.candidateGroups().stream().anyMatch(groups::contains)
                : task.assignee().equals(user);
    }

    /** The first task of the instance the current user may work on, if any. */
    public OpenTask firstTaskForMe(List<OpenTask> tasks) {
        return tasks.stream().filter(this::mayWorkOn).findFirst().orElse(null);
    }
}
