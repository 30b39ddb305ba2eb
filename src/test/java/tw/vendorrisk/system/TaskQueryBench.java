package tw.vendorrisk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import tw.vendorrisk.common.Groups;
import tw.vendorrisk.support.BenchResults;
import tw.vendorrisk.support.BenchTimer.Measure;
import tw.vendorrisk.support.BenchTimer;
import tw.vendorrisk.support.EmbeddedPostgresConfiguration;
import tw.vendorrisk.support.RestClient;

/**
 * How fast a group's Tasklist opens with 10 000 open tasks (issue 8, part of the {@code bench}
 * profile: {@code ./mvnw -B -Pbench verify}). Embedded PostgreSQL, the app on a random port,
 * authorization on as in production. 10 000 open user tasks, spread evenly over the five task
 * worker groups, each with a due date between 30 days ago and 90 days ahead, one in five claimed by
 * the group's demo user; they are started through the engine, so each task has its candidate-group
 * identity link and the {@code TASK_WORK} authorization the engine grants the group.
 * <p>
 * As {@code ivan} (infosec) it sends what the Tasklist sends when he opens the shared filter
 * {@link AccessSetup#FILTER_GROUP_TASKS} sorted by due date: {@code POST
 * /engine-rest/filter/{id}/list?firstResult=0&maxResults=15} with {@code Accept: application/hal+json}
 * (the page, the count and the embedded users, process definitions and candidate groups). 10 calls to
 * warm up, 40 measured. For comparison it also times the plain {@code POST /engine-rest/task} with the
 * same criteria. Then it prints the engine's SQL for the page with {@code EXPLAIN ANALYZE}.
 * Writes {@code taskQueryP95Ms}, {@code taskQueryMedianMs} (the filter call) and the plain query's
 * figures to {@code target/bench/results.json}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.tw.vendorrisk=WARN")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class TaskQueryBench {

    static final int TASKS = 10_000;
    static final int PAGE = 15;
    static final int WARM_UP = 10;
    static final int MEASURED = 40;
    static final String PROCESS = "bench-task-query";
    static final String USER = "ivan";
    static final String GROUP = Groups.INFOSEC;
    static final Map<String, String> DEMO_USER = Map.of(Groups.PROCUREMENT, "alice", Groups.INFOSEC, "ivan",
            Groups.PROJECT_LEADS, "peter", Groups.LEGAL, "lena", Groups.MANAGERS, "mark");
    /** The Tasklist's request body for a filter page (camunda-tasklist-ui, taskListQuery), sorted by due date. */
    static final String TASKLIST_BODY = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
            + "\"firstResult\":0,\"maxResults\":15,\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}],"
            + "\"active\":true}";
    static final String HAL = "application/hal+json, application/json; q=0.5";
    static final String SQL_LOGGER = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity";

    @LocalServerPort int port;
    @Autowired DataSource dataSource;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired FilterService filterService;
    @Autowired IdentityService identityService;
    final ObjectMapper json = new ObjectMapper();

    @Test
    void groupTasklistPage_with10kOpenTasks() throws Exception {
        identityService.clearAuthentication();
        long loading = System.nanoTime();
        createOpenTasks();
        double loadSeconds = (System.nanoTime() - loading) / 1e9;
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (String table : List.of("act_ru_task", "act_ru_identitylink", "act_ru_authorization", "act_ru_execution",
                "act_ru_variable")) {
            jdbc.execute("VACUUM ANALYZE " + table);
        }
        assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname like 'vr_ru_auth_perms%'",
                Long.class)).as("statistics of engine migration V5_2").isEqualTo(2);
        long openTasks = count(jdbc, "act_ru_task");
        assertThat(openTasks).isEqualTo(TASKS);
        long groupTasks = taskService.createTaskQuery().taskCandidateGroup(GROUP).includeAssignedTasks().count();
        List<String> expectedPage = taskService.createTaskQuery().taskCandidateGroup(GROUP).includeAssignedTasks()
                .orderByDueDate().asc().listPage(0, PAGE).stream().map(Task::getId).toList();

        String filterId = filterService.createFilterQuery().filterName(AccessSetup.FILTER_GROUP_TASKS).singleResult()
                .getId();
        RestClient ivan = RestClient.as(port, USER);
        String filterPath = "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=" + PAGE;
        String taskBody = "{\"candidateGroups\":[\"" + GROUP + "\"],\"includeAssignedTasks\":true,"
                + "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";
        String taskPath = "/engine-rest/task?firstResult=0&maxResults=" + PAGE;

        // correctness first: the page is the group's 15 tasks due first, and the count is the group's
        JsonNode hal = json.readTree(call(ivan, filterPath, TASKLIST_BODY, HAL));
        assertThat(hal.path("count").asLong()).isEqualTo(groupTasks).isEqualTo(TASKS / DEMO_USER.size());
        List<String> halIds = new ArrayList<>();
        hal.path("_embedded").path("task").forEach(task -> halIds.add(task.path("id").asText()));
        assertThat(halIds).containsExactlyElementsOf(expectedPage);
        JsonNode plain = json.readTree(call(ivan, taskPath, taskBody, "application/json"));
        List<String> plainIds = new ArrayList<>();
        plain.forEach(task -> plainIds.add(task.path("id").asText()));
        assertThat(plainIds).containsExactlyElementsOf(expectedPage);

        Measure filter = BenchTimer.measure(WARM_UP, MEASURED, () -> call(ivan, filterPath, TASKLIST_BODY, HAL));
        System.out.println("[bench] Tasklist filter page (hal+json): " + filter);
        Measure rest = BenchTimer.measure(WARM_UP, MEASURED, () -> call(ivan, taskPath, taskBody, "application/json"));
        System.out.println("[bench] POST /engine-rest/task page: " + rest);

        List<String> statements = engineSql(() -> call(ivan, filterPath, TASKLIST_BODY, HAL));
        System.out.printf(Locale.ROOT, "%n--- the engine's SQL for one Tasklist page, with EXPLAIN ANALYZE ---%n");
        for (String sql : statements) {
            System.out.println("# " + sql);
            jdbc.query("EXPLAIN (ANALYZE, BUFFERS) " + sql, rs -> {
                System.out.println("  " + rs.getString(1));
            });
        }

        System.out.printf(Locale.ROOT, "%n=== Task query: %,d open tasks (%,d of group %s), %,d authorizations, "
                + "%,d identity links; embedded PostgreSQL %s; %d calls after %d warm-up; created in %.1f s ===%n",
                openTasks, groupTasks, GROUP, count(jdbc, "act_ru_authorization"), count(jdbc, "act_ru_identitylink"),
                jdbc.queryForObject("show server_version", String.class), MEASURED, WARM_UP, loadSeconds);
        System.out.printf(Locale.ROOT, "%-44s %10s %10s %10s %10s%n", "call (as " + USER + ")", "median ms", "p95 ms",
                "min ms", "max ms");
        row("Tasklist filter page, hal+json", filter);
        row("POST /engine-rest/task, first page", rest);
        System.out.printf(Locale.ROOT, "load average %s (2 shared cores); target: p95 < 300 ms%n%n",
                BenchTimer.loadAverage());

        Map<String, Object> results = new LinkedHashMap<>();
        results.put("taskQueryP95Ms", BenchTimer.round(filter.p95Ms()));
        results.put("taskQueryMedianMs", BenchTimer.round(filter.medianMs()));
        results.put("taskQueryRestP95Ms", BenchTimer.round(rest.p95Ms()));
        results.put("taskQueryRestMedianMs", BenchTimer.round(rest.medianMs()));
        results.put("taskQueryOpenTasks", openTasks);
        results.put("taskQueryLoadAverage", filter.loadAverage());
        BenchResults.merge(results);
        System.out.println("written to " + BenchResults.FILE.toAbsolutePath() + ": " + results);
    }

    /**
     * A one-task process per instance: the user task has the group as candidate group, a due date,
     * and for one in five the group's demo user as assignee. Started on two threads.
     */
    private void createOpenTasks() throws Exception {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("work").name("Bench task").camundaCandidateGroups("${group}").camundaDueDate("${due}")
                .camundaAssignee("${assignee}")
                .endEvent().done();
        repositoryService.createDeployment().name(PROCESS).addModelInstance(PROCESS + ".bpmn", model).deploy();

        Random random = new Random(8);
        LocalDateTime now = LocalDateTime.now();
        List<Map<String, Object>> variables = new ArrayList<>(TASKS);
        for (int i = 0; i < TASKS; i++) {
            String group = Groups.TASK_WORKERS.get(i % Groups.TASK_WORKERS.size());
            LocalDateTime due = now.plusDays(random.nextInt(120) - 30).plusSeconds(i);
            Map<String, Object> values = new HashMap<>();
            values.put("group", group);
            values.put("due", Date.from(due.atZone(ZoneId.systemDefault()).toInstant()));
            values.put("assignee", i % 5 == 0 ? DEMO_USER.get(group) : null);
            variables.add(values);
        }
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int first = t;
                done.add(threads.submit(() -> {
                    for (int i = first; i < TASKS; i += 2) {
                        runtimeService.startProcessInstanceByKey(PROCESS, variables.get(i));
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            threads.shutdown();
        }
    }

    private String call(RestClient client, String path, String body, String accept) {
        HttpResponse<String> response = client.post(path, body, accept);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static final Pattern PARAMETER = Pattern.compile("(?:null|(.*?)\\((\\w+)\\))(, |$)");

    /**
     * The SELECTs on tasks the engine runs for one call, from MyBatis' statement log, with their
     * parameters written in, ready for {@code EXPLAIN ANALYZE}.
     */
    private List<String> engineSql(BenchTimer.Step step) throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(SQL_LOGGER);
        Level before = logger.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.DEBUG);
        try {
            step.run();
        } finally {
            logger.setLevel(before);
            logger.detachAppender(appender);
        }
        List<String> statements = new ArrayList<>();
        String sql = null;
        for (ILoggingEvent event : appender.list) {
            String message = event.getFormattedMessage();
            if (message.startsWith("==>  Preparing: ")) {
                sql = message.substring("==>  Preparing: ".length());
            } else if (message.startsWith("==> Parameters: ") && sql != null) {
                statements.add(bind(sql, message.substring("==> Parameters: ".length())));
                sql = null;
            }
        }
        assertThat(statements).as("SQL logged by " + SQL_LOGGER).isNotEmpty();
        return statements;
    }

    private static String bind(String sql, String parameters) {
        List<String> values = new ArrayList<>();
        Matcher parameter = PARAMETER.matcher(parameters);
        while (parameter.find()) {
            String value = parameter.group(1);
            values.add(parameter.group(2) == null ? "null" : switch (parameter.group(2)) {
                case "Integer", "Long", "Boolean" -> value;
                default -> "'" + value.replace("'", "''") + "'";
            });
        }
        StringBuilder bound = new StringBuilder();
        int next = 0;
        for (char c : sql.toCharArray()) {
            bound.append(c == '?' && next < values.size() ? values.get(next++) : String.valueOf(c));
        }
        return bound.toString();
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static void row(String call, Measure measure) {
        System.out.printf(Locale.ROOT, "%-44s %10.1f %10.1f %10.1f %10.1f%n", call, measure.medianMs(), measure.p95Ms(),
                measure.minMs(), measure.maxMs());
    }
}
