package tw.vendorrisk.reporting;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.SystemRead;

/**
 * What the engine's history holds about a vendor: every process instance that concerns it, and each
 * step of those instances (task completions, service tasks, gateways, events) with who did it, when,
 * the variables written in that step (the values at decision time) and the user operation log. Each step carries the obligation IDs of its model element (its {@code obligation} extension
 * property), so the evidence can be grouped per obligation.
 * <p>
 * <b>Which instances.</b> Those the register names (selection, contract, access grant and oversight
 * instance IDs), those with a variable {@code vendorId}, {@code serviceId} or {@code contractId} that
 * points at the vendor, one of its services or one of its contracts, and their called instances.
 * Business keys alone are not used: selection and contract signing use the service ID as business
 * key, oversight the contract ID, and service 3 and contract 3 may belong to different vendors.
 * Processes added later (termination, change) are found the same way without code changes.
 * <p>
 * <b>Run as the system.</b> The queries run without the caller's authentication: the caller has
 * already passed the evidence pack's own group check ({@code managers}, {@code camunda-admin}), and the
 * pack must be complete whatever history rights a group holds on each process definition. The
 * caller's authentication is cleared for the queries and restored afterwards; Camunda checks no
 * authorization when no user is authenticated.
 */
@Component
class EvidenceHistory {

    static final String NO_OBLIGATION = "unassigned";

    private static final List<String> LINKING_VARIABLES = List.of("vendorId", "serviceId", "contractId");
    private static final Set<String> HIDDEN_TYPES = Set.of("file", "bytes", "object");

    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    private final SystemRead systemRead;

    EvidenceHistory(HistoryService historyService, RepositoryService repositoryService,
            SystemRead systemRead) {
        this.historyService = historyService;
        this.repositoryService = repositoryService;
        this.systemRead = systemRead;
    }

    /** What points at the vendor: its ID, its services' and contracts' IDs, instance IDs the register keeps. */
    record Scope(Long vendorId, Collection<Long> serviceIds, Collection<Long> contractIds,
            Collection<String> knownInstanceIds) {
    }

    record Value(String name, String type, String value, OffsetDateTime time) {
    }

    record Operation(OffsetDateTime time, String userId, String operationType, String entityType, String property,
            String orgValue, String newValue, String taskId, String annotation) {
    }

    record Instance(String id, String processDefinitionKey, String processDefinitionName, Integer version,
            String businessKey, OffsetDateTime startTime, OffsetDateTime endTime, String state, String startUserId,
            String deleteReason, String superProcessInstanceId, List<Value> finalVariables,
            List<Value> otherVariableUpdates, List<Operation> operations) {
    }

    /** One step of an instance: an activity instance of a model element, with what happened in it. */
    record Step(String processDefinitionKey, String processInstanceId, String businessKey, String elementId,
            String elementName, String elementType, List<String> obligations, OffsetDateTime startTime,
            OffsetDateTime endTime, boolean canceled, String taskId, String assignee, String completedBy,
            String taskDeleteReason, List<Value> variables, List<Operation> operations) {

        boolean humanTask() {
            return "userTask".equals(elementType);
        }
    }

    record Trail(List<Instance> instances, List<Step> steps) {

        /** The steps per obligation ID, in guideline order; steps without an obligation under {@value #NO_OBLIGATION}. */
        Map<String, List<Step>> byObligation() {
            Map<String, List<Step>> grouped = new TreeMap<>(EvidenceHistory::compareObligations);
            for (Step step : steps) {
                List<String> ids = step.obligations().isEmpty() ? List.of(NO_OBLIGATION) : step.obligations();
                ids.forEach(id -> grouped.computeIfAbsent(id, key -> new ArrayList<>()).add(step));
            }
            return grouped;
        }
    }

    Trail trail(Scope scope) {
        return systemRead.call(() -> {
            Map<String, BpmnModelInstance> models = new HashMap<>();
            List<HistoricProcessInstance> instances = instances(scope);
            List<Instance> described = new ArrayList<>();
            List<Step> steps = new ArrayList<>();
            for (HistoricProcessInstance instance : instances) {
                read(instance, models, described, steps);
            }
            return new Trail(described, steps);
        });
    }

    private List<HistoricProcessInstance> instances(Scope scope) {
        Set<String> ids = new LinkedHashSet<>(scope.knownInstanceIds());
        ids.addAll(withVariable("vendorId", List.of(scope.vendorId())));
        ids.addAll(withVariable("serviceId", scope.serviceIds()));
        ids.addAll(withVariable("contractId", scope.contractIds()));
        ids.removeIf(id -> id == null || id.isBlank());
        Deque<String> called = new ArrayDeque<>(ids);
        while (!called.isEmpty()) {
            historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(called.pop()).list()
                    .forEach(sub -> {
                        if (ids.add(sub.getId())) {
                            called.push(sub.getId());
                        }
                    });
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        return historyService.createHistoricProcessInstanceQuery().processInstanceIds(ids).list().stream()
                .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime)
                        .thenComparing(HistoricProcessInstance::getId))
                .toList();
    }

    private Set<String> withVariable(String name, Collection<Long> values) {
        Set<String> ids = new LinkedHashSet<>();
        for (Long value : values) {
            historyService.createHistoricVariableInstanceQuery().variableValueEquals(name, value)
                    .disableBinaryFetching().disableCustomObjectDeserialization().list()
                    .forEach(variable -> ids.add(variable.getProcessInstanceId()));
        }
        return ids;
    }

    private void read(HistoricProcessInstance instance, Map<String, BpmnModelInstance> models,
            List<Instance> described, List<Step> steps) {
        String id = instance.getId();
        BpmnModelInstance model = models.computeIfAbsent(instance.getProcessDefinitionId(),
                repositoryService::getBpmnModelInstance);
        Map<String, HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(id).list().stream()
                .collect(Collectors.toMap(HistoricTaskInstance::getId, task -> task));
        List<UserOperationLogEntry> log = historyService.createUserOperationLogQuery().processInstanceId(id)
                .orderByTimestamp().asc().list();
        Map<String, List<Operation>> operationsByTask = new HashMap<>();
        List<Operation> instanceOperations = new ArrayList<>();
        for (UserOperationLogEntry entry : log) {
            Operation operation = new Operation(time(entry.getTimestamp()), entry.getUserId(),
                    entry.getOperationType(), entry.getEntityType(), entry.getProperty(), entry.getOrgValue(),
                    entry.getNewValue(), entry.getTaskId(), entry.getAnnotation());
            if (entry.getTaskId() != null) {
                operationsByTask.computeIfAbsent(entry.getTaskId(), key -> new ArrayList<>()).add(operation);
            } else {
                instanceOperations.add(operation);
            }
        }
        Map<String, List<Value>> updatesByActivity = new HashMap<>();
        for (HistoricDetail detail : historyService.createHistoricDetailQuery().processInstanceId(id)
                .variableUpdates().disableBinaryFetching().disableCustomObjectDeserialization()
                .orderByTime().asc().list()) {
            if (detail instanceof HistoricVariableUpdate update) {
                updatesByActivity.computeIfAbsent(String.valueOf(update.getActivityInstanceId()), key -> new ArrayList<>())
                        .add(new Value(update.getVariableName(), update.getTypeName(),
                                shown(update.getTypeName(), update::getValue), time(update.getTime())));
            }
        }
        List<HistoricActivityInstance> activities = historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(id).orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc().list();
        for (HistoricActivityInstance activity : activities) {
            if ("multiInstanceBody".equals(activity.getActivityType())) {
                continue;
            }
            HistoricTaskInstance task = activity.getTaskId() == null ? null : tasks.get(activity.getTaskId());
            List<Operation> operations = activity.getTaskId() == null ? List.of()
                    : operationsByTask.getOrDefault(activity.getTaskId(), List.of());
            String assignee = task != null ? task.getAssignee() : activity.getAssignee();
            steps.add(new Step(instance.getProcessDefinitionKey(), id, instance.getBusinessKey(),
                    activity.getActivityId(), activity.getActivityName(), activity.getActivityType(),
                    obligations(model, activity.getActivityId()), time(activity.getStartTime()),
                    time(activity.getEndTime()), activity.isCanceled(), activity.getTaskId(), assignee,
                    completedBy(assignee, operations), task == null ? null : task.getDeleteReason(),
                    updatesByActivity.getOrDefault(activity.getId(), List.of()), operations));
            updatesByActivity.remove(activity.getId());
        }
        List<Value> other = updatesByActivity.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparing(Value::time, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        List<Value> finalVariables = historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(id)
                .disableBinaryFetching().disableCustomObjectDeserialization().list().stream()
                .sorted(Comparator.comparing(HistoricVariableInstance::getName))
                .map(variable -> new Value(variable.getName(), variable.getTypeName(),
                        shown(variable.getTypeName(), variable::getValue), time(variable.getCreateTime())))
                .toList();
        described.add(new Instance(id, instance.getProcessDefinitionKey(), instance.getProcessDefinitionName(),
                instance.getProcessDefinitionVersion(), instance.getBusinessKey(), time(instance.getStartTime()),
                time(instance.getEndTime()), instance.getState(), instance.getStartUserId(),
                instance.getDeleteReason(), instance.getSuperProcessInstanceId(), finalVariables, other,
                instanceOperations));
    }

    /** Who completed a task: its assignee, else the user the operation log records completing it. */
    private static String completedBy(String assignee, List<Operation> operations) {
        if (assignee != null) {
            return assignee;
        }
        return operations.stream()
                .filter(operation -> UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(operation.operationType()))
                .map(Operation::userId).filter(user -> user != null).findFirst().orElse(null);
    }

    /** The obligation IDs of a model element, from its {@code obligation} extension property. */
    static List<String> obligations(BpmnModelInstance model, String elementId) {
        ModelElementInstance element = model == null ? null : model.getModelElementById(elementId);
        if (!(element instanceof BaseElement base) || base.getExtensionElements() == null) {
            return List.of();
        }
        return base.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> "obligation".equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .filter(value -> value != null)
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip).filter(value -> !value.isEmpty())
                .distinct().toList();
    }

    /** Guideline order: 4.1.a before 4.2.1 before 7.1.1.10 before 13.1.a; numbers compare as numbers. */
    static int compareObligations(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int compared = comparePart(left[i], right[i]);
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static int comparePart(String a, String b) {
        boolean numberA = a.chars().allMatch(Character::isDigit) && !a.isEmpty();
        boolean numberB = b.chars().allMatch(Character::isDigit) && !b.isEmpty();
        if (numberA && numberB) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        if (numberA != numberB) {
            return numberA ? -1 : 1;
        }
        return a.compareTo(b);
    }

    /** A value as text; files, bytes and serialized objects are named by their type, not copied. */
    private static String shown(String type, Supplier<Object> value) {
        if (type != null && HIDDEN_TYPES.contains(type)) {
            return "[" + type + "]";
        }
        Object shown = value.get();
        if (shown instanceof Date date) {
            return time(date).toString();
        }
        return shown == null ? null : shown.toString();
    }

    static OffsetDateTime time(Date date) {
        return date == null ? null : OffsetDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }
}
