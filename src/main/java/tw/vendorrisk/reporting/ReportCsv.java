package tw.vendorrisk.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Component;

/**
 * One table of the report as CSV (RFC 4180, UTF-8 with a byte order mark so that spreadsheet
 * programs read the Chinese names right). Durations are in hours with three decimals. A text cell
 * that a spreadsheet would take for a formula ({@code = + - @}) gets a leading apostrophe.
 */
@Component
class ReportCsv {

    private static final String BOM = "\uFEFF";

    private record Column<T>(String name, Function<T, Object> value) {
    }

    String render(ReportTable table, CycleTimeReport report) {
        return switch (table) {
            case PROCESSES -> csv(report.processes(), List.of(
                    column("process_key", CycleTimeReport.ProcessFigures::processKey),
                    column("process_name", CycleTimeReport.ProcessFigures::processName),
                    column("started", CycleTimeReport.ProcessFigures::started),
                    column("completed", CycleTimeReport.ProcessFigures::completed),
                    column("cancelled", CycleTimeReport.ProcessFigures::cancelled),
                    column("open", CycleTimeReport.ProcessFigures::open),
                    column("cycle_time_median_hours", p -> hours(p.cycleTimeMedianMs())),
                    column("cycle_time_p90_hours", p -> hours(p.cycleTimeP90Ms())),
                    column("cycle_time_max_hours", p -> hours(p.cycleTimeMaxMs()))));
            case OUTCOMES -> csv(report.outcomes(), List.of(
                    column("process_key", CycleTimeReport.EndFigures::processKey),
                    column("end_activity_id", CycleTimeReport.EndFigures::endActivityId),
                    column("end_activity_name", CycleTimeReport.EndFigures::endActivityName),
                    column("state", CycleTimeReport.EndFigures::state),
                    column("instances", CycleTimeReport.EndFigures::instances)));
            case TREND -> csv(report.trend(), List.of(
                    column("process_key", CycleTimeReport.WeekFigures::processKey),
                    column("week_start", CycleTimeReport.WeekFigures::weekStart),
                    column("started", CycleTimeReport.WeekFigures::started),
                    column("completed", CycleTimeReport.WeekFigures::completed),
                    column("cancelled", CycleTimeReport.WeekFigures::cancelled),
                    column("cycle_time_median_hours", w -> hours(w.cycleTimeMedianMs())),
                    column("cycle_time_p90_hours", w -> hours(w.cycleTimeP90Ms()))));
            case TASKS -> csv(report.tasks(), List.of(
                    column("process_key", CycleTimeReport.TaskFigures::processKey),
                    column("task_key", CycleTimeReport.TaskFigures::taskKey),
                    column("task_name", CycleTimeReport.TaskFigures::taskName),
                    column("completed", CycleTimeReport.TaskFigures::completed),
                    column("claimed", CycleTimeReport.TaskFigures::claimed),
                    column("waiting_median_hours", t -> hours(t.waitingMedianMs())),
                    column("waiting_p90_hours", t -> hours(t.waitingP90Ms())),
                    column("waiting_max_hours", t -> hours(t.waitingMaxMs())),
                    column("working_median_hours", t -> hours(t.workingMedianMs())),
                    column("working_p90_hours", t -> hours(t.workingP90Ms())),
                    column("working_max_hours", t -> hours(t.workingMaxMs())),
                    column("slowest", CycleTimeReport.TaskFigures::slowest)));
            case OPEN_BY_AGE -> csv(report.openByAge(), List.of(
                    column("process_key", CycleTimeReport.OpenByAge::processKey),
                    column("open", CycleTimeReport.OpenByAge::open),
                    column("under_7_days", CycleTimeReport.OpenByAge::under7Days),
                    column("7_to_30_days", CycleTimeReport.OpenByAge::from7To30Days),
                    column("30_to_90_days", CycleTimeReport.OpenByAge::from30To90Days),
                    column("over_90_days", CycleTimeReport.OpenByAge::over90Days),
                    column("oldest_start", CycleTimeReport.OpenByAge::oldestStart)));
            case OVERDUE_TASKS -> csv(report.overdueTasks(), List.of(
                    column("candidate_group", CycleTimeReport.OverdueTasks::candidateGroup),
                    column("process_key", CycleTimeReport.OverdueTasks::processKey),
                    column("task_key", CycleTimeReport.OverdueTasks::taskKey),
                    column("task_name", CycleTimeReport.OverdueTasks::taskName),
                    column("overdue", CycleTimeReport.OverdueTasks::overdue),
                    column("assigned", CycleTimeReport.OverdueTasks::assigned),
                    column("oldest_due", CycleTimeReport.OverdueTasks::oldestDue)));
            case DEADLINES_AT_RISK -> csv(report.deadlinesAtRisk(), List.of(
                    column("process_key", CycleTimeReport.Deadline::processKey),
                    column("business_key", CycleTimeReport.Deadline::businessKey),
                    column("kind", CycleTimeReport.Deadline::kind),
                    column("element_id", CycleTimeReport.Deadline::elementId),
                    column("element_name", CycleTimeReport.Deadline::elementName),
                    column("due", CycleTimeReport.Deadline::due),
                    column("days_left", CycleTimeReport.Deadline::daysLeft),
                    column("candidate_groups", d -> String.join(" ", d.candidateGroups())),
                    column("assignee", CycleTimeReport.Deadline::assignee)));
        };
    }

    private static <T> Column<T> column(String name, Function<T, Object> value) {
        return new Column<>(name, value);
    }

    private static <T> String csv(List<T> rows, List<Column<T>> columns) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, columns.stream().map(column -> (Object) column.name()).toList());
        for (T row : rows) {
            List<Object> cells = new ArrayList<>(columns.size());
            columns.forEach(column -> cells.add(column.value().apply(row)));
            line(csv, cells);
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = Arrays.stream(new String[] {",", "\"", "\n", "\r"}).anyMatch(text::contains);
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    static BigDecimal hours(Long millis) {
        return millis == null ? null : BigDecimal.valueOf(millis).divide(BigDecimal.valueOf(3_600_000L), 3,
                RoundingMode.HALF_UP);
    }
}
