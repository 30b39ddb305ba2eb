package tw.vendorrisk.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The process owners' report: per process what started and ended in the period and how long it
 * took, the weekly trend, per user task the waiting and working time, open instances by age,
 * overdue tasks by group and the obligation deadlines at risk. Durations are in milliseconds;
 * a figure with nothing to measure is left out ({@code null}).
 */
public record CycleTimeReport(LocalDateTime asOf, Filters filters, List<ProcessFigures> processes,
        List<EndFigures> outcomes, List<WeekFigures> trend, List<TaskFigures> tasks, List<OpenByAge> openByAge,
        List<OverdueTasks> overdueTasks, List<Deadline> deadlinesAtRisk) {

    public record Filters(String process, LocalDate from, LocalDate to, String businessKey, String outcome,
            int horizonDays) {
    }

    /**
     * One process: instances started in the period, ended in it (completed, cancelled), open now,
     * and the cycle time (start to end) of the instances that ended in the period with the chosen
     * outcome (completed unless the filter says cancelled).
     */
    public record ProcessFigures(String processKey, String processName, long started, long completed, long cancelled,
            long open, Long cycleTimeMedianMs, Long cycleTimeP90Ms, Long cycleTimeMaxMs) {
    }

    /** Instances that ended in the period at one end element with one state. */
    public record EndFigures(String processKey, String endActivityId, String endActivityName, String state,
            long instances) {
    }

    /** One ISO week (Monday) of one process, counted within the period. */
    public record WeekFigures(String processKey, LocalDate weekStart, long started, long completed, long cancelled,
            Long cycleTimeMedianMs, Long cycleTimeP90Ms) {
    }

    /**
     * One user task of one process, over the tasks completed in the period: waiting is created to
     * claimed (to completed when nobody claimed it), working is claimed to completed (claimed tasks
     * only). {@code slowest} marks the step of its process with the longest median waiting plus
     * working time. The name is the step's name in the latest version of the model.
     */
    public record TaskFigures(String processKey, String taskKey, String taskName, long completed, long claimed,
            Long waitingMedianMs, Long waitingP90Ms, Long waitingMaxMs, Long workingMedianMs, Long workingP90Ms,
            Long workingMaxMs, boolean slowest) {
    }

    /** Open instances of one process by age (since their start). */
    public record OpenByAge(String processKey, long open, long under7Days, long from7To30Days, long from30To90Days,
            long over90Days, LocalDateTime oldestStart) {
    }

    /** Open user tasks past their due date, by candidate group (a task with two groups counts for both). */
    public record OverdueTasks(String candidateGroup, String processKey, String taskKey, String taskName, long overdue,
            long assigned, LocalDateTime oldestDue) {
    }

    /**
     * An open user task or a pending timer of an obligation process due within the horizon or
     * already past: {@code kind} is {@code task} or {@code timer}; {@code daysLeft} is negative
     * when overdue.
     */
    public record Deadline(String processKey, String businessKey, String kind, String elementId, String elementName,
            LocalDateTime due, long daysLeft, List<String> candidateGroups, String assignee) {
    }
}
