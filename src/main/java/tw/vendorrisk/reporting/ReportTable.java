package tw.vendorrisk.reporting;

import java.util.Arrays;

import tw.vendorrisk.register.RegisterException;

/** The report's tables, each downloadable as CSV under its name. */
public enum ReportTable {
    PROCESSES("processes"),
    TREND("trend"),
    TASKS("tasks"),
    OPEN_BY_AGE("open-by-age"),
    OVERDUE_TASKS("overdue-tasks"),
    DEADLINES_AT_RISK("deadlines-at-risk"),
    OUTCOMES("outcomes");

    private final String path;

    ReportTable(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public static ReportTable of(String path) {
        return Arrays.stream(values()).filter(table -> table.path.equals(path)).findFirst()
                .orElseThrow(() -> RegisterException.notFound("Report table", path));
    }
}
