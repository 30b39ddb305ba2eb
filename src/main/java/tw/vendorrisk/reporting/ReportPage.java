package tw.vendorrisk.reporting;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The report as one HTML page for process owners and managers: the filter form, a trend chart
 * per process and every table, each with its CSV download. Drawn on the server without script;
 * every text from the engine or the request (process and task names, business keys, user input)
 * is escaped.
 */
@Component
class ReportPage {

    static final String PATH = "/reports/cycle-times";

    /** One table cell: its HTML (escaped already) and whether it is a figure (right-aligned). */
    private record Cell(String html, boolean figure) {
    }
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    String render(CycleTimeReport report, Map<String, String> processNames, String user) {
        CycleTimeReport.Filters filters = report.filters();
        StringBuilder html = new StringBuilder(32_768);
        head(html, "流程週期時間 Cycle times");
        html.append("<header><h1>流程週期時間 Cycle times</h1><p class=\"meta\">截至 As of ")
                .append(e(report.asOf().format(TIME))).append(" · ").append(e(user))
                .append(" · 期間 Period ").append(e(filters.from())).append(" – ").append(e(filters.to()))
                .append("</p></header>");
        form(html, filters, processNames);
        html.append("<nav>");
        for (ReportTable table : ReportTable.values()) {
            html.append("<a href=\"#").append(table.path()).append("\">").append(e(title(table))).append("</a> ");
        }
        html.append("</nav>");

        section(html, ReportTable.PROCESSES, filters,
                "開始與結束以期間內計；週期時間為期間內結束之案件（預設：已完成）。 Started and ended count within the period; cycle time covers the instances that ended in it (completed unless the outcome filter says cancelled).");
        table(html, List.of("流程 Process", "開始 Started", "完成 Completed", "取消 Cancelled", "進行中 Open now",
                "中位數 Median", "P90", "最長 Max"), report.processes().stream().map(p -> List.of(
                        name(p.processName(), p.processKey()), num(p.started()), num(p.completed()),
                        num(p.cancelled()), num(p.open()), duration(p.cycleTimeMedianMs()),
                        duration(p.cycleTimeP90Ms()), duration(p.cycleTimeMaxMs()))).toList(), null);

        html.append("</section>");
        section(html, ReportTable.TREND, filters,
                "長條：每週完成件數；折線：週期時間中位數（天）。 Bars: instances completed per week; line: median cycle time in days.");
        Map<String, List<CycleTimeReport.WeekFigures>> byProcess = new LinkedHashMap<>();
        report.trend().forEach(week -> byProcess.computeIfAbsent(week.processKey(), k -> new java.util.ArrayList<>())
                .add(week));
        if (byProcess.isEmpty()) {
            html.append("<p class=\"empty\">期間內無資料 Nothing in this period.</p>");
        }
        byProcess.forEach((key, weeks) -> {
            html.append("<figure><figcaption>").append(e(processNames.getOrDefault(key, key))).append("</figcaption>")
                    .append(TrendChart.svg(key, processNames.getOrDefault(key, key), weeks)).append("</figure>");
        });
        html.append("<details><summary>每週數字 Weekly figures</summary>");
        table(html, List.of("流程 Process", "週 Week", "開始 Started", "完成 Completed", "取消 Cancelled",
                "中位數 Median", "P90"), report.trend().stream().map(w -> List.of(text(w.processKey()),
                        text(w.weekStart()), num(w.started()), num(w.completed()), num(w.cancelled()),
                        duration(w.cycleTimeMedianMs()), duration(w.cycleTimeP90Ms()))).toList(), null);
        html.append("</details>");

        html.append("</section>");
        section(html, ReportTable.TASKS, filters,
                "等待：建立至認領（無人認領時至完成）；處理：認領至完成。最慢的步驟以顏色標示。 Waiting: created to claimed (to completed when nobody claimed it); working: claimed to completed. The slowest step of each process is highlighted.");
        long longest = report.tasks().stream().mapToLong(t -> nz(t.waitingMedianMs()) + nz(t.workingMedianMs()))
                .max().orElse(0);
        table(html, List.of("流程 Process", "步驟 Step", "完成 Completed", "認領 Claimed", "等待中位數 Waiting median",
                "等待 P90", "等待最長 Max", "處理中位數 Working median", "處理 P90", "處理最長 Max", "中位數比較 Medians"),
                report.tasks().stream().map(t -> List.of(text(t.processKey()), name(t.taskName(), t.taskKey()),
                        num(t.completed()), num(t.claimed()), duration(t.waitingMedianMs()),
                        duration(t.waitingP90Ms()), duration(t.waitingMaxMs()), duration(t.workingMedianMs()),
                        duration(t.workingP90Ms()), duration(t.workingMaxMs()),
                        bar(nz(t.waitingMedianMs()), nz(t.workingMedianMs()), longest))).toList(),
                report.tasks().stream().map(t -> t.slowest() ? "slowest" : "").toList());

        html.append("</section>");
        section(html, ReportTable.OPEN_BY_AGE, filters, "目前進行中的案件，依開始至今的時間。 Instances open now, by time since their start.");
        table(html, List.of("流程 Process", "進行中 Open", "< 7 天 days", "7–30 天", "30–90 天", "> 90 天",
                "最早開始 Oldest start"), report.openByAge().stream().map(o -> List.of(text(o.processKey()),
                        num(o.open()), num(o.under7Days()), num(o.from7To30Days()), num(o.from30To90Days()),
                        num(o.over90Days()), text(o.oldestStart().format(TIME)))).toList(), null);

        html.append("</section>");
        section(html, ReportTable.OVERDUE_TASKS, filters, "已過到期日的待辦任務，依候選群組。 Open tasks past their due date, by candidate group.");
        table(html, List.of("群組 Group", "流程 Process", "步驟 Step", "逾期 Overdue", "已認領 Assigned",
                "最早到期 Oldest due"), report.overdueTasks().stream().map(o -> List.of(
                        text(o.candidateGroup() == null ? "—" : o.candidateGroup()), text(o.processKey()),
                        name(o.taskName(), o.taskKey()), num(o.overdue()), num(o.assigned()),
                        text(o.oldestDue().format(TIME)))).toList(), null);

        html.append("</section>");
        section(html, ReportTable.DEADLINES_AT_RISK, filters, "義務流程（" + String.join("、", ObligationProcesses.KEYS)
                + "）中 " + filters.horizonDays() + " 天內到期或已逾期的任務與計時器。 Tasks and timers of the obligation processes due within "
                + filters.horizonDays() + " days or already past.");
        table(html, List.of("流程 Process", "業務鍵 Business key", "類型 Kind", "項目 Element", "到期 Due",
                "剩餘天數 Days left", "群組 Groups", "負責人 Assignee"), report.deadlinesAtRisk().stream().map(d -> List.of(
                        text(d.processKey()), text(d.businessKey()), text("task".equals(d.kind()) ? "任務 task" : "計時器 timer"),
                        name(d.elementName(), d.elementId()), text(d.due().format(TIME)), num(d.daysLeft()),
                        text(String.join(", ", d.candidateGroups())), text(d.assignee()))).toList(),
                report.deadlinesAtRisk().stream().map(d -> d.daysLeft() < 0 ? "overdue" : "").toList());

        html.append("</section>");
        section(html, ReportTable.OUTCOMES, filters, "期間內結束的案件，依結束事件與狀態。 Instances that ended in the period, by end element and state.");
        table(html, List.of("流程 Process", "結束於 Ended at", "狀態 State", "件數 Instances"),
                report.outcomes().stream().map(o -> List.of(text(o.processKey()),
                        name(o.endActivityName(), o.endActivityId()), text(o.state()), num(o.instances()))).toList(),
                null);
        return html.append("</section></body></html>").toString();
    }

    /** A page that only says why the request was refused, e.g. a bad filter or missing rights. */
    String message(String title, String message) {
        StringBuilder html = new StringBuilder(1024);
        head(html, title);
        return html.append("<h1>").append(e(title)).append("</h1><p class=\"error\">").append(e(message))
                .append("</p><p><a href=\"").append(PATH).append("\">流程週期時間 Cycle times</a> · ")
                .append("<a href=\"/camunda/app/welcome/default/\">Camunda</a></p></body></html>").toString();
    }

    static String title(ReportTable table) {
        return switch (table) {
            case PROCESSES -> "各流程 Processes";
            case TREND -> "每週趨勢 Weekly trend";
            case TASKS -> "各步驟等待與處理 Waiting and working per step";
            case OPEN_BY_AGE -> "進行中案件 Open instances by age";
            case OVERDUE_TASKS -> "逾期任務 Overdue tasks by group";
            case DEADLINES_AT_RISK -> "義務期限風險 Obligation deadlines at risk";
            case OUTCOMES -> "結束方式 Outcomes";
        };
    }

    private static void head(StringBuilder html, String title) {
        html.append("<!DOCTYPE html><html lang=\"zh-Hant-TW\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(e(title)).append(" · Vendor Risk</title><style>")
                .append("body{font-family:'Noto Sans TC','Microsoft JhengHei',sans-serif;margin:1.5em;color:#222}")
                .append("table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left}")
                .append("td.n{text-align:right}th{background:#f3f3f3}tr.slowest{background:#fde2e1;font-weight:bold}")
                .append("tr.overdue{background:#fde2e1}.meta,.note{color:#555}nav a{margin-right:.8em}")
                .append("form{background:#f7f7f7;padding:.6em;border:1px solid #ddd}form label{margin-right:1em}")
                .append("figure{margin:.5em 0}figcaption{font-weight:bold}.error{color:#a00}.csv{font-size:.9em}")
                .append(".wait{fill:#d9822b}.work{fill:#7aa6d6}</style></head><body>");
    }

    private static void form(StringBuilder html, CycleTimeReport.Filters filters, Map<String, String> processNames) {
        html.append("<form method=\"get\" action=\"").append(PATH).append("\"><label>流程 Process <select name=\"process\">")
                .append("<option value=\"\">全部 All</option>");
        processNames.forEach((key, name) -> html.append("<option value=\"").append(e(key)).append('"')
                .append(key.equals(filters.process()) ? " selected" : "").append('>').append(e(name)).append(" (")
                .append(e(key)).append(")</option>"));
        html.append("</select></label><label>自 From <input type=\"date\" name=\"from\" value=\"").append(e(filters.from()))
                .append("\"></label><label>至 To <input type=\"date\" name=\"to\" value=\"").append(e(filters.to()))
                .append("\"></label><label>業務鍵 Business key (vendor) <input type=\"text\" name=\"businessKey\" value=\"")
                .append(e(filters.businessKey())).append("\" maxlength=\"255\"></label><label>結果 Outcome <select name=\"outcome\">")
                .append("<option value=\"\">全部 Any</option>");
        for (Outcome outcome : Outcome.values()) {
            String value = outcome.name().toLowerCase(Locale.ROOT);
            html.append("<option value=\"").append(value).append('"')
                    .append(value.equals(filters.outcome()) ? " selected" : "").append('>').append(e(outcome.label()))
                    .append("</option>");
        }
        html.append("</select></label><label>期限風險天數 Horizon (days) <input type=\"number\" name=\"horizonDays\" min=\"0\" max=\"")
                .append(ReportFilter.MAX_HORIZON_DAYS).append("\" value=\"").append(filters.horizonDays())
                .append("\"></label><button type=\"submit\">套用 Apply</button></form>");
    }

    private static void section(StringBuilder html, ReportTable table, CycleTimeReport.Filters filters, String note) {
        html.append("<section id=\"").append(table.path()).append("\"><h2>").append(e(title(table)))
                .append("</h2><p class=\"note\">").append(e(note)).append(" <a class=\"csv\" href=\"")
                .append(e(csvHref(table, filters))).append("\" download>CSV 下載 Download CSV</a></p>");
    }

    static String csvHref(ReportTable table, CycleTimeReport.Filters filters) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(PATH + "/" + table.path() + ".csv");
        if (filters.process() != null) {
            uri.queryParam("process", filters.process());
        }
        uri.queryParam("from", filters.from()).queryParam("to", filters.to());
        if (filters.businessKey() != null) {
            uri.queryParam("businessKey", filters.businessKey());
        }
        if (filters.outcome() != null) {
            uri.queryParam("outcome", filters.outcome());
        }
        uri.queryParam("horizonDays", filters.horizonDays());
        return uri.encode().build().toUriString();
    }

    /** Cells are HTML already (escaped by the callers); {@code rowClasses} may be null. */
    private static void table(StringBuilder html, List<String> headers, List<List<Cell>> rows,
            List<String> rowClasses) {
        if (rows.isEmpty()) {
            html.append("<p class=\"empty\">無資料 None.</p>");
            return;
        }
        html.append("<table><thead><tr>");
        headers.forEach(header -> html.append("<th>").append(e(header)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (int i = 0; i < rows.size(); i++) {
            String rowClass = rowClasses == null ? "" : rowClasses.get(i);
            html.append(rowClass.isEmpty() ? "<tr>" : "<tr class=\"" + rowClass + "\">");
            for (Cell cell : rows.get(i)) {
                html.append(cell.figure() ? "<td class=\"n\">" : "<td>").append(cell.html()).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static Cell num(long value) {
        return new Cell(Long.toString(value), true);
    }

    private static Cell text(Object value) {
        return new Cell(e(value), false);
    }

    private static Cell duration(Long millis) {
        if (millis == null) {
            return new Cell("—", true);
        }
        double hours = millis / 3_600_000d;
        String text = hours < 1 ? String.format(Locale.ROOT, "%d min", Math.round(millis / 60_000d))
                : hours < 48 ? String.format(Locale.ROOT, "%.1f h", hours)
                        : String.format(Locale.ROOT, "%.1f d", hours / 24);
        return new Cell("<span title=\"" + millis + " ms\">" + text + "</span>", true);
    }

    private static Cell name(String name, String id) {
        if (name == null || name.isBlank()) {
            return text(id);
        }
        return new Cell(e(name) + " <small>(" + e(id) + ")</small>", false);
    }

    /** Waiting (orange) and working (blue) medians side by side, scaled to the longest step. */
    private static Cell bar(long waiting, long working, long longest) {
        double scale = longest <= 0 ? 0 : 160d / longest;
        double waitWidth = waiting * scale;
        double workWidth = working * scale;
        return new Cell(String.format(Locale.ROOT, "<svg width=\"164\" height=\"12\" role=\"img\"><title>等待 waiting / 處理 working</title>"
                + "<rect class=\"wait\" x=\"0\" y=\"1\" width=\"%.1f\" height=\"10\"/>"
                + "<rect class=\"work\" x=\"%.1f\" y=\"1\" width=\"%.1f\" height=\"10\"/></svg>", waitWidth, waitWidth,
                workWidth), false);
    }

    private static long nz(Long value) {
        return value == null ? 0 : value;
    }

    private static String e(Object value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value.toString());
    }
}
