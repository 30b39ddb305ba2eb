package tw.vendorrisk.reporting;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Predicate;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * A known history, written through the engine with its clock set for every step, and what the
 * report must say about it, computed here from the scripted times alone (never from the database).
 * Two test-only models: {@value #PROCESS} (prepare by procurement, approve by managers) and one
 * deployed under the obligation key {@value #AUDIT}, with a reminder timer.
 */
final class CycleTimeScenario {

    static final String PROCESS = "report-test";
    /** A name with markup: every page must show it as text. */
    static final String PROCESS_NAME = "報表測試 <script>alert('x')</script> Report & test";
    static final String PREPARE = "Task_Prepare";
    static final String APPROVE = "Task_Approve";
    static final String END = "EndEvent_Approved";
    static final String AUDIT = "vendor-audit";
    static final String FIELDWORK = "Task_Fieldwork";
    static final String REMINDER = "BoundaryEvent_AuditReminder";

    static final LocalDate FROM = LocalDate.of(2026, 3, 2);
    static final LocalDate TO = LocalDate.of(2026, 3, 29);
    static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 30, 12, 0);

    /** One user task as scripted: when it was created, claimed (or not) and ended. */
    record ScriptedTask(String businessKey, String taskKey, LocalDateTime created, LocalDateTime claimed,
            LocalDateTime ended, boolean completed) {

        long waitingMs() {
            return millis(created, claimed != null ? claimed : ended);
        }

        Long workingMs() {
            return claimed == null ? null : millis(claimed, ended);
        }
    }

    /** One instance as scripted. */
    record ScriptedInstance(String processKey, String businessKey, LocalDateTime started, LocalDateTime ended,
            String state) {

        long durationMs() {
            return millis(started, ended);
        }
    }

    final List<ScriptedInstance> instances = new ArrayList<>();
    final List<ScriptedTask> tasks = new ArrayList<>();
    final List<LocalDateTime> auditTimers = new ArrayList<>();
    final List<LocalDateTime> auditTaskDues = new ArrayList<>();

    private final ProcessEngine engine;
    private String reportTestDefinition;
    private String auditDefinition;

    CycleTimeScenario(ProcessEngine engine) {
        this.engine = engine;
    }

    static BpmnModelInstance reportTestModel() {
        return Bpmn.createExecutableProcess(PROCESS).name(PROCESS_NAME).camundaHistoryTimeToLive(3650)
                .startEvent("StartEvent_Requested")
                .userTask(PREPARE).name("準備 Prepare <b>draft</b>").camundaCandidateGroups("procurement")
                .camundaDueDate("${dueDates.days(2)}")
                .userTask(APPROVE).name("核准 Approve").camundaCandidateGroups("managers")
                .endEvent(END).name("已核准 Approved")
                .done();
    }

    static BpmnModelInstance auditModel() {
        return Bpmn.createExecutableProcess(AUDIT).name("年度稽核（測試） Yearly audit (test)").camundaHistoryTimeToLive(3650)
                .startEvent("StartEvent_AuditDue")
                .userTask(FIELDWORK).name("實地查核 Fieldwork").camundaCandidateGroups("infosec")
                .camundaDueDate("${dueDates.days(10)}")
                .boundaryEvent(REMINDER).name("提醒 Reminder").cancelActivity(false).timerWithDuration("P7D")
                .endEvent("EndEvent_Reminded")
                .moveToActivity(FIELDWORK)
                .endEvent("EndEvent_AuditDone")
                .done();
    }

    /** Deploys the two models and writes the history; leaves the engine's clock at {@link #NOW}. */
    void run() {
        reportTestDefinition = deploy(PROCESS, reportTestModel());
        auditDefinition = deploy(AUDIT, auditModel());
        try {
            // business key, start, then per task: hours until claimed (null: never claimed) and hours of work
            complete("V-100", at(3, 2, 9, 0), 2.0, 3.0, 20.0, 1.0);
            complete("V-101", at(3, 3, 10, 0), 1.0, 1.0, 4.0, 2.0);
            complete("V-102", at(3, 10, 9, 0), null, 30.0, 10.0, 0.5);
            complete("V-100", at(3, 16, 9, 0), 0.5, 6.0, 48.0, 2.0);
            complete("V-103", at(2, 23, 9, 0), 24.0, 24.0, 120.0, 2.0);
            complete("V-107", at(3, 27, 10, 0), 1.0, 1.0, 70.0, 1.0);
            cancelAfterPrepare("V-104", at(3, 20, 9, 0), 1.0, 1.0, at(3, 21, 9, 0));
            open("V-105", at(3, 24, 9, 0));
            open("V-106", at(1, 5, 9, 0));
            audit("AUDIT-1", at(3, 25, 9, 0));
            audit("AUDIT-2", at(2, 10, 9, 0));
        } finally {
            ClockUtil.setCurrentTime(date(NOW));
        }
    }

    private String deploy(String name, BpmnModelInstance model) {
        engine.getRepositoryService().createDeployment().name("test-" + name)
                .addModelInstance(name + ".bpmn", model).deploy();
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(name).latestVersion().singleResult();
        return definition.getId();
    }

    private void complete(String businessKey, LocalDateTime start, Double prepareClaim, double prepareWork,
            Double approveClaim, double approveWork) {
        ProcessInstance instance = start(reportTestDefinition, businessKey, start);
        LocalDateTime afterPrepare = work(instance, businessKey, PREPARE, start, prepareClaim, prepareWork, "alice");
        LocalDateTime end = work(instance, businessKey, APPROVE, afterPrepare, approveClaim, approveWork, "mark");
        instances.add(new ScriptedInstance(PROCESS, businessKey, start, end, "COMPLETED"));
    }

    private void cancelAfterPrepare(String businessKey, LocalDateTime start, double prepareClaim, double prepareWork,
            LocalDateTime cancelAt) {
        ProcessInstance instance = start(reportTestDefinition, businessKey, start);
        LocalDateTime afterPrepare = work(instance, businessKey, PREPARE, start, prepareClaim, prepareWork, "alice");
        tasks.add(new ScriptedTask(businessKey, APPROVE, afterPrepare, null, cancelAt, false));
        ClockUtil.setCurrentTime(date(cancelAt));
        // as Cockpit and engine REST cancel: externally terminated
        engine.getRuntimeService().deleteProcessInstance(instance.getId(), "withdrawn", false, true);
        instances.add(new ScriptedInstance(PROCESS, businessKey, start, cancelAt, "EXTERNALLY_TERMINATED"));
    }

    private void open(String businessKey, LocalDateTime start) {
        start(reportTestDefinition, businessKey, start);
        instances.add(new ScriptedInstance(PROCESS, businessKey, start, null, "ACTIVE"));
        tasks.add(new ScriptedTask(businessKey, PREPARE, start, null, null, false));
    }

    private void audit(String businessKey, LocalDateTime start) {
        start(auditDefinition, businessKey, start);
        instances.add(new ScriptedInstance(AUDIT, businessKey, start, null, "ACTIVE"));
        auditTimers.add(start.plusDays(7));
        auditTaskDues.add(start.plusDays(10));
    }

    private ProcessInstance start(String definitionId, String businessKey, LocalDateTime at) {
        ClockUtil.setCurrentTime(date(at));
        return engine.getRuntimeService().startProcessInstanceById(definitionId, businessKey);
    }

    /** Claims (unless claimAfter is null) and completes the instance's open task; returns when it ended. */
    private LocalDateTime work(ProcessInstance instance, String businessKey, String taskKey, LocalDateTime created,
            Double claimAfterHours, double workHours, String user) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey).singleResult();
        LocalDateTime claimed = null;
        LocalDateTime ended;
        if (claimAfterHours != null) {
            claimed = created.plus(hours(claimAfterHours));
            ClockUtil.setCurrentTime(date(claimed));
            engine.getTaskService().claim(task.getId(), user);
            ended = claimed.plus(hours(workHours));
        } else {
            ended = created.plus(hours(workHours));
        }
        ClockUtil.setCurrentTime(date(ended));
        engine.getTaskService().complete(task.getId());
        tasks.add(new ScriptedTask(businessKey, taskKey, created, claimed, ended, true));
        return ended;
    }

    // --- what the report must say, from the script alone ---

    static boolean inPeriod(LocalDateTime time) {
        return time != null && !time.isBefore(FROM.atStartOfDay()) && time.isBefore(TO.plusDays(1).atStartOfDay());
    }

    List<ScriptedInstance> instances(Predicate<ScriptedInstance> which) {
        return instances.stream().filter(which).toList();
    }

    List<Long> durations(Predicate<ScriptedInstance> which) {
        return instances.stream().filter(which).map(ScriptedInstance::durationMs).toList();
    }

    List<ScriptedTask> completedInPeriod(String taskKey) {
        return tasks.stream().filter(task -> task.completed() && task.taskKey().equals(taskKey) && inPeriod(task.ended()))
                .toList();
    }

    /** PERCENTILE_CONT: linear interpolation between the closest ranks. */
    static long percentile(List<Long> values, double fraction) {
        List<Long> sorted = values.stream().sorted().toList();
        double position = fraction * (sorted.size() - 1);
        int lower = (int) Math.floor(position);
        int upper = (int) Math.ceil(position);
        return Math.round(sorted.get(lower) + (position - lower) * (sorted.get(upper) - sorted.get(lower)));
    }

    static LocalDateTime at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute);
    }

    static Date date(LocalDateTime time) {
        return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
    }

    private static Duration hours(double hours) {
        return Duration.ofMinutes(Math.round(hours * 60));
    }

    static long millis(LocalDateTime from, LocalDateTime to) {
        return Duration.between(from, to).toMillis();
    }
}
