package tw.vendorrisk.system;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import tw.vendorrisk.change.ChangeReassessmentProcess;
import tw.vendorrisk.common.Groups;
import tw.vendorrisk.contract.ClauseApplicability;
import tw.vendorrisk.contract.ContractSigningProcess;
import tw.vendorrisk.oversight.OversightCycle;
import tw.vendorrisk.access.VendorAccessProcess;
import tw.vendorrisk.selection.VendorSelectionProcess;
import tw.vendorrisk.termination.VendorTerminationProcess;

/**
 * Groups, their rights and the shared Tasklist filters, created at start-up by code and
 * idempotently (a restart adds only what is missing). Who may do what:
 * <ul>
 * <li>task workers ({@code procurement}, {@code infosec}, {@code legal}, {@code managers}) use the
 * Tasklist and see and work only on tasks of their own group (candidate-group authorizations with
 * {@code TASK_WORK}); {@code procurement} starts vendor selections and contracts, {@code infosec}
 * ad hoc audits, {@code project-leads} vendor staff access requests;</li>
 * <li>a service change ({@code change-reassessment}) is reported by {@code procurement}, {@code infosec}
 * or the project lead ({@code project-leads}); a termination ({@code vendor-termination}) is started by
 * {@code managers}, {@code procurement} or {@code legal};</li>
 * <li>{@code process-owners} and {@code managers} read processes and their history in Cockpit;
 * process owners complete no task and start no process;</li>
 * <li>{@code camunda-admin} has every right (created by the Camunda starter for the admin user).</li>
 * </ul>
 * Shared Tasklist filters, each showing the signed-in user's own groups: group tasks, my tasks,
 * overdue tasks and vendor audit tasks by due date.
 */
@Component
public class AccessSetup implements SmartInitializingSingleton {

    public static final String FILTER_GROUP_TASKS = "我的群組任務 Group tasks";
    public static final String FILTER_MY_TASKS = "我的任務 My tasks";
    public static final String FILTER_OVERDUE = "逾期 Overdue";
    public static final String FILTER_AUDITS_DUE = "稽核待辦 My audits due";

    private static final Logger LOG = LoggerFactory.getLogger(AccessSetup.class);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;

    AccessSetup(IdentityService identityService, AuthorizationService authorizationService,
            FilterService filterService, TaskService taskService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Groups.ALL.forEach(this::ensureGroup);

        for (String group : Groups.TASK_WORKERS) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group, Resources.FILTER, ANY, Permissions.READ);
            grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
            // the clause check over /api asks this table which clauses apply
            grant(group, Resources.DECISION_DEFINITION, ClauseApplicability.DECISION,
                    Permissions.CREATE_INSTANCE);
        }
        grant(Groups.PROCUREMENT, Resources.PROCESS_DEFINITION, VendorSelectionProcess.KEY,
                ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(Groups.PROCUREMENT, Resources.PROCESS_DEFINITION, ContractSigningProcess.KEY,
                ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(Groups.PROCUREMENT, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        // infosec starts ad hoc audits (12.1); project leads ask for vendor staff access (Art. 8, 9)
        grant(Groups.INFOSEC, Resources.PROCESS_DEFINITION, OversightCycle.VENDOR_AUDIT,
                ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(Groups.INFOSEC, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        grant(Groups.PROJECT_LEADS, Resources.PROCESS_DEFINITION, VendorAccessProcess.KEY,
                ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(Groups.PROJECT_LEADS, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        for (String group : List.of(Groups.PROCUREMENT, Groups.INFOSEC, Groups.PROJECT_LEADS)) {
            grant(group, Resources.PROCESS_DEFINITION, ChangeReassessmentProcess.KEY,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
        }
        for (String group : List.of(Groups.MANAGERS, Groups.PROCUREMENT, Groups.LEGAL)) {
            grant(group, Resources.PROCESS_DEFINITION, VendorTerminationProcess.KEY,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
        }
        for (String group : List.of(Groups.INFOSEC, Groups.PROJECT_LEADS, Groups.MANAGERS, Groups.LEGAL)) {
            grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        }

        for (String group : List.of(Groups.PROCESS_OWNERS, Groups.MANAGERS)) {
            grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
            grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
            grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
            grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
        }

        ensureFilter(FILTER_GROUP_TASKS, -10, "任務給我所屬的群組 Tasks for my groups",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().orderByDueDate().asc());
        ensureFilter(FILTER_MY_TASKS, -5, "我已認領的任務 Tasks I claimed",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
        ensureFilter(FILTER_OVERDUE, 0, "我所屬群組已逾期的任務 Overdue tasks of my groups",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().dueBeforeExpression("${now()}").orderByDueDate().asc());
        ensureFilter(FILTER_AUDITS_DUE, 5, "我所屬群組的廠商稽核任務，依到期日 Vendor audit tasks of my groups, by due date",
                taskService.createTaskQuery().processDefinitionKey(OversightCycle.VENDOR_AUDIT)
                        .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                        .orderByDueDate().asc());
    }

    private void ensureGroup(String groupId) {
        if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identityService.newGroup(groupId);
            group.setName(Groups.nameOf(groupId));
            group.setType(Groups.ADMIN.equals(groupId) ? "SYSTEM" : "WORKFLOW");
            identityService.saveGroup(group);
            LOG.info("Created group {}", groupId);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).singleResult();
        Authorization authorization = existing;
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean missing = existing == null;
        for (Permission permission : permissions) {
            missing |= !authorization.isPermissionGranted(permission);
            authorization.addPermission(permission);
        }
        if (missing) {
            authorizationService.saveAuthorization(authorization);
        }
    }

    private void ensureFilter(String name, int priority, String description, TaskQuery query) {
        if (filterService.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filterService.newTaskFilter(name)
                .setOwner(null)
                .setQuery(query)
                .setProperties(Map.of("priority", priority, "description", description, "refresh", true));
        filterService.saveFilter(filter);
    }
}
