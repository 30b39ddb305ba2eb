package tw.vendorrisk.workspace;

import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.common.EngineClock;
import tw.vendorrisk.common.Groups;
import tw.vendorrisk.common.Listing;
import tw.vendorrisk.common.SystemRead;
import tw.vendorrisk.common.Tasklist;
import tw.vendorrisk.register.RegisterOverview;
import tw.vendorrisk.register.RegisterOverview.ContractRef;
import tw.vendorrisk.register.RegisterOverview.ServiceRef;

/**
 * What the engine says needs the user (the tasks of their groups) and which selections and terminations
 * run, for the home page. Each list is a page query and a count, plus one query for the names of what
 * the page shows (never one per task or instance).
 */
@Component
class WorkQueue {

    /** A task of the user's groups, with the vendor (and contract) it is about when the process names them. */
    public record TaskItem(String id, String name, Date due, boolean overdue, String assignee, String url, Long vendorId,
            String vendorName, Long contractId) {
    }

    /** A running selection or termination. */
    public record Running(String processInstanceId, Date since, String startedBy, Long vendorId, String vendorName,
            String about, Long contractId) {
    }

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final SystemRead systemRead;
    private final CurrentUser currentUser;
    private final Tasklist tasklist;
    private final RegisterOverview register;

    WorkQueue(TaskService taskService, RuntimeService runtimeService, HistoryService historyService,
            SystemRead systemRead, CurrentUser currentUser, Tasklist tasklist, RegisterOverview register) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.systemRead = systemRead;
        this.currentUser = currentUser;
        this.tasklist = tasklist;
        this.register = register;
    }

    /** The groups whose tasks the user works on; none for a user who works on no task. */
    private List<String> workerGroups() {
        return currentUser.groups().stream().filter(Groups.TASK_WORKERS::contains).toList();
    }

    /**
     * The open tasks of the user's groups, claimed or not (as the Tasklist filter 我的群組任務 Group tasks
     * shows them), the earliest due first, so the overdue ones come first.
     */
    Listing<TaskItem> tasks(int limit) {
        List<String> groups = workerGroups();
        if (groups.isEmpty()) {
            return new Listing<>(List.of(), 0);
        }
        TaskQuery query = taskService.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks();
        long total = query.count();
        List<Task> tasks = query.orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, limit);
        return new Listing<>(describe(tasks, now()), total);
    }

    /** How many of those tasks are past their due date (the Tasklist filter 逾期 Overdue). */
    long overdueTasks() {
        List<String> groups = workerGroups();
        return groups.isEmpty() ? 0
                : taskService.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks().dueBefore(now())
                        .count();
    }

    private static Date now() {
        return Date.from(EngineClock.now().toInstant());
    }

    /**
     * The tasks with the vendor each is about. The processes name it by their variables {@code vendorId}
     * or {@code contractId}; those are read as the system for the tasks' instances only, because the user,
     * who may see these tasks, sees the same in each task's form.
     */
    private List<TaskItem> describe(List<Task> tasks, Date now) {
        Map<String, Long> vendorOfTask = new HashMap<>();
        Map<String, Long> contractOfTask = new HashMap<>();
        if (!tasks.isEmpty()) {
            String[] instances = tasks.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
            List<VariableInstance> variables = systemRead.call(() -> runtimeService.createVariableInstanceQuery()
                    .processInstanceIdIn(instances).variableNameIn("vendorId", "contractId")
                    .disableBinaryFetching().disableCustomObjectDeserialization().list());
            for (Task task : tasks) {
                vendorOfTask.put(task.getId(), number(variables, task, "vendorId"));
                contractOfTask.put(task.getId(), number(variables, task, "contractId"));
            }
        }
        Map<Long, ContractRef> contracts = register.contracts(new HashSet<>(contractOfTask.values().stream()
                .filter(java.util.Objects::nonNull).toList()));
        Set<Long> vendorIds = new HashSet<>(vendorOfTask.values().stream().filter(java.util.Objects::nonNull).toList());
        Map<Long, String> vendorNames = register.vendorNames(vendorIds);
        return tasks.stream().map(task -> {
            Long contractId = contractOfTask.get(task.getId());
            ContractRef contract = contractId == null ? null : contracts.get(contractId);
            Long vendorId = contract != null ? contract.vendorId() : vendorOfTask.get(task.getId());
            String vendorName = contract != null ? contract.vendorName() : vendorNames.get(vendorId);
            return new TaskItem(task.getId(), task.getName(), task.getDueDate(),
                    task.getDueDate() != null && task.getDueDate().before(now), task.getAssignee(),
                    tasklist.task(task.getId()), vendorName == null ? null : vendorId, vendorName,
                    contract == null ? null : contractId);
        }).toList();
    }

    /**
     * The variable's value as the task sees it: set in the task's own scope (a multi-instance body, such as
     * one certificate of certificate-expiry, keeps its vendor there), else on the process instance.
     */
    private static Long number(List<VariableInstance> variables, Task task, String name) {
        VariableInstance best = null;
        for (VariableInstance variable : variables) {
            if (!variable.getName().equals(name) || !variable.getProcessInstanceId().equals(task.getProcessInstanceId())
                    || !(variable.getValue() instanceof Number)) {
                continue;
            }
            if (variable.getExecutionId().equals(task.getExecutionId())) {
                best = variable;
                break;
            }
            if (variable.getExecutionId().equals(task.getProcessInstanceId())) {
                best = variable;
            }
        }
        return best == null ? null : ((Number) best.getValue()).longValue();
    }

    /**
     * The running instances of a process, the newest first. Read as the system: which selections and
     * terminations run is register data every user reads (services under selection, contracts being
     * terminated); the engine only says which run now.
     */
    private Listing<HistoricProcessInstance> running(String processKey, int limit) {
        return systemRead.call(() -> {
            var query = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).unfinished();
            return new Listing<>(query.orderByProcessInstanceStartTime().desc().listPage(0, limit), query.count());
        });
    }

    /** Running vendor selections: the business key is the service under selection. */
    Listing<Running> selections(String processKey, int limit) {
        Listing<HistoricProcessInstance> instances = running(processKey, limit);
        Map<Long, ServiceRef> services = register.services(instances.items().stream()
                .map(instance -> id(instance.getBusinessKey())).filter(java.util.Objects::nonNull).toList());
        return new Listing<>(instances.items().stream().map(instance -> {
            ServiceRef service = services.get(id(instance.getBusinessKey()));
            return new Running(instance.getId(), instance.getStartTime(), instance.getStartUserId(),
                    service == null ? null : service.vendorId(), service == null ? null : service.vendorName(),
                    service == null ? null : service.description(), null);
        }).toList(), instances.total());
    }

    /** Running terminations: the business key is the contract. */
    Listing<Running> terminations(String processKey, int limit) {
        Listing<HistoricProcessInstance> instances = running(processKey, limit);
        Map<Long, ContractRef> contracts = register.contracts(instances.items().stream()
                .map(instance -> id(instance.getBusinessKey())).filter(java.util.Objects::nonNull).toList());
        return new Listing<>(instances.items().stream().map(instance -> {
            ContractRef contract = contracts.get(id(instance.getBusinessKey()));
            return new Running(instance.getId(), instance.getStartTime(), instance.getStartUserId(),
                    contract == null ? null : contract.vendorId(), contract == null ? null : contract.vendorName(),
                    contract == null ? null : contract.serviceDescription(),
                    contract == null ? null : contract.contractId());
        }).toList(), instances.total());
    }

    private static Long id(String businessKey) {
        try {
            return businessKey == null ? null : Long.valueOf(businessKey);
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }
}
