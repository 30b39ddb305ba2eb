package tw.vendorrisk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tw.vendorrisk.common.Groups;
import tw.vendorrisk.oversight.ContractOversightProcess;
import tw.vendorrisk.oversight.OversightCycle;
import tw.vendorrisk.access.VendorAccessProcess;
import tw.vendorrisk.support.AppNode;
import tw.vendorrisk.support.Await;
import tw.vendorrisk.support.RestClient;

/**
 * The application process killed hard ({@code kill -9}) under load and started again on the same
 * PostgreSQL loses nothing it acknowledged. The load: oversight schedules started over REST (each
 * plans its audit in an async job, whose timer, due at once, opens it and starts the audit), infosec
 * planning and performing the audits over REST, and vendor staff access requested, briefed, assessed
 * and approved over REST (each grant then waits at its expiry timer). After the restart every
 * start and completion that got its 2xx answer is there, no job's work committed twice, the jobs
 * the dead process held are done by the new one, and the register and the engine agree.
 */
class CrashRestartIT {

    static final int CONTRACTS = 200;
    static final int ACCESS_CONTRACTS = 40;
    static final Duration STARTUP = Duration.ofMinutes(4);

    /** What the load got a 2xx answer for. */
    final Map<Long, String> schedulesStarted = new ConcurrentHashMap<>();
    final Map<Long, String> accessRequested = new ConcurrentHashMap<>();
    final Map<String, String> completed = new ConcurrentHashMap<>();
    final Queue<String> inFlightAtKill = new ConcurrentLinkedQueue<>();
    final Queue<Throwable> loadFailures = new ConcurrentLinkedQueue<>();
    final AtomicBoolean stop = new AtomicBoolean();
    final AtomicInteger auditsDone = new AtomicInteger();
    final AtomicInteger approvals = new AtomicInteger();

    @Test
    void aProcessKilledUnderLoad_losesNothingAcknowledged_runsNoJobTwice_andRegisterAndEngineAgree() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            SharedDatabase db = new SharedDatabase(postgres);
            List<AppNode> nodes = new ArrayList<>();
            try {
                AppNode node = AppNode.start("crash-node", postgres, STARTUP);
                nodes.add(node);
                crashAndRestart(db, node, nodes, postgres);
            } finally {
                stop.set(true);
                nodes.forEach(AppNode::close);
            }
        }
    }

    void crashAndRestart(SharedDatabase db, AppNode node, List<AppNode> nodes, EmbeddedPostgres postgres)
            throws Exception {
        LocalDate today = LocalDate.now();
        List<Long> contracts = db.signedContracts("53110001", CONTRACTS, today.minusMonths(5), today.plusDays(1), false);
        RestClient admin = node.admin();
        EngineRest.createUser(admin, "ivan", Groups.INFOSEC);
        EngineRest.createUser(admin, "peter", Groups.PROJECT_LEADS);
        EngineRest.createUser(admin, "mark", Groups.MANAGERS);
        RestClient ivan = node.as("ivan", EngineRest.PASSWORD);
        RestClient peter = node.as("peter", EngineRest.PASSWORD);
        RestClient mark = node.as("mark", EngineRest.PASSWORD);

        List<Thread> load = List.of(
                worker("schedules", () -> startSchedules(admin, contracts)),
                worker("audits", () -> workOnAudits(ivan)),
                worker("access", () -> requestAccess(peter, mark, contracts.subList(0, ACCESS_CONTRACTS), today)));
        long started = System.nanoTime();
        load.forEach(Thread::start);

        // kill in the middle: schedules half started, audits being worked on, access being granted
        Await.until("load under way", Duration.ofMinutes(6), () -> {
            assertThat(loadFailures).as("the load before the kill").isEmpty();
            return schedulesStarted.size() >= CONTRACTS / 2 && auditsDone.get() >= 5 && approvals.get() >= 5;
        });
        long deployments = db.count("select count(*) from act_re_deployment");
        long jobsWaiting = db.dueJobs();
        List<String> lockedAtKill = db.lockedJobs();
        double cpuBeforeKill = node.cpuSeconds();
        node.kill();
        double killedAfter = TwoNodeClusterIT.seconds(started);
        stop.set(true);
        for (Thread thread : load) {
            thread.join(60_000);
        }
        assertThat(jobsWaiting + lockedAtKill.size()).as("jobs were waiting or running at the kill").isPositive();
        Map<Long, String> startsAtKill = Map.copyOf(schedulesStarted);
        int completionsAtKill = completed.size();

        long restarting = System.nanoTime();
        AppNode restarted = AppNode.start("crash-node-restarted", postgres, STARTUP);
        nodes.add(restarted);
        double restartSeconds = TwoNodeClusterIT.seconds(restarting);
        assertThat(db.count("select count(*) from act_re_deployment")).as("the restart deploys nothing new")
                .isEqualTo(deployments);
        Await.until("the restarted process ran every due job", Duration.ofMinutes(6), () -> db.dueJobs() == 0);
        double drainSeconds = TwoNodeClusterIT.seconds(restarting);

        // every acknowledged start is there, with its effect
        for (Map.Entry<Long, String> schedule : startsAtKill.entrySet()) {
            assertThat(db.count("select count(*) from act_hi_procinst where id_ = ? and business_key_ = ?",
                    schedule.getValue(), schedule.getKey().toString())).as("schedule of contract %s", schedule.getKey())
                    .isEqualTo(1);
            assertThat(db.count("select count(*) from oversight_activity where contract_id = ? and status in "
                    + "('OPEN', 'DONE')", schedule.getKey())).as("audit of contract %s planned and opened once",
                    schedule.getKey()).isEqualTo(1);
        }
        for (Map.Entry<Long, String> request : accessRequested.entrySet()) {
            assertThat(db.count("select count(*) from access_grant where process_instance_id = ? and contract_id = ?",
                    request.getValue(), request.getKey())).as("access request on contract %s", request.getKey())
                    .isEqualTo(1);
        }
        // every acknowledged completion is there, with its effect
        for (Map.Entry<String, String> task : completed.entrySet()) {
            assertThat(db.count("select count(*) from act_hi_taskinst where id_ = ? and end_time_ is not null "
                    + "and delete_reason_ = 'completed'", task.getKey())).as("completion of %s %s", task.getValue(),
                    task.getKey()).isEqualTo(1);
            assertThat(db.count("select count(*) from act_ru_task where id_ = ?", task.getKey())).isZero();
        }
        for (String approvedTask : keysOf(VendorAccessProcess.Elements.APPROVE_ACCESS)) {
            assertThat(db.count("select count(*) from access_grant g join act_hi_taskinst t on t.proc_inst_id_ = "
                    + "g.process_instance_id where t.id_ = ? and g.status = 'ACTIVE'", approvedTask))
                    .as("access approved in task %s is active", approvedTask).isEqualTo(1);
        }
        for (String fieldworkTask : keysOf("Task_PerformAuditFieldwork")) {
            assertThat(db.count("select count(*) from oversight_activity a join act_hi_taskinst t on "
                    + "t.proc_inst_id_ = a.process_instance_id where t.id_ = ? and a.status = 'DONE'", fieldworkTask))
                    .as("audit of fieldwork task %s is done", fieldworkTask).isEqualTo(1);
        }
        // no job's work twice, nothing failed, and the register and the engine agree
        assertThat(db.failures()).as("incidents and failed jobs").isEmpty();
        assertThat(db.jobsDoneMoreThanOnce()).as("jobs whose work committed twice").isEmpty();
        assertThat(db.activitiesNotOpenedExactlyOnce()).isEmpty();
        assertThat(db.schedulesDisagreeingWithTheRegister()).isEmpty();
        assertThat(db.accessGrantsDisagreeingWithTheEngine()).isEmpty();
        for (String job : lockedAtKill) {
            assertThat(db.count("select count(*) from act_hi_job_log where job_id_ = ? and job_state_ = 2", job))
                    .as("job %s held at the kill, done once", job).isEqualTo(1);
        }
        Map<String, Long> byNode = db.jobsDoneByNode();
        assertThat(byNode.get("crash-node-restarted")).as("jobs done after the restart").isPositive();

        System.out.printf("[crash] killed after %.1f s with %d due jobs and %d locked; acknowledged before the kill: "
                + "%d schedule starts, %d access requests, %d task completions (%d audits done, %d approvals); "
                + "%d requests in flight at the kill; restart %.1f s, all jobs done %.1f s after it; jobs done %s; "
                + "register: %d activities open, %d done, %d grants active; CPU used %.0f s before the kill, "
                + "%.0f s after the restart%n", killedAfter, jobsWaiting,
                lockedAtKill.size(), startsAtKill.size(), accessRequested.size(), completionsAtKill, auditsDone.get(),
                approvals.get(), inFlightAtKill.size(), restartSeconds, drainSeconds, byNode,
                db.count("select count(*) from oversight_activity where status = 'OPEN'"),
                db.count("select count(*) from oversight_activity where status = 'DONE'"),
                db.count("select count(*) from access_grant where status = 'ACTIVE'"), cpuBeforeKill,
                restarted.cpuSeconds());
    }

    List<String> keysOf(String taskDefinitionKey) {
        return completed.entrySet().stream().filter(e -> e.getValue().equals(taskDefinitionKey)).map(Map.Entry::getKey)
                .toList();
    }

    void startSchedules(RestClient admin, List<Long> contracts) {
        for (Long contractId : contracts) {
            String call = "start schedule " + contractId;
            String id = call(call, () -> EngineRest.start(admin, ContractOversightProcess.KEY, contractId.toString(),
                    Map.of(ContractOversightProcess.Variables.CONTRACT_ID.name(), contractId)));
            if (id == null) {
                return;
            }
            schedulesStarted.put(contractId, id);
        }
    }

    /** Infosec plans each audit that has opened, then performs it (no findings): the audit is done. */
    void workOnAudits(RestClient ivan) {
        while (!stop.get()) {
            List<String> plans = call("find audits", () -> EngineRest.taskIds(ivan,
                    "taskDefinitionKey=Task_PlanAudit&maxResults=5"));
            List<String> fieldwork = call("find fieldwork", () -> EngineRest.taskIds(ivan,
                    "taskDefinitionKey=Task_PerformAuditFieldwork&maxResults=5"));
            if (plans == null || fieldwork == null) {
                return;
            }
            for (String task : plans) {
                if (!complete(ivan, task, "Task_PlanAudit", Map.of("auditScope", "Access logs and change records",
                        "auditors", "ivan", "plannedFieldworkOn", LocalDate.now().toString()))) {
                    return;
                }
            }
            for (String task : fieldwork) {
                if (!complete(ivan, task, "Task_PerformAuditFieldwork", Map.of("findings", "",
                        "remediationDueInDays", 30, "summary", "No findings"))) {
                    return;
                }
                auditsDone.incrementAndGet();
            }
            pause(plans.isEmpty() && fieldwork.isEmpty() ? 300 : 0);
        }
    }

    /** A project lead asks for access, briefs the vendor, assesses the risk; a manager approves. */
    void requestAccess(RestClient peter, RestClient mark, List<Long> contracts, LocalDate today) {
        for (Long contractId : contracts) {
            if (stop.get()) {
                return;
            }
            Map<String, Object> request = new HashMap<>(Map.of(VendorAccessProcess.Variables.CONTRACT_ID.name(),
                    contractId, "personName", "陳工程師 Engineer Chen", "personRole", "DBA",
                    "assets", "ERP database (read)", "purpose", "Maintenance window",
                    "requestedUntil", today.plusDays(1).toString(), "tradeSecrets", false));
            request.put("accessQuery", true);
            String instance = call("request access " + contractId, () -> EngineRest.start(peter,
                    VendorAccessProcess.KEY, null, request));
            if (instance == null) {
                return;
            }
            accessRequested.put(contractId, instance);
            if (!completeOnly(peter, instance, VendorAccessProcess.Elements.BRIEF_SECURITY_RULES,
                    Map.of("rulesAcknowledgedOn", today.toString()))
                    || !completeOnly(peter, instance, VendorAccessProcess.Elements.ASSESS_RISK,
                            Map.of("leastPrivilegeConfirmed", true, "accessControlsPerKindConfirmed", true,
                                    "useWithinScopeConfirmed", true,
                                    "riskLevel", "LOW", "riskAssessment", "Read-only"))
                    || !completeOnly(mark, instance, VendorAccessProcess.Elements.APPROVE_ACCESS,
                            Map.of("accessApproved", true, "decisionReason", "Needed for maintenance"))) {
                return;
            }
            approvals.incrementAndGet();
        }
    }

    /** Completes the instance's one open task, which must be the given one. */
    boolean completeOnly(RestClient client, String instance, String taskDefinitionKey, Map<String, Object> variables) {
        List<String> tasks = call("find " + taskDefinitionKey, () -> EngineRest.taskIds(client,
                "processInstanceId=" + instance + "&taskDefinitionKey=" + taskDefinitionKey));
        if (tasks == null) {
            return false;
        }
        assertThat(tasks).as("%s of %s", taskDefinitionKey, instance).hasSize(1);
        return complete(client, tasks.get(0), taskDefinitionKey, variables);
    }

    boolean complete(RestClient client, String task, String taskDefinitionKey, Map<String, Object> variables) {
        Boolean done = call("complete " + taskDefinitionKey + " " + task, () -> {
            EngineRest.complete(client, task, variables);
            return Boolean.TRUE;
        });
        if (done == null) {
            return false;
        }
        completed.put(task, taskDefinitionKey);
        return true;
    }

    /** One request; null when the process is gone (the kill), noting the request that got no answer. */
    <T> T call(String what, Supplier<T> request) {
        if (stop.get()) {
            return null;
        }
        try {
            return request.get();
        } catch (UncheckedIOException noAnswer) {
            inFlightAtKill.add(what);
            return null;
        }
    }

    Thread worker(String name, Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException | AssertionError e) {
                if (!stop.get()) {
                    loadFailures.add(e);
                }
            }
        }, "load-" + name);
        thread.setDaemon(true);
        return thread;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
