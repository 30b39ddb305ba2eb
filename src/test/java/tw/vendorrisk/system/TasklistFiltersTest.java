package tw.vendorrisk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tw.vendorrisk.oversight.OversightCycle;
import tw.vendorrisk.support.AppTest;

/**
 * The shared Tasklist filters "逾期 Overdue" and "稽核待辦 My audits due": each user sees the tasks of
 * their own groups, sorted by due date; a restart creates no second copy.
 */
@AppTest
class TasklistFiltersTest {

    @Autowired AccessSetup accessSetup;
    @Autowired FilterService filterService;
    @Autowired IdentityService identityService;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;

    final List<String> deployments = new ArrayList<>();

    @BeforeEach
    void deployTestModels() {
        identityService.clearAuthentication();
        deployments.add(deploy(OversightCycle.VENDOR_AUDIT, "執行稽核 Carry out the audit"));
        deployments.add(deploy("filter-test", "其他任務 Other task"));
    }

    @AfterEach
    void removeTestModels() {
        identityService.clearAuthentication();
        deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
    }

    @Test
    void overdue_showsTheOverdueTasksOfMyGroups_soonestFirst() {
        String auditOverdue = start(OversightCycle.VENDOR_AUDIT, "infosec", -1);
        start(OversightCycle.VENDOR_AUDIT, "infosec", 5);
        String otherOverdue = start("filter-test", "infosec", -3);
        start("filter-test", "managers", -2);

        assertThat(taskIds("ivan", "infosec", AccessSetup.FILTER_OVERDUE)).containsExactly(otherOverdue, auditOverdue);
        assertThat(taskIds("lena", "legal", AccessSetup.FILTER_OVERDUE)).isEmpty();
    }

    @Test
    void myAuditsDue_showsTheAuditTasksOfMyGroups_byDueDate() {
        String later = start(OversightCycle.VENDOR_AUDIT, "infosec", 20);
        String sooner = start(OversightCycle.VENDOR_AUDIT, "infosec", 3);
        String managers = start(OversightCycle.VENDOR_AUDIT, "managers", 10);
        start("filter-test", "infosec", 1);

        assertThat(taskIds("ivan", "infosec", AccessSetup.FILTER_AUDITS_DUE)).containsExactly(sooner, later);
        assertThat(taskIds("mark", "managers", AccessSetup.FILTER_AUDITS_DUE)).containsExactly(managers);
    }

    @Test
    void everyFilterExistsOnce_andARestartAddsNone() {
        accessSetup.afterSingletonsInstantiated();

        for (String name : List.of(AccessSetup.FILTER_GROUP_TASKS, AccessSetup.FILTER_MY_TASKS,
                AccessSetup.FILTER_OVERDUE, AccessSetup.FILTER_AUDITS_DUE)) {
            assertThat(filterService.createFilterQuery().filterName(name).count()).as(name).isEqualTo(1);
        }
        Filter overdue = filterService.createFilterQuery().filterName(AccessSetup.FILTER_OVERDUE).singleResult();
        assertThat(overdue.getOwner()).isNull();
        assertThat(overdue.getProperties()).containsEntry("description", "我所屬群組已逾期的任務 Overdue tasks of my groups");
    }

    private String deploy(String key, String taskName) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent()
                .userTask("Task_Work").name(taskName).camundaCandidateGroups("${group}").camundaDueDate("${due}")
                .endEvent().done();
        return repositoryService.createDeployment().addModelInstance(key + "-filter-test.bpmn", model).deploy().getId();
    }

    /** Starts the process with one task for the group, due in so many days (negative: overdue); returns the task id. */
    private String start(String key, String group, int dueInDays) {
        String instance = runtimeService.startProcessInstanceByKey(key, Map.of("group", group,
                "due", Date.from(Instant.now().plus(dueInDays, ChronoUnit.DAYS)))).getId();
        return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    /** The tasks the named filter lists for a user of the group, in the filter's order. */
    private List<String> taskIds(String user, String group, String filterName) {
        identityService.setAuthentication(user, List.of(group));
        try {
            Filter filter = filterService.createFilterQuery().filterName(filterName).singleResult();
            List<Task> tasks = filterService.list(filter.getId());
            return tasks.stream().map(Task::getId).toList();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
