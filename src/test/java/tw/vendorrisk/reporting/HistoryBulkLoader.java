package tw.vendorrisk.reporting;

import java.io.StringReader;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.postgresql.core.BaseConnection;

/**
 * Writes completed instances of the deployed processes into the history tables the way the engine
 * does at history level {@code full} (rows and values as the engine writes them, checked against
 * engine-written rows): the instance, its activity instances, its user tasks with their candidate
 * group and (for most) the claim, and a few variables. It uses PostgreSQL's {@code COPY}, so a
 * hundred thousand instances load in seconds instead of the hours the engine would need.
 * <p>
 * Each user task of a model is taken with a fixed probability (at least two per instance), in the
 * model's order; waiting and working times are exponentially distributed around realistic means.
 */
public final class HistoryBulkLoader {

    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final Duration HISTORY_TIME_TO_LIVE = Duration.ofDays(3650);
    private static final double TASK_PROBABILITY = 0.6;
    private static final double MEAN_WAITING_HOURS = 10;
    private static final double MEAN_WORKING_HOURS = 3;
    private static final double CLAIMED = 0.92;
    private static final String[] USERS = {"alice", "ivan", "lena", "mark"};

    private record ModelTask(String id, String name, String candidateGroup) {
    }

    private record Model(String key, String definitionId, String startEvent, List<String> endEvents,
            List<ModelTask> tasks) {
    }

    private final DataSource dataSource;
    private final List<Model> models = new ArrayList<>();
    private final Random random = new Random(20_260_301L);

    private long instances;
    private long tasks;

    public HistoryBulkLoader(DataSource dataSource, RepositoryService repositoryService, Collection<String> processKeys) {
        this.dataSource = dataSource;
        for (String key : processKeys) {
            ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
                    .latestVersion().singleResult();
            BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
            List<ModelTask> userTasks = model.getModelElementsByType(UserTask.class).stream()
                    .map(task -> new ModelTask(task.getId(), task.getName(),
                            task.getCamundaCandidateGroups() == null ? null
                                    : task.getCamundaCandidateGroups().split(",")[0].trim()))
                    .toList();
            String start = model.getModelElementsByType(StartEvent.class).iterator().next().getId();
            List<String> ends = model.getModelElementsByType(EndEvent.class).stream().map(EndEvent::getId).toList();
            models.add(new Model(key, definition.getId(), start, ends, userTasks));
        }
    }

    public long instances() {
        return instances;
    }

    public long tasks() {
        return tasks;
    }

    /**
     * Loads {@code count} completed instances started evenly between {@code from} and {@code to}.
     * As bulk loads do, it drops the tables' secondary indexes first and builds them again from
     * their own definitions afterwards, so the tables end up indexed exactly as before.
     */
    public void load(int count, LocalDateTime from, LocalDateTime to, LocalDateTime now) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> definitions = jdbc.queryForList("SELECT i.indexdef FROM pg_indexes i"
                + " WHERE i.schemaname = current_schema() AND i.tablename IN (" + String.join(", ",
                        TABLES.stream().map(table -> "'" + table + "'").toList()) + ")"
                + " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)", String.class);
        List<String> names = jdbc.queryForList("SELECT i.indexname FROM pg_indexes i"
                + " WHERE i.schemaname = current_schema() AND i.tablename IN (" + String.join(", ",
                        TABLES.stream().map(table -> "'" + table + "'").toList()) + ")"
                + " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)", String.class);
        names.forEach(name -> jdbc.execute("DROP INDEX " + name));
        try {
            int batch = 5_000;
            long span = Duration.between(from, to).toMillis();
            for (int done = 0; done < count; done += batch) {
                Tables tables = new Tables();
                for (int i = done; i < Math.min(count, done + batch); i++) {
                    LocalDateTime start = from.plus(Duration.ofMillis((long) (span * (i + random.nextDouble()) / count)));
                    instance(tables, models.get(random.nextDouble() < 0.6 ? 0 : models.size() - 1), start, now);
                }
                tables.copy(dataSource);
            }
        } finally {
            try (Connection connection = dataSource.getConnection();
                    java.sql.Statement statement = connection.createStatement()) {
                statement.execute("SET maintenance_work_mem = '256MB'");
                for (String definition : definitions) {
                    statement.execute(definition);
                }
                statement.execute("RESET maintenance_work_mem");
            }
        }
    }

    private static final List<String> TABLES = List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst",
            "act_hi_identitylink", "act_hi_varinst");

    private void instance(Tables tables, Model model, LocalDateTime start, LocalDateTime now) {
        List<ModelTask> chosen = new ArrayList<>();
        for (ModelTask task : model.tasks()) {
            if (random.nextDouble() < TASK_PROBABILITY) {
                chosen.add(task);
            }
        }
        for (int i = 0; chosen.size() < Math.min(2, model.tasks().size()); i++) {
            if (!chosen.contains(model.tasks().get(i))) {
                chosen.add(i, model.tasks().get(i));
            }
        }
        // draw the times first, then shift the instance back if it would end after now
        List<LocalDateTime[]> times = new ArrayList<>();
        LocalDateTime cursor = start.plusSeconds(1);
        for (int i = 0; i < chosen.size(); i++) {
            LocalDateTime created = cursor.plusSeconds(2);
            Duration waiting = hours(MEAN_WAITING_HOURS);
            Duration working = hours(MEAN_WORKING_HOURS);
            boolean claimed = random.nextDouble() < CLAIMED;
            LocalDateTime claimedAt = claimed ? created.plus(waiting) : null;
            LocalDateTime ended = created.plus(waiting).plus(working);
            times.add(new LocalDateTime[] {created, claimedAt, ended});
            cursor = ended;
        }
        LocalDateTime end = cursor.plusSeconds(1);
        Duration shift = end.isAfter(now) ? Duration.between(now, end).plusHours(1) : Duration.ZERO;

        String id = UUID.randomUUID().toString();
        String definition = model.definitionId();
        String removal = ts(end.minus(shift).plus(HISTORY_TIME_TO_LIVE));
        String endEvent = model.endEvents().get(random.nextDouble() < 0.85 ? 0 : model.endEvents().size() - 1);
        LocalDateTime s = start.minus(shift);
        LocalDateTime e = end.minus(shift);
        tables.procinst.row(id, id, Long.toString(1 + random.nextInt(20_000)), model.key(), definition, ts(s), ts(e),
                removal, Long.toString(Duration.between(s, e).toMillis()), "alice", model.startEvent(), endEvent, null,
                id, null, null, null, null, "COMPLETED", null);
        int sequence = 1;
        tables.actinst.row(activityInstanceId(model.startEvent()), id, model.key(), definition, id, id, id,
                model.startEvent(), null, null, null, null, "startEvent", null, ts(s), ts(s), "0", "4",
                Integer.toString(sequence++), null, removal);
        for (int i = 0; i < chosen.size(); i++) {
            ModelTask task = chosen.get(i);
            LocalDateTime created = times.get(i)[0].minus(shift);
            LocalDateTime claimedAt = times.get(i)[1] == null ? null : times.get(i)[1].minus(shift);
            LocalDateTime ended = times.get(i)[2].minus(shift);
            String taskId = UUID.randomUUID().toString();
            String actInst = activityInstanceId(task.id());
            String assignee = claimedAt == null ? null : USERS[random.nextInt(USERS.length)];
            String duration = Long.toString(Duration.between(created, ended).toMillis());
            tables.actinst.row(activityInstanceId("Task_Service" + i), id, model.key(), definition, id, id, id,
                    "Task_Service" + i, null, null, null, "service step", "serviceTask", null, ts(created.minusSeconds(2)),
                    ts(created), "2000", "4", Integer.toString(sequence++), null, removal);
            tables.actinst.row(actInst, id, model.key(), definition, id, id, id, task.id(), taskId, null, null,
                    task.name(), "userTask", assignee, ts(created), ts(ended), duration, "4",
                    Integer.toString(sequence++), null, removal);
            tables.taskinst.row(taskId, task.id(), model.key(), definition, id, id, id, null, null, null, null, actInst,
                    task.name(), null, null, null, assignee, ts(created), ts(ended), duration, "completed", "50",
                    ts(created.plusDays(5)), null, null, removal, "Completed");
            if (task.candidateGroup() != null) {
                tables.identitylink.row(UUID.randomUUID().toString(), ts(created), "candidate", null,
                        task.candidateGroup(), taskId, id, definition, "add", null, model.key(), null, removal);
            }
            if (claimedAt != null) {
                tables.identitylink.row(UUID.randomUUID().toString(), ts(claimedAt), "assignee", assignee, null,
                        taskId, id, definition, "add", null, model.key(), null, removal);
            }
            tasks++;
        }
        tables.actinst.row(activityInstanceId(endEvent), id, model.key(), definition, id, id, id, endEvent,
                null, null, null, null, "noneEndEvent", null, ts(e), ts(e), "0", "1", Integer.toString(sequence),
                null, removal);
        String[][] variables = {{"serviceDescription", "string"}, {"vendorTaxId", "string"}, {"criticality", "string"},
            {"annualSpend", "long"}, {"vendorName", "string"}, {"serviceId", "long"}};
        for (String[] variable : variables) {
            boolean isLong = variable[1].equals("long");
            tables.varinst.row(UUID.randomUUID().toString(), model.key(), definition, id, id, id, id, null, null, null,
                    null, null, variable[0], variable[1], ts(s), "1", null, null,
                    isLong ? Integer.toString(random.nextInt(5_000_000)) : null,
                    isLong ? null : variable[0] + " " + random.nextInt(100_000), null, null, "CREATED", removal);
        }
        instances++;
    }

    /** As the engine makes them: activity id, colon, a new id; the new id alone when that exceeds 64 characters. */
    private static String activityInstanceId(String activityId) {
        String id = UUID.randomUUID().toString();
        String composite = activityId + ":" + id;
        return composite.length() > 64 ? id : composite;
    }

    private Duration hours(double mean) {
        double hours = -Math.log(1 - random.nextDouble()) * mean;
        return Duration.ofSeconds((long) (Math.min(hours, mean * 12) * 3600));
    }

    private static String ts(LocalDateTime time) {
        return time == null ? null : time.format(TS);
    }

    /** CSV for one table, written with COPY. */
    private static final class Table {
        private final String name;
        private final String columns;
        private final StringBuilder csv = new StringBuilder(1 << 20);

        Table(String name, String columns) {
            this.name = name;
            this.columns = columns;
        }

        void row(String... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                if (values[i] != null) {
                    csv.append('"').append(values[i].replace("\"", "\"\"")).append('"');
                }
            }
            csv.append('\n');
        }

        void copy(CopyManager copy) throws Exception {
            copy.copyIn("COPY " + name + " (" + columns + ") FROM STDIN WITH (FORMAT csv)", new StringReader(csv.toString()));
        }
    }

    private static final class Tables {
        final Table procinst = new Table("act_hi_procinst", "id_, proc_inst_id_, business_key_, proc_def_key_, "
                + "proc_def_id_, start_time_, end_time_, removal_time_, duration_, start_user_id_, start_act_id_, "
                + "end_act_id_, super_process_instance_id_, root_proc_inst_id_, super_case_instance_id_, "
                + "case_inst_id_, delete_reason_, tenant_id_, state_, restarted_proc_inst_id_");
        final Table actinst = new Table("act_hi_actinst", "id_, parent_act_inst_id_, proc_def_key_, proc_def_id_, "
                + "root_proc_inst_id_, proc_inst_id_, execution_id_, act_id_, task_id_, call_proc_inst_id_, "
                + "call_case_inst_id_, act_name_, act_type_, assignee_, start_time_, end_time_, duration_, "
                + "act_inst_state_, sequence_counter_, tenant_id_, removal_time_");
        final Table taskinst = new Table("act_hi_taskinst", "id_, task_def_key_, proc_def_key_, proc_def_id_, "
                + "root_proc_inst_id_, proc_inst_id_, execution_id_, case_def_key_, case_def_id_, case_inst_id_, "
                + "case_execution_id_, act_inst_id_, name_, parent_task_id_, description_, owner_, assignee_, "
                + "start_time_, end_time_, duration_, delete_reason_, priority_, due_date_, follow_up_date_, "
                + "tenant_id_, removal_time_, task_state_");
        final Table identitylink = new Table("act_hi_identitylink", "id_, timestamp_, type_, user_id_, group_id_, "
                + "task_id_, root_proc_inst_id_, proc_def_id_, operation_type_, assigner_id_, proc_def_key_, "
                + "tenant_id_, removal_time_");
        final Table varinst = new Table("act_hi_varinst", "id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, "
                + "proc_inst_id_, execution_id_, act_inst_id_, case_def_key_, case_def_id_, case_inst_id_, "
                + "case_execution_id_, task_id_, name_, var_type_, create_time_, rev_, bytearray_id_, double_, long_, "
                + "text_, text2_, tenant_id_, state_, removal_time_");

        void copy(DataSource dataSource) throws Exception {
            try (Connection connection = dataSource.getConnection()) {
                CopyManager copy = new CopyManager(connection.unwrap(BaseConnection.class));
                for (Table table : List.of(procinst, actinst, taskinst, identitylink, varinst)) {
                    table.copy(copy);
                }
            }
        }
    }
}
