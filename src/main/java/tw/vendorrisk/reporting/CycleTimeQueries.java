package tw.vendorrisk.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import tw.vendorrisk.common.TaskNames;

/**
 * The report's SQL on the engine's tables: everything is counted, sorted and aggregated in the
 * database ({@code PERCENTILE_CONT ... WITHIN GROUP}, portable between PostgreSQL and H2 2.x), so
 * the application reads a few rows per process and step however long the history grows. The
 * indexes these queries rely on are in {@code db/engine-migration}.
 * <p>
 * Times are compared as the engine writes them: {@code TIMESTAMP} without time zone in the JVM's
 * zone. A period {@code [from, to]} covers whole days: {@code from 00:00 <= t < to+1 00:00}.
 */
@Repository
class CycleTimeQueries {

    private static final List<String> TERMINATED = Outcome.CANCELLED.states();
    /** The most rows the deadline list returns, earliest first. */
    static final int MAX_DEADLINES = 500;

    private final NamedParameterJdbcTemplate jdbc;

    CycleTimeQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Period(Timestamp from, Timestamp to) {
        static Period of(ReportFilter filter) {
            return new Period(Timestamp.valueOf(filter.from().atStartOfDay()),
                    Timestamp.valueOf(filter.to().plusDays(1).atStartOfDay()));
        }
    }

    /**
     * A statement and its parameters, e.g. for {@code EXPLAIN} in the benchmark. Times the
     * report computes itself (the period, the weeks, "now") go into the text as literals, not as
     * bind parameters: PostgreSQL then plans every execution for the actual period. With bind
     * parameters it switches to a generic plan after a few executions of the same prepared
     * statement, and for a range of unknown width that plan reads a 12-week period as if it were
     * a few rows. Only {@link Timestamp} values are inlined, and only ones made here; text from
     * the request stays a bind parameter.
     */
    record Sql(String text, MapSqlParameterSource params) {

        private static final DateTimeFormatter LITERAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

        static Sql of(String text, MapSqlParameterSource params) {
            MapSqlParameterSource binds = new MapSqlParameterSource();
            String inlined = text;
            for (String name : params.getParameterNames()) {
                Object value = params.getValue(name);
                if (value instanceof Timestamp time) {
                    inlined = inlined.replaceAll(":" + name + "\\b",
                            "TIMESTAMP '" + time.toLocalDateTime().format(LITERAL) + "'");
                } else {
                    binds.addValue(name, value);
                }
            }
            return new Sql(inlined, binds);
        }
    }

    record ProcessRow(String processKey, long started, long completed, long cancelled, Long median, Long p90,
            Long max) {
    }

    record EndRow(String processKey, String definitionId, String endActivityId, String state, long instances) {
    }

    record StartedWeek(LocalDate weekStart, String processKey, long started) {
    }

    record EndedWeek(LocalDate weekStart, String processKey, long completed, long cancelled, Long median, Long p90) {
    }

    record TaskRow(String processKey, String taskKey, String taskName, long completed, long claimed,
            Long waitingMedian, Long waitingP90, Long waitingMax, Long workingMedian, Long workingP90,
            Long workingMax) {
    }

    record DeadlineRow(String taskId, String processKey, String definitionId, String businessKey, String kind,
            String elementId, String elementName, LocalDateTime due, String assignee) {
    }

    /** The latest version of a deployed process: its key, name and definition id. */
    record Definition(String key, String name, String id) {
    }

    /** The latest definition of every deployed process key, by key. */
    Map<String, Definition> latestDefinitions() {
        Map<String, Definition> latest = new java.util.TreeMap<>();
        Map<String, Integer> versions = new java.util.HashMap<>();
        jdbc.query("SELECT d.KEY_, d.NAME_, d.VERSION_, d.ID_ FROM ACT_RE_PROCDEF d", rs -> {
            String key = rs.getString(1);
            int version = rs.getInt(3);
            if (versions.getOrDefault(key, Integer.MIN_VALUE) < version) {
                versions.put(key, version);
                latest.put(key, new Definition(key, rs.getString(2) == null ? key : rs.getString(2), rs.getString(4)));
            }
        });
        return latest;
    }

    List<ProcessRow> processes(ReportFilter filter) {
        Sql sql = processesSql(filter);
        return jdbc.query(sql.text(), sql.params(), (rs, row) -> new ProcessRow(rs.getString("process_key"),
                rs.getLong("started"), rs.getLong("completed"), rs.getLong("cancelled"), millis(rs, "median"),
                millis(rs, "p90"), millis(rs, "max_duration")));
    }

    Sql processesSql(ReportFilter filter) {
        MapSqlParameterSource params = periodParams(filter);
        String started = "p.START_TIME_ >= :from AND p.START_TIME_ < :to";
        String ended = "p.END_TIME_ >= :from AND p.END_TIME_ < :to";
        String measured = ended + " AND p.STATE_ IN (:measured)";
        String sql = "SELECT p.PROC_DEF_KEY_ AS process_key,"
                + " SUM(CASE WHEN " + started + " THEN 1 ELSE 0 END) AS started,"
                + " SUM(CASE WHEN " + ended + " AND p.STATE_ = 'COMPLETED' THEN 1 ELSE 0 END) AS completed,"
                + " SUM(CASE WHEN " + ended + " AND p.STATE_ IN (:terminated) THEN 1 ELSE 0 END) AS cancelled,"
                + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY p.DURATION_) FILTER (WHERE " + measured + ") AS median,"
                + " PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY p.DURATION_) FILTER (WHERE " + measured + ") AS p90,"
                + " MAX(CASE WHEN " + measured + " THEN p.DURATION_ END) AS max_duration"
                + " FROM ACT_HI_PROCINST p"
                + " WHERE ((" + started + ") OR (" + ended + "))" + instanceFilter(filter, params)
                + " GROUP BY p.PROC_DEF_KEY_";
        return Sql.of(sql, params);
    }

    List<EndRow> ends(ReportFilter filter) {
        Sql sql = endsSql(filter);
        return jdbc.query(sql.text(), sql.params(), (rs, row) -> new EndRow(rs.getString("process_key"),
                rs.getString("definition_id"), rs.getString("end_activity"), rs.getString("state"),
                rs.getLong("instances")));
    }

    Sql endsSql(ReportFilter filter) {
        MapSqlParameterSource params = periodParams(filter);
        String sql = "SELECT p.PROC_DEF_KEY_ AS process_key, MAX(p.PROC_DEF_ID_) AS definition_id,"
                + " p.END_ACT_ID_ AS end_activity, p.STATE_ AS state, COUNT(*) AS instances"
                + " FROM ACT_HI_PROCINST p"
                + " WHERE p.END_TIME_ >= :from AND p.END_TIME_ < :to" + instanceFilter(filter, params)
                + " GROUP BY p.PROC_DEF_KEY_, p.END_ACT_ID_, p.STATE_";
        return Sql.of(sql, params);
    }

    List<StartedWeek> startedByWeek(ReportFilter filter, List<Week> weeks) {
        Sql sql = startedByWeekSql(filter, weeks);
        return jdbc.query(sql.text(), sql.params(), (rs, row) -> new StartedWeek(rs.getTimestamp("week_start")
                .toLocalDateTime().toLocalDate(), rs.getString("process_key"), rs.getLong("started")));
    }

    Sql startedByWeekSql(ReportFilter filter, List<Week> weeks) {
        MapSqlParameterSource params = periodParams(filter);
        String sql = "SELECT w.week_start AS week_start, p.PROC_DEF_KEY_ AS process_key, COUNT(*) AS started"
                + " FROM " + weeksTable(weeks, params)
                + " JOIN ACT_HI_PROCINST p ON p.START_TIME_ >= w.range_start AND p.START_TIME_ < w.range_end"
                // the period again, so that the database reads it by index before it sorts into weeks
                + " WHERE p.START_TIME_ >= :from AND p.START_TIME_ < :to" + instanceFilter(filter, params)
                + " GROUP BY w.week_start, p.PROC_DEF_KEY_";
        return Sql.of(sql, params);
    }

    List<EndedWeek> endedByWeek(ReportFilter filter, List<Week> weeks) {
        Sql sql = endedByWeekSql(filter, weeks);
        return jdbc.query(sql.text(), sql.params(), (rs, row) -> new EndedWeek(rs.getTimestamp("week_start")
                .toLocalDateTime().toLocalDate(), rs.getString("process_key"), rs.getLong("completed"),
                rs.getLong("cancelled"), millis(rs, "median"), millis(rs, "p90")));
    }

    Sql endedByWeekSql(ReportFilter filter, List<Week> weeks) {
        MapSqlParameterSource params = periodParams(filter);
        String measured = "p.STATE_ IN (:measured)";
        String sql = "SELECT w.week_start AS week_start, p.PROC_DEF_KEY_ AS process_key,"
                + " SUM(CASE WHEN p.STATE_ = 'COMPLETED' THEN 1 ELSE 0 END) AS completed,"
                + " SUM(CASE WHEN p.STATE_ IN (:terminated) THEN 1 ELSE 0 END) AS cancelled,"
                + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY p.DURATION_) FILTER (WHERE " + measured + ") AS median,"
                + " PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY p.DURATION_) FILTER (WHERE " + measured + ") AS p90"
                + " FROM " + weeksTable(weeks, params)
                + " JOIN ACT_HI_PROCINST p ON p.END_TIME_ >= w.range_start AND p.END_TIME_ < w.range_end"
                + " WHERE p.END_TIME_ >= :from AND p.END_TIME_ < :to" + instanceFilter(filter, params)
                + " GROUP BY w.week_start, p.PROC_DEF_KEY_";
        return Sql.of(sql, params);
    }

    /**
     * User tasks completed in the period. The claim is the first time the task got an assignee,
     * from the identity link history ({@code ACT_HI_IDENTITYLINK}, type {@code assignee},
     * operation {@code add}), which the engine writes at history level {@code full} whoever sets
     * the assignee (Tasklist claim, REST, API).
     * <p>
     * A claim lies between its task's creation and end, so the claims needed are those from the
     * earliest creation among the period's tasks to the period's end: the database reads them as
     * one index range ({@code vr_hi_identitylink_claims}) and joins them by hash, instead of
     * looking up every task's claim one by one. Task names are not read here (the service takes
     * them from the models), so the period's tasks come from {@code vr_hi_task_end_report} alone.
     */
    List<TaskRow> tasks(ReportFilter filter) {
        Timestamp earliestStart = earliestTaskStart(filter);
        if (earliestStart == null) {
            return List.of();
        }
        Sql sql = tasksSql(filter, earliestStart);
        return jdbc.query(sql.text(), sql.params(), (rs, row) -> new TaskRow(rs.getString("process_key"),
                rs.getString("task_key"), null, rs.getLong("completed"), rs.getLong("claimed"),
                millis(rs, "waiting_median"), millis(rs, "waiting_p90"), millis(rs, "waiting_max"),
                millis(rs, "working_median"), millis(rs, "working_p90"), millis(rs, "working_max")));
    }

    /**
     * When the earliest of the tasks completed in the period was created; null when there are none.
     * {@code COALESCE} (a task always has its start time) keeps PostgreSQL from answering {@code MIN}
     * by walking the engine's index on {@code START_TIME_} from the oldest task until one ends in the
     * period, which reads the whole history before the period. Instead it reads the period's tasks
     * from {@code vr_hi_task_end_report}.
     */
    Timestamp earliestTaskStart(ReportFilter filter) {
        Sql sql = earliestTaskStartSql(filter);
        return jdbc.queryForObject(sql.text(), sql.params(), Timestamp.class);
    }

    Sql earliestTaskStartSql(ReportFilter filter) {
        MapSqlParameterSource params = periodParams(filter);
        return Sql.of("SELECT MIN(COALESCE(t.START_TIME_, t.END_TIME_)) FROM ACT_HI_TASKINST t"
                + periodTasks(filter, params), params);
    }

    Sql tasksSql(ReportFilter filter, Timestamp earliestStart) {
        MapSqlParameterSource params = periodParams(filter).addValue("claimsFrom", earliestStart);
        String claims = "SELECT l.TASK_ID_ AS task_id, MIN(l.TIMESTAMP_) AS claimed FROM ACT_HI_IDENTITYLINK l"
                + " WHERE l.TYPE_ = 'assignee' AND l.OPERATION_TYPE_ = 'add'"
                + " AND l.TIMESTAMP_ >= :claimsFrom AND l.TIMESTAMP_ < :to GROUP BY l.TASK_ID_";
        String measures = "SELECT t.PROC_DEF_KEY_ AS process_key, t.TASK_DEF_KEY_ AS task_key, c.claimed,"
                // whole milliseconds as BIGINT: sorts fast, and H2's PERCENTILE_CONT fails on some DOUBLE values
                + " CAST(EXTRACT(EPOCH FROM (COALESCE(c.claimed, t.END_TIME_) - t.START_TIME_)) * 1000 AS BIGINT)"
                + " AS waiting_ms,"
                + " CAST(EXTRACT(EPOCH FROM (t.END_TIME_ - c.claimed)) * 1000 AS BIGINT) AS working_ms"
                + " FROM ACT_HI_TASKINST t LEFT JOIN (" + claims + ") c ON c.task_id = t.ID_"
                + periodTasks(filter, params);
        String sql = "SELECT m.process_key, m.task_key, COUNT(*) AS completed, COUNT(m.claimed) AS claimed,"
                + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY m.waiting_ms) AS waiting_median,"
                + " PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY m.waiting_ms) AS waiting_p90,"
                + " MAX(m.waiting_ms) AS waiting_max,"
                + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY m.working_ms) AS working_median,"
                + " PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY m.working_ms) AS working_p90,"
                + " MAX(m.working_ms) AS working_max"
                + " FROM (" + measures + ") m GROUP BY m.process_key, m.task_key";
        return Sql.of(sql, params);
    }

    /** The user tasks {@code t} completed in the period, with the filters; joins the instance when needed. */
    private static String periodTasks(ReportFilter filter, MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder();
        if (filter.businessKey() != null || filter.outcome() != null) {
            sql.append(" JOIN ACT_HI_PROCINST p ON p.ID_ = t.PROC_INST_ID_");
        }
        sql.append(" WHERE t.END_TIME_ >= :from AND t.END_TIME_ < :to AND t.DELETE_REASON_ = 'completed'"
                + " AND t.PROC_DEF_KEY_ IS NOT NULL");
        if (filter.process() != null) {
            sql.append(" AND t.PROC_DEF_KEY_ = :process");
            params.addValue("process", filter.process());
        }
        if (filter.businessKey() != null || filter.outcome() != null) {
            sql.append(instanceFilter(new ReportFilter(null, filter.from(), filter.to(), filter.businessKey(),
                    filter.outcome(), filter.horizonDays()), params));
        }
        return sql.toString();
    }

    /** Open instances (no end time) by age at {@code now}; the period does not apply. */
    List<CycleTimeReport.OpenByAge> openByAge(ReportFilter filter, LocalDateTime now) {
        if (filter.outcome() != null && filter.outcome() != Outcome.OPEN) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("d7", Timestamp.valueOf(now.minusDays(7)))
                .addValue("d30", Timestamp.valueOf(now.minusDays(30)))
                .addValue("d90", Timestamp.valueOf(now.minusDays(90)));
        ReportFilter withoutOutcome = new ReportFilter(filter.process(), filter.from(), filter.to(),
                filter.businessKey(), null, filter.horizonDays());
        String sql = "SELECT p.PROC_DEF_KEY_ AS process_key, COUNT(*) AS open_instances,"
                + " SUM(CASE WHEN p.START_TIME_ > :d7 THEN 1 ELSE 0 END) AS under7,"
                + " SUM(CASE WHEN p.START_TIME_ <= :d7 AND p.START_TIME_ > :d30 THEN 1 ELSE 0 END) AS from7,"
                + " SUM(CASE WHEN p.START_TIME_ <= :d30 AND p.START_TIME_ > :d90 THEN 1 ELSE 0 END) AS from30,"
                + " SUM(CASE WHEN p.START_TIME_ <= :d90 THEN 1 ELSE 0 END) AS over90,"
                + " MIN(p.START_TIME_) AS oldest"
                + " FROM ACT_HI_PROCINST p WHERE p.END_TIME_ IS NULL" + instanceFilter(withoutOutcome, params)
                + " GROUP BY p.PROC_DEF_KEY_";
        Sql query = Sql.of(sql, params);
        return jdbc.query(query.text(), query.params(), (rs, row) -> new CycleTimeReport.OpenByAge(rs.getString("process_key"),
                rs.getLong("open_instances"), rs.getLong("under7"), rs.getLong("from7"), rs.getLong("from30"),
                rs.getLong("over90"), rs.getTimestamp("oldest").toLocalDateTime()));
    }

    /** Open user tasks past their due date at {@code now}, by candidate group, process and step. */
    List<CycleTimeReport.OverdueTasks> overdueTasks(ReportFilter filter, LocalDateTime now) {
        if (filter.outcome() != null && filter.outcome() != Outcome.OPEN) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("now", Timestamp.valueOf(now));
        String sql = "SELECT i.GROUP_ID_ AS candidate_group, d.KEY_ AS process_key, t.TASK_DEF_KEY_ AS task_key,"
                + " MAX(t.NAME_) AS task_name, COUNT(*) AS overdue, COUNT(t.ASSIGNEE_) AS assigned,"
                + " MIN(t.DUE_DATE_) AS oldest_due"
                + " FROM ACT_RU_TASK t JOIN ACT_RE_PROCDEF d ON d.ID_ = t.PROC_DEF_ID_"
                + " LEFT JOIN ACT_RU_IDENTITYLINK i ON i.TASK_ID_ = t.ID_ AND i.TYPE_ = 'candidate'"
                + " AND i.GROUP_ID_ IS NOT NULL"
                + runtimeFilter(filter, params, "d.KEY_")
                + " AND t.DUE_DATE_ < :now"
                + " GROUP BY i.GROUP_ID_, d.KEY_, t.TASK_DEF_KEY_";
        Sql query = Sql.of(sql, params);
        return jdbc.query(query.text(), query.params(), (rs, row) -> new CycleTimeReport.OverdueTasks(rs.getString("candidate_group"),
                rs.getString("process_key"), rs.getString("task_key"), TaskNames.step(rs.getString("task_name")),
                rs.getLong("overdue"), rs.getLong("assigned"), rs.getTimestamp("oldest_due").toLocalDateTime()));
    }

    /** Open user tasks and pending timers of {@code keys} due before {@code horizon}, earliest first. */
    List<DeadlineRow> deadlines(ReportFilter filter, List<String> keys, LocalDateTime horizon) {
        if (filter.outcome() != null && filter.outcome() != Outcome.OPEN || keys.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("horizon", Timestamp.valueOf(horizon))
                .addValue("keys", keys);
        String tasks = "SELECT t.ID_ AS task_id, d.KEY_ AS process_key, t.PROC_DEF_ID_ AS definition_id,"
                + " e.BUSINESS_KEY_ AS business_key, t.TASK_DEF_KEY_ AS element_id, t.NAME_ AS element_name,"
                + " t.DUE_DATE_ AS due, t.ASSIGNEE_ AS assignee"
                + " FROM ACT_RU_TASK t JOIN ACT_RE_PROCDEF d ON d.ID_ = t.PROC_DEF_ID_"
                + runtimeFilter(filter, params, "d.KEY_")
                + " AND d.KEY_ IN (:keys) AND t.DUE_DATE_ < :horizon"
                + " ORDER BY t.DUE_DATE_, t.ID_ FETCH FIRST " + MAX_DEADLINES + " ROWS ONLY";
        Sql taskQuery = Sql.of(tasks, params);
        List<DeadlineRow> rows = new ArrayList<>(jdbc.query(taskQuery.text(), taskQuery.params(), (rs, row) -> new DeadlineRow(
                rs.getString("task_id"), rs.getString("process_key"), rs.getString("definition_id"),
                rs.getString("business_key"), "task", rs.getString("element_id"), rs.getString("element_name"),
                rs.getTimestamp("due").toLocalDateTime(), rs.getString("assignee"))));
        String timers = "SELECT j.PROCESS_DEF_KEY_ AS process_key, j.PROCESS_DEF_ID_ AS definition_id,"
                + " e.BUSINESS_KEY_ AS business_key, jd.ACT_ID_ AS element_id, j.HANDLER_CFG_ AS handler,"
                + " j.DUEDATE_ AS due"
                + " FROM ACT_RU_JOB j LEFT JOIN ACT_RU_JOBDEF jd ON jd.ID_ = j.JOB_DEF_ID_"
                + " LEFT JOIN ACT_RU_EXECUTION e ON e.ID_ = j.PROCESS_INSTANCE_ID_"
                + " WHERE j.TYPE_ = 'timer' AND j.PROCESS_DEF_KEY_ IN (:keys) AND j.DUEDATE_ < :horizon"
                + (filter.process() == null ? "" : " AND j.PROCESS_DEF_KEY_ = :process")
                + (filter.businessKey() == null ? "" : " AND e.BUSINESS_KEY_ = :businessKey")
                + " ORDER BY j.DUEDATE_, j.ID_ FETCH FIRST " + MAX_DEADLINES + " ROWS ONLY";
        Sql timerQuery = Sql.of(timers, params);
        rows.addAll(jdbc.query(timerQuery.text(), timerQuery.params(), (rs, row) -> new DeadlineRow(null,
                rs.getString("process_key"),
                rs.getString("definition_id"), rs.getString("business_key"), "timer",
                timerElement(rs.getString("element_id"), rs.getString("handler")), null,
                rs.getTimestamp("due").toLocalDateTime(), null)));
        return rows;
    }

    /** Candidate groups of the given open tasks. */
    Map<String, List<String>> candidateGroups(List<String> taskIds) {
        Map<String, List<String>> groups = new java.util.HashMap<>();
        if (taskIds.isEmpty()) {
            return groups;
        }
        jdbc.query("SELECT i.TASK_ID_, i.GROUP_ID_ FROM ACT_RU_IDENTITYLINK i WHERE i.TASK_ID_ IN (:ids)"
                + " AND i.TYPE_ = 'candidate' AND i.GROUP_ID_ IS NOT NULL ORDER BY i.GROUP_ID_",
                new MapSqlParameterSource("ids", taskIds),
                rs -> {
                    groups.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        return groups;
    }

    private static String timerElement(String activityId, String handlerConfiguration) {
        if (activityId != null || handlerConfiguration == null) {
            return activityId;
        }
        int end = handlerConfiguration.indexOf('$');
        return end < 0 ? handlerConfiguration : handlerConfiguration.substring(0, end);
    }

    /** A week of the trend: the Monday it is named after and the part of it inside the period. */
    record Week(LocalDate monday, Timestamp rangeStart, Timestamp rangeEnd) {
    }

    private static String weeksTable(List<Week> weeks, MapSqlParameterSource params) {
        StringBuilder values = new StringBuilder("(VALUES ");
        for (int i = 0; i < weeks.size(); i++) {
            Week week = weeks.get(i);
            params.addValue("w" + i, Timestamp.valueOf(week.monday().atStartOfDay()));
            params.addValue("ws" + i, week.rangeStart());
            params.addValue("we" + i, week.rangeEnd());
            values.append(i == 0 ? "" : ", ").append("(CAST(:w").append(i).append(" AS TIMESTAMP), CAST(:ws")
                    .append(i).append(" AS TIMESTAMP), CAST(:we").append(i).append(" AS TIMESTAMP))");
        }
        return values.append(") AS w (week_start, range_start, range_end)").toString();
    }

    private static MapSqlParameterSource periodParams(ReportFilter filter) {
        Period period = Period.of(filter);
        return new MapSqlParameterSource()
                .addValue("from", period.from())
                .addValue("to", period.to())
                .addValue("terminated", TERMINATED)
                .addValue("measured", filter.outcome() == Outcome.CANCELLED ? TERMINATED : Outcome.COMPLETED.states());
    }

    /** Process, business key and outcome on {@code ACT_HI_PROCINST p}. */
    private static String instanceFilter(ReportFilter filter, MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder();
        if (filter.process() != null) {
            sql.append(" AND p.PROC_DEF_KEY_ = :process");
            params.addValue("process", filter.process());
        }
        if (filter.businessKey() != null) {
            sql.append(" AND p.BUSINESS_KEY_ = :businessKey");
            params.addValue("businessKey", filter.businessKey());
        }
        if (filter.outcome() == Outcome.OPEN) {
            sql.append(" AND p.END_TIME_ IS NULL");
        } else if (filter.outcome() != null) {
            sql.append(" AND p.STATE_ IN (:states)");
            params.addValue("states", filter.outcome().states());
        }
        return sql.toString();
    }

    /** Joins the process instance of an open task {@code t} when needed; starts the WHERE clause. */
    private static String runtimeFilter(ReportFilter filter, MapSqlParameterSource params, String keyColumn) {
        StringBuilder sql = new StringBuilder(" LEFT JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_ WHERE 1 = 1");
        if (filter.process() != null) {
            sql.append(" AND ").append(keyColumn).append(" = :process");
            params.addValue("process", filter.process());
        }
        if (filter.businessKey() != null) {
            sql.append(" AND e.BUSINESS_KEY_ = :businessKey");
            params.addValue("businessKey", filter.businessKey());
        }
        return sql.toString();
    }

    private static Long millis(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : Math.round(((Number) value).doubleValue());
    }
}
