package tw.vendorrisk.reporting;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.vendorrisk.reporting.CycleTimeQueries.DeadlineRow;
import tw.vendorrisk.reporting.CycleTimeQueries.Definition;
import tw.vendorrisk.reporting.CycleTimeQueries.EndRow;
import tw.vendorrisk.reporting.CycleTimeQueries.EndedWeek;
import tw.vendorrisk.reporting.CycleTimeQueries.ProcessRow;
import tw.vendorrisk.reporting.CycleTimeQueries.StartedWeek;
import tw.vendorrisk.reporting.CycleTimeQueries.TaskRow;
import tw.vendorrisk.reporting.CycleTimeQueries.Week;
import tw.vendorrisk.reporting.CycleTimeReport.Deadline;
import tw.vendorrisk.reporting.CycleTimeReport.EndFigures;
import tw.vendorrisk.reporting.CycleTimeReport.OpenByAge;
import tw.vendorrisk.reporting.CycleTimeReport.ProcessFigures;
import tw.vendorrisk.reporting.CycleTimeReport.TaskFigures;
import tw.vendorrisk.reporting.CycleTimeReport.WeekFigures;

/**
 * Puts the cycle-time report together from {@link CycleTimeQueries}, for every deployed process
 * key (a process added later shows up by itself) and "now" by the engine's clock. Names of steps,
 * end events and timers come from the deployed models (the latest version for steps).
 */
@Service
public class CycleTimeReportService {

    private static final long DAY_MS = Duration.ofDays(1).toMillis();

    private final CycleTimeQueries queries;
    private final RepositoryService repositoryService;

    CycleTimeReportService(CycleTimeQueries queries, RepositoryService repositoryService) {
        this.queries = queries;
        this.repositoryService = repositoryService;
    }

    /** Today by the engine's clock, for the default period. */
    public LocalDate today() {
        return now().toLocalDate();
    }

    @Transactional(readOnly = true)
    public CycleTimeReport report(ReportFilter filter) {
        LocalDateTime now = now();
        Map<String, Definition> definitions = queries.latestDefinitions();
        Names names = new Names();
        List<OpenByAge> open = queries.openByAge(filter, now);
        return new CycleTimeReport(now, filters(filter), processes(filter, definitions, open),
                outcomes(filter, names), trend(filter), tasks(filter, definitions, names), open,
                queries.overdueTasks(filter, now), deadlines(filter, now, names));
    }

    /** Only the table named; the others stay empty. */
    @Transactional(readOnly = true)
    public CycleTimeReport table(ReportTable table, ReportFilter filter) {
        LocalDateTime now = now();
        Names names = new Names();
        Map<String, Definition> definitions = queries.latestDefinitions();
        List<OpenByAge> open = table == ReportTable.PROCESSES || table == ReportTable.OPEN_BY_AGE
                ? queries.openByAge(filter, now) : List.of();
        return new CycleTimeReport(now, filters(filter),
                table == ReportTable.PROCESSES ? processes(filter, definitions, open) : List.of(),
                table == ReportTable.OUTCOMES ? outcomes(filter, names) : List.of(),
                table == ReportTable.TREND ? trend(filter) : List.of(),
                table == ReportTable.TASKS ? tasks(filter, definitions, names) : List.of(),
                table == ReportTable.OPEN_BY_AGE ? open : List.of(),
                table == ReportTable.OVERDUE_TASKS ? queries.overdueTasks(filter, now) : List.of(),
                table == ReportTable.DEADLINES_AT_RISK ? deadlines(filter, now, names) : List.of());
    }

    /** Deployed process keys with their latest names, for the page's process filter. */
    @Transactional(readOnly = true)
    public Map<String, String> processNames() {
        Map<String, String> names = new java.util.TreeMap<>();
        queries.latestDefinitions().forEach((key, definition) -> names.put(key, definition.name()));
        return names;
    }

    private static LocalDateTime now() {
        return new Timestamp(ClockUtil.getCurrentTime().getTime()).toLocalDateTime();
    }

    private static CycleTimeReport.Filters filters(ReportFilter filter) {
        return new CycleTimeReport.Filters(filter.process(), filter.from(), filter.to(), filter.businessKey(),
                filter.outcome() == null ? null : filter.outcome().name().toLowerCase(java.util.Locale.ROOT),
                filter.horizonDays());
    }

    private List<ProcessFigures> processes(ReportFilter filter, Map<String, Definition> definitions,
            List<OpenByAge> open) {
        Map<String, String> processNames = new HashMap<>();
        definitions.forEach((key, definition) -> processNames.put(key, definition.name()));
        Map<String, ProcessRow> rows = new HashMap<>();
        queries.processes(filter).forEach(row -> rows.put(row.processKey(), row));
        Map<String, Long> openCounts = new HashMap<>();
        open.forEach(row -> openCounts.put(row.processKey(), row.open()));
        TreeSet<String> keys = new TreeSet<>(processNames.keySet());
        keys.addAll(rows.keySet());
        keys.addAll(openCounts.keySet());
        if (filter.process() != null) {
            keys.retainAll(List.of(filter.process()));
        }
        List<ProcessFigures> figures = new ArrayList<>();
        for (String key : keys) {
            ProcessRow row = rows.get(key);
            figures.add(row == null
                    ? new ProcessFigures(key, processNames.getOrDefault(key, key), 0, 0, 0,
                            openCounts.getOrDefault(key, 0L), null, null, null)
                    : new ProcessFigures(key, processNames.getOrDefault(key, key), row.started(), row.completed(),
                            row.cancelled(), openCounts.getOrDefault(key, 0L), row.median(), row.p90(), row.max()));
        }
        return figures;
    }

    private List<EndFigures> outcomes(ReportFilter filter, Names names) {
        return queries.ends(filter).stream()
                .sorted(Comparator.comparing(EndRow::processKey).thenComparing(EndRow::instances, Comparator.reverseOrder()))
                .map(row -> new EndFigures(row.processKey(), row.endActivityId(),
                        names.of(row.definitionId(), row.endActivityId()), row.state(), row.instances()))
                .toList();
    }

    private List<WeekFigures> trend(ReportFilter filter) {
        List<Week> weeks = weeks(filter);
        Map<String, WeekFigures> byWeek = new LinkedHashMap<>();
        for (StartedWeek started : queries.startedByWeek(filter, weeks)) {
            byWeek.put(started.processKey() + '|' + started.weekStart(), new WeekFigures(started.processKey(),
                    started.weekStart(), started.started(), 0, 0, null, null));
        }
        for (EndedWeek ended : queries.endedByWeek(filter, weeks)) {
            String key = ended.processKey() + '|' + ended.weekStart();
            long started = Optional.ofNullable(byWeek.get(key)).map(WeekFigures::started).orElse(0L);
            byWeek.put(key, new WeekFigures(ended.processKey(), ended.weekStart(), started, ended.completed(),
                    ended.cancelled(), ended.median(), ended.p90()));
        }
        // every week of the period for every process that has any, so a chart shows the quiet weeks too
        TreeSet<String> processes = new TreeSet<>();
        byWeek.values().forEach(week -> processes.add(week.processKey()));
        List<WeekFigures> trend = new ArrayList<>();
        for (String process : processes) {
            for (Week week : weeks) {
                trend.add(byWeek.getOrDefault(process + '|' + week.monday(),
                        new WeekFigures(process, week.monday(), 0, 0, 0, null, null)));
            }
        }
        return trend;
    }

    /** The ISO weeks that touch the period, each cut to the period. */
    static List<Week> weeks(ReportFilter filter) {
        List<Week> weeks = new ArrayList<>();
        LocalDate end = filter.to().plusDays(1);
        for (LocalDate monday = filter.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                monday.isBefore(end); monday = monday.plusWeeks(1)) {
            LocalDate rangeStart = monday.isBefore(filter.from()) ? filter.from() : monday;
            LocalDate rangeEnd = monday.plusWeeks(1).isAfter(end) ? end : monday.plusWeeks(1);
            weeks.add(new Week(monday, Timestamp.valueOf(rangeStart.atStartOfDay()),
                    Timestamp.valueOf(rangeEnd.atStartOfDay())));
        }
        return weeks;
    }

    private List<TaskFigures> tasks(ReportFilter filter, Map<String, Definition> definitions, Names names) {
        List<TaskRow> rows = queries.tasks(filter);
        Map<String, TaskRow> slowest = new HashMap<>();
        for (TaskRow row : rows) {
            TaskRow current = slowest.get(row.processKey());
            if (current == null || total(row) > total(current)) {
                slowest.put(row.processKey(), row);
            }
        }
        return rows.stream()
                .sorted(Comparator.comparing(TaskRow::processKey).thenComparing(CycleTimeReportService::total,
                        Comparator.reverseOrder()).thenComparing(TaskRow::taskKey))
                .map(row -> new TaskFigures(row.processKey(), row.taskKey(),
                        names.of(Optional.ofNullable(definitions.get(row.processKey())).map(Definition::id).orElse(null),
                                row.taskKey()), row.completed(),
                        row.claimed(), row.waitingMedian(), row.waitingP90(), row.waitingMax(), row.workingMedian(),
                        row.workingP90(), row.workingMax(), slowest.get(row.processKey()) == row))
                .toList();
    }

    private static long total(TaskRow row) {
        return (row.waitingMedian() == null ? 0 : row.waitingMedian())
                + (row.workingMedian() == null ? 0 : row.workingMedian());
    }

    private List<Deadline> deadlines(ReportFilter filter, LocalDateTime now, Names names) {
        List<DeadlineRow> rows = queries.deadlines(filter, ObligationProcesses.KEYS,
                now.plusDays(filter.horizonDays()));
        Map<String, List<String>> groups = queries.candidateGroups(rows.stream()
                .map(DeadlineRow::taskId).filter(java.util.Objects::nonNull).toList());
        long nowMillis = Timestamp.valueOf(now).getTime();
        return rows.stream()
                .sorted(Comparator.comparing(DeadlineRow::due).thenComparing(DeadlineRow::processKey))
                .limit(CycleTimeQueries.MAX_DEADLINES)
                .map(row -> new Deadline(row.processKey(), row.businessKey(), row.kind(), row.elementId(),
                        row.elementName() != null ? row.elementName() : names.of(row.definitionId(), row.elementId()),
                        row.due(), Math.floorDiv(Timestamp.valueOf(row.due()).getTime() - nowMillis, DAY_MS),
                        row.taskId() == null ? List.of() : groups.getOrDefault(row.taskId(), List.of()),
                        row.assignee()))
                .toList();
    }

    /** Names of model elements, read from the deployed models (the engine caches them). */
    private final class Names {

        private final Map<String, BpmnModelInstance> models = new HashMap<>();

        String of(String definitionId, String elementId) {
            if (definitionId == null || elementId == null) {
                return null;
            }
            BpmnModelInstance model = models.computeIfAbsent(definitionId, id -> {
                try {
                    return repositoryService.getBpmnModelInstance(id);
                } catch (ProcessEngineException gone) {
                    return null;
                }
            });
            ModelElementInstance element = model == null ? null : model.getModelElementById(elementId);
            return element instanceof FlowElement flowElement ? flowElement.getName() : null;
        }
    }
}
