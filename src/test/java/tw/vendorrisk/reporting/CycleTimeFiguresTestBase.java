package tw.vendorrisk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.vendorrisk.reporting.CycleTimeScenario.APPROVE;
import static tw.vendorrisk.reporting.CycleTimeScenario.AUDIT;
import static tw.vendorrisk.reporting.CycleTimeScenario.FROM;
import static tw.vendorrisk.reporting.CycleTimeScenario.NOW;
import static tw.vendorrisk.reporting.CycleTimeScenario.PREPARE;
import static tw.vendorrisk.reporting.CycleTimeScenario.PROCESS;
import static tw.vendorrisk.reporting.CycleTimeScenario.TO;
import static tw.vendorrisk.reporting.CycleTimeScenario.inPeriod;
import static tw.vendorrisk.reporting.CycleTimeScenario.percentile;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import tw.vendorrisk.reporting.CycleTimeScenario.ScriptedInstance;
import tw.vendorrisk.reporting.CycleTimeScenario.ScriptedTask;
import tw.vendorrisk.support.RestClient;

/**
 * The figures of {@code GET /api/reports/cycle-times} for the known history of
 * {@link CycleTimeScenario}, each compared with what the test computes from the scripted times.
 * Runs on H2 ({@link CycleTimeReportTest}) and on PostgreSQL ({@link CycleTimeReportPostgresIT}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CycleTimeFiguresTestBase {

    static final String PERIOD = "from=" + FROM + "&to=" + TO;

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired DataSource dataSource;
    final ObjectMapper json = new ObjectMapper();
    CycleTimeScenario scenario;

    @BeforeAll
    void writeHistory() {
        engine.getIdentityService().clearAuthentication();
        scenario = new CycleTimeScenario(engine);
        scenario.run();
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    JsonNode report(String query) throws Exception {
        HttpResponse<String> response = RestClient.as(port, "olivia").get("/api/reports/cycle-times?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    static JsonNode row(JsonNode rows, String field, String value) {
        for (JsonNode row : rows) {
            if (value.equals(row.path(field).asText())) {
                return row;
            }
        }
        throw new AssertionError("no row with " + field + "=" + value + " in " + rows);
    }

    static List<JsonNode> rows(JsonNode rows, Predicate<JsonNode> which) {
        List<JsonNode> found = new ArrayList<>();
        rows.forEach(row -> {
            if (which.test(row)) {
                found.add(row);
            }
        });
        return found;
    }

    @Test
    void perProcess_startedCompletedCancelledOpen_andCycleTimes() throws Exception {
        JsonNode report = report(PERIOD + "&process=" + PROCESS);

        assertThat(report.path("asOf").asText()).startsWith(NOW.toString());
        JsonNode process = row(report.path("processes"), "processKey", PROCESS);
        assertThat(process.path("processName").asText()).isEqualTo(CycleTimeScenario.PROCESS_NAME);
        Predicate<ScriptedInstance> mine = instance -> instance.processKey().equals(PROCESS);
        Predicate<ScriptedInstance> completed = mine.and(i -> "COMPLETED".equals(i.state()) && inPeriod(i.ended()));
        List<Long> durations = scenario.durations(completed);
        assertThat(durations).hasSize(5);

        assertThat(process.path("started").asLong())
                .isEqualTo(scenario.instances(mine.and(i -> inPeriod(i.started()))).size());
        assertThat(process.path("completed").asLong()).isEqualTo(durations.size());
        assertThat(process.path("cancelled").asLong()).isEqualTo(scenario.instances(
                mine.and(i -> "EXTERNALLY_TERMINATED".equals(i.state()) && inPeriod(i.ended()))).size());
        assertThat(process.path("open").asLong()).isEqualTo(scenario.instances(mine.and(i -> i.ended() == null)).size());
        assertThat(process.path("cycleTimeMedianMs").asLong()).isEqualTo(percentile(durations, 0.5));
        assertThat(process.path("cycleTimeP90Ms").asLong()).isEqualTo(percentile(durations, 0.9));
        assertThat(process.path("cycleTimeMaxMs").asLong()).isEqualTo(durations.stream().mapToLong(d -> d).max().orElseThrow());
        assertThat(report.path("processes")).hasSize(1);
    }

    @Test
    void everyDeployedProcessIsListed_evenWithoutInstances() throws Exception {
        JsonNode processes = report(PERIOD).path("processes");

        assertThat(row(processes, "processKey", "vendor-selection").path("started").asLong()).isZero();
        assertThat(row(processes, "processKey", "contract-signing").path("cycleTimeMedianMs").isMissingNode()).isTrue();
        assertThat(row(processes, "processKey", AUDIT).path("started").asLong()).isEqualTo(1);
        assertThat(row(processes, "processKey", AUDIT).path("open").asLong()).isEqualTo(2);
    }

    @Test
    void weeklyTrend_everyWeekOfThePeriod() throws Exception {
        JsonNode trend = report(PERIOD + "&process=" + PROCESS).path("trend");

        List<LocalDate> mondays = new ArrayList<>();
        for (LocalDate monday = FROM.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !monday.isAfter(TO);
                monday = monday.plusWeeks(1)) {
            mondays.add(monday);
        }
        assertThat(trend).hasSize(mondays.size());
        for (LocalDate monday : mondays) {
            JsonNode week = row(trend, "weekStart", monday.toString());
            Predicate<LocalDateTime> inWeek = time -> time != null && inPeriod(time)
                    && !time.toLocalDate().isBefore(monday) && time.toLocalDate().isBefore(monday.plusWeeks(1));
            Predicate<ScriptedInstance> mine = i -> i.processKey().equals(PROCESS);
            assertThat(week.path("started").asLong()).as("started in week of " + monday)
                    .isEqualTo(scenario.instances(mine.and(i -> inWeek.test(i.started()))).size());
            List<Long> durations = scenario.durations(mine.and(i -> "COMPLETED".equals(i.state())
                    && inWeek.test(i.ended())));
            assertThat(week.path("completed").asLong()).as("completed in week of " + monday).isEqualTo(durations.size());
            if (durations.isEmpty()) {
                assertThat(week.path("cycleTimeMedianMs").isMissingNode()).isTrue();
            } else {
                assertThat(week.path("cycleTimeMedianMs").asLong()).isEqualTo(percentile(durations, 0.5));
                assertThat(week.path("cycleTimeP90Ms").asLong()).isEqualTo(percentile(durations, 0.9));
            }
            assertThat(week.path("cancelled").asLong()).isEqualTo(scenario.instances(
                    mine.and(i -> "EXTERNALLY_TERMINATED".equals(i.state()) && inWeek.test(i.ended()))).size());
        }
    }

    @Test
    void perStep_waitingUntilClaimed_andWorkingUntilCompleted() throws Exception {
        JsonNode tasks = report(PERIOD + "&process=" + PROCESS).path("tasks");

        assertThat(tasks).hasSize(2);
        long slowest = 0;
        String slowestKey = null;
        for (String taskKey : List.of(PREPARE, APPROVE)) {
            JsonNode step = row(tasks, "taskKey", taskKey);
            List<ScriptedTask> done = scenario.completedInPeriod(taskKey);
            List<Long> waiting = done.stream().map(ScriptedTask::waitingMs).toList();
            List<Long> working = done.stream().map(ScriptedTask::workingMs).filter(Objects::nonNull).toList();
            assertThat(step.path("completed").asLong()).as(taskKey).isEqualTo(done.size());
            assertThat(step.path("claimed").asLong()).as(taskKey).isEqualTo(working.size());
            assertThat(step.path("waitingMedianMs").asLong()).as(taskKey).isEqualTo(percentile(waiting, 0.5));
            assertThat(step.path("waitingP90Ms").asLong()).as(taskKey).isEqualTo(percentile(waiting, 0.9));
            assertThat(step.path("waitingMaxMs").asLong()).as(taskKey).isEqualTo(percentile(waiting, 1.0));
            assertThat(step.path("workingMedianMs").asLong()).as(taskKey).isEqualTo(percentile(working, 0.5));
            assertThat(step.path("workingP90Ms").asLong()).as(taskKey).isEqualTo(percentile(working, 0.9));
            assertThat(step.path("workingMaxMs").asLong()).as(taskKey).isEqualTo(percentile(working, 1.0));
            long total = percentile(waiting, 0.5) + percentile(working, 0.5);
            if (total > slowest) {
                slowest = total;
                slowestKey = taskKey;
            }
        }
        assertThat(row(tasks, "taskKey", slowestKey).path("slowest").asBoolean()).isTrue();
        assertThat(rows(tasks, task -> task.path("slowest").asBoolean())).hasSize(1);
        // a step nobody claimed waits until it is completed
        assertThat(scenario.completedInPeriod(PREPARE)).anyMatch(task -> task.claimed() == null);
    }

    @Test
    void openInstancesByAge() throws Exception {
        JsonNode open = report(PERIOD).path("openByAge");

        for (String process : List.of(PROCESS, AUDIT)) {
            JsonNode row = row(open, "processKey", process);
            List<ScriptedInstance> openNow = scenario.instances(i -> i.processKey().equals(process) && i.ended() == null);
            assertThat(row.path("open").asLong()).isEqualTo(openNow.size());
            assertThat(row.path("under7Days").asLong()).isEqualTo(openNow.stream()
                    .filter(i -> i.started().isAfter(NOW.minusDays(7))).count());
            assertThat(row.path("from30To90Days").asLong()).isEqualTo(openNow.stream()
                    .filter(i -> !i.started().isAfter(NOW.minusDays(30)) && i.started().isAfter(NOW.minusDays(90))).count());
            assertThat(row.path("oldestStart").asText()).startsWith(openNow.stream().map(ScriptedInstance::started)
                    .min(LocalDateTime::compareTo).orElseThrow().toString());
        }
    }

    @Test
    void overdueTasksByCandidateGroup() throws Exception {
        JsonNode overdue = report(PERIOD).path("overdueTasks");

        JsonNode procurement = row(overdue, "candidateGroup", "procurement");
        List<LocalDateTime> dues = scenario.tasks.stream()
                .filter(task -> task.ended() == null && task.taskKey().equals(PREPARE))
                .map(task -> task.created().plusDays(2)).filter(due -> due.isBefore(NOW)).toList();
        assertThat(procurement.path("processKey").asText()).isEqualTo(PROCESS);
        assertThat(procurement.path("taskKey").asText()).isEqualTo(PREPARE);
        assertThat(procurement.path("overdue").asLong()).isEqualTo(dues.size()).isEqualTo(2);
        assertThat(procurement.path("assigned").asLong()).isZero();
        assertThat(procurement.path("oldestDue").asText()).startsWith(dues.stream().min(LocalDateTime::compareTo)
                .orElseThrow().toString());
        JsonNode infosec = row(overdue, "candidateGroup", "infosec");
        assertThat(infosec.path("overdue").asLong())
                .isEqualTo(scenario.auditTaskDues.stream().filter(due -> due.isBefore(NOW)).count());
    }

    @Test
    void obligationDeadlinesAtRisk_tasksAndTimersWithinTheHorizon() throws Exception {
        JsonNode deadlines = report(PERIOD + "&horizonDays=30").path("deadlinesAtRisk");

        List<JsonNode> audits = rows(deadlines, row -> row.path("businessKey").asText().startsWith("AUDIT-"));
        List<LocalDateTime> expectedDues = new ArrayList<>();
        scenario.auditTimers.stream().filter(due -> due.isBefore(NOW.plusDays(30))).forEach(expectedDues::add);
        scenario.auditTaskDues.stream().filter(due -> due.isBefore(NOW.plusDays(30))).forEach(expectedDues::add);
        expectedDues.sort(LocalDateTime::compareTo);
        assertThat(audits).extracting(row -> LocalDateTime.parse(row.path("due").asText())).containsExactlyElementsOf(expectedDues);
        for (JsonNode row : audits) {
            LocalDateTime due = LocalDateTime.parse(row.path("due").asText());
            assertThat(row.path("processKey").asText()).isEqualTo(AUDIT);
            assertThat(row.path("daysLeft").asLong()).isEqualTo(Math.floorDiv(
                    CycleTimeScenario.millis(NOW, due), 86_400_000L));
            if ("timer".equals(row.path("kind").asText())) {
                assertThat(row.path("elementId").asText()).isEqualTo(CycleTimeScenario.REMINDER);
                assertThat(row.path("elementName").asText()).isEqualTo("提醒 Reminder");
            } else {
                assertThat(row.path("elementId").asText()).isEqualTo(CycleTimeScenario.FIELDWORK);
                assertThat(row.path("candidateGroups").get(0).asText()).isEqualTo("infosec");
            }
        }
        assertThat(audits).anyMatch(row -> row.path("daysLeft").asLong() < 0);
        // nothing of a process outside the obligation list
        assertThat(rows(deadlines, row -> PROCESS.equals(row.path("processKey").asText()))).isEmpty();
        // a short horizon leaves out what is due later
        JsonNode soon = report(PERIOD + "&horizonDays=0").path("deadlinesAtRisk");
        assertThat(rows(soon, row -> row.path("businessKey").asText().startsWith("AUDIT-")))
                .allMatch(row -> row.path("daysLeft").asLong() < 0).hasSize(2);
    }

    @Test
    void filterByBusinessKey() throws Exception {
        JsonNode report = report(PERIOD + "&process=" + PROCESS + "&businessKey=V-100");

        JsonNode process = row(report.path("processes"), "processKey", PROCESS);
        List<Long> durations = scenario.durations(i -> "V-100".equals(i.businessKey()) && inPeriod(i.ended()));
        assertThat(process.path("completed").asLong()).isEqualTo(durations.size()).isEqualTo(2);
        assertThat(process.path("cycleTimeMedianMs").asLong()).isEqualTo(percentile(durations, 0.5));
        assertThat(row(report.path("tasks"), "taskKey", APPROVE).path("completed").asLong()).isEqualTo(2);
        assertThat(report.path("openByAge")).isEmpty();
    }

    @Test
    void filterByOutcome() throws Exception {
        Predicate<ScriptedInstance> mine = i -> i.processKey().equals(PROCESS);

        JsonNode completed = row(report(PERIOD + "&process=" + PROCESS + "&outcome=completed").path("processes"),
                "processKey", PROCESS);
        assertThat(completed.path("started").asLong()).isEqualTo(scenario.instances(mine.and(i ->
                "COMPLETED".equals(i.state()) && inPeriod(i.started()))).size());
        assertThat(completed.path("cancelled").asLong()).isZero();
        assertThat(completed.path("open").asLong()).isZero();

        JsonNode cancelledReport = report(PERIOD + "&process=" + PROCESS + "&outcome=CANCELLED");
        JsonNode cancelled = row(cancelledReport.path("processes"), "processKey", PROCESS);
        List<Long> cancelledDurations = scenario.durations(mine.and(i -> "EXTERNALLY_TERMINATED".equals(i.state())));
        assertThat(cancelled.path("cancelled").asLong()).isEqualTo(cancelledDurations.size());
        assertThat(cancelled.path("completed").asLong()).isZero();
        assertThat(cancelled.path("cycleTimeMedianMs").asLong()).isEqualTo(percentile(cancelledDurations, 0.5));
        assertThat(cancelledReport.path("overdueTasks")).isEmpty();
        assertThat(row(cancelledReport.path("outcomes"), "processKey", PROCESS).path("state").asText())
                .isEqualTo("EXTERNALLY_TERMINATED");

        JsonNode open = report(PERIOD + "&process=" + PROCESS + "&outcome=open");
        assertThat(row(open.path("processes"), "processKey", PROCESS).path("started").asLong()).isEqualTo(
                scenario.instances(mine.and(i -> i.ended() == null && inPeriod(i.started()))).size());
        assertThat(row(open.path("openByAge"), "processKey", PROCESS).path("open").asLong()).isEqualTo(
                scenario.instances(mine.and(i -> i.ended() == null)).size());
        assertThat(open.path("tasks")).isEmpty();
    }

    @Test
    void outcomesByEndEvent() throws Exception {
        JsonNode outcomes = report(PERIOD + "&process=" + PROCESS).path("outcomes");

        JsonNode approved = row(outcomes, "endActivityId", CycleTimeScenario.END);
        assertThat(approved.path("endActivityName").asText()).isEqualTo("已核准 Approved");
        assertThat(approved.path("state").asText()).isEqualTo("COMPLETED");
        assertThat(approved.path("instances").asLong()).isEqualTo(
                scenario.instances(i -> "COMPLETED".equals(i.state()) && inPeriod(i.ended())).size());
    }

    @Test
    void csvCarriesTheSameFigures() throws Exception {
        HttpResponse<String> csv = RestClient.as(port, "olivia")
                .get("/api/reports/cycle-times/processes.csv?" + PERIOD + "&process=" + PROCESS, "text/csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment").contains("cycle-times-processes.csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFFprocess_key,process_name,started,completed,cancelled,open,");
        List<Long> durations = scenario.durations(i -> "COMPLETED".equals(i.state()) && inPeriod(i.ended()));
        String medianHours = String.format(Locale.ROOT, "%.3f", percentile(durations, 0.5) / 3_600_000d);
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).startsWith(PROCESS + "," + CycleTimeScenario.PROCESS_NAME + ",")
                .contains("," + medianHours + ",");
    }

    @Test
    void historyIndexesAreCreatedByTheEngineMigration() throws Exception {
        List<String> indexes = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : List.of("ACT_HI_TASKINST", "ACT_HI_IDENTITYLINK")) {
                String name = connection.getMetaData().storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT) : table;
                try (ResultSet rs = connection.getMetaData().getIndexInfo(null, null, name, false, false)) {
                    while (rs.next()) {
                        indexes.add(String.valueOf(rs.getString("INDEX_NAME")).toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        assertThat(indexes).contains("vr_hi_task_end_report", "vr_hi_identitylink_claims")
                .doesNotContain("vr_hi_identitylink_task_type");
        boolean postgres;
        try (Connection connection = dataSource.getConnection()) {
            postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
        // V5_2 (statistics for the task query's authorization check) exists on PostgreSQL only
        assertThat(new JdbcTemplate(dataSource).queryForList("select \"version\" from \""
                + EngineSchemaMigrations.HISTORY_TABLE + "\" where \"success\" = true and \"version\" <> '0'", String.class))
                .containsExactlyInAnyOrderElementsOf(postgres ? List.of("5", "5.1", "5.2") : List.of("5", "5.1"));
    }
}
