package tw.vendorrisk.oversight;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;


/** Starts an oversight cycle for a planned activity, and moves the engine clock to its timers. */
@Component
public class OversightTestSupport {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final OversightService oversight;

    OversightTestSupport(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
            OversightService oversight) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.oversight = oversight;
    }

    public void deleteAllProcessInstances() {
        runtimeService.createProcessInstanceQuery().list().forEach(pi -> runtimeService
                .deleteProcessInstanceIfExists(pi.getId(), "test set-up", true, true, true, false));
    }

    /** Plans the contract's oversight and starts the cycle of its first activity of the kind, as its timer would. */
    ProcessInstance startFirst(String processKey, Long contractId, OversightKind kind) {
        oversight.plan(contractId);
        Long activityId = oversight.scheduledIds(contractId, kind).get(0);
        ClockUtil.setCurrentTime(oversight.opensAt(activityId));
        return runtimeService.startProcessInstanceByKey(processKey, contractId.toString(),
                Map.of(OversightCycle.Variables.CONTRACT_ID.name(), contractId,
                        OversightCycle.Variables.ACTIVITY_ID.name(), activityId));
    }

    Task task(ProcessInstance instance, String taskDefinitionKey) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskDefinitionKey)
                .singleResult();
    }

    /** Moves the clock to the instance's earliest timer and fires it. */
    public Job fireNextTimer(ProcessInstance instance) {
        Job next = managementService.createJobQuery().processInstanceId(instance.getId()).timers()
                .orderByJobDuedate().asc().listPage(0, 1).get(0);
        ClockUtil.setCurrentTime(new Date(next.getDuedate().getTime() + 1000));
        managementService.executeJob(next.getId());
        return next;
    }

    public static LocalDate day(Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
