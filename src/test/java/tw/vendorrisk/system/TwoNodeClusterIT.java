package tw.vendorrisk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tw.vendorrisk.common.Groups;
import tw.vendorrisk.oversight.ContractOversightProcess;
import tw.vendorrisk.support.AppNode;
import tw.vendorrisk.support.Await;
import tw.vendorrisk.support.RestClient;

/**
 * Two application nodes on one PostgreSQL, run as docs/operations.md says: the fat jar, profile
 * {@code postgres}, the first node alone on the empty database, then the second. 1 000 signed
 * contracts start their oversight schedule over REST. Each schedule's planning is an async job that
 * writes the contract's audit to the register; the audit's timer, due at once, opens it in the
 * register and starts its {@code vendor-audit}. First 500 schedules run on both nodes, and both show
 * the same tasks; then 500 more (their jobs held back until all are started, so that both nodes find
 * the backlog), and node B is killed ({@code kill -9}) midway: node A finishes everything, taking
 * over B's jobs once their lock expires. Each job's work is done exactly once.
 *
 * <p>Its nodes and database are processes of their own, so it runs beside the other integration tests
 * (failsafe enables JUnit's parallel execution for classes marked concurrent).
 */
@Execution(ExecutionMode.CONCURRENT)
class TwoNodeClusterIT {

    static final int CONTRACTS = 1000;
    static final int FIRST_HALF = CONTRACTS / 2;
    /** Each schedule: its planning job and its audit's timer. */
    static final int JOBS = CONTRACTS * 2;
    static final Duration STARTUP = Duration.ofMinutes(4);
    static final Duration WORK = Duration.ofMinutes(8);

    @Test
    void twoNodesShareTheJobs_showTheSameTasks_andOneFinishesWhatAKilledNodeLeft() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            SharedDatabase db = new SharedDatabase(postgres);
            List<AppNode> nodes = new ArrayList<>();
            try {
                // the first node alone creates the schema and the shared set-up; then the second
                nodes.add(AppNode.start("node-a", postgres, STARTUP));
                nodes.add(AppNode.start("node-b", postgres, STARTUP));
                twoNodes(db, nodes.get(0), nodes.get(1));
            } finally {
                nodes.forEach(AppNode::close);
            }
        }
    }

    void twoNodes(SharedDatabase db, AppNode a, AppNode b) throws Exception {
        LocalDate today = LocalDate.now();
        // a term that began five months ago: each contract's audit has opened already
        List<Long> contracts = db.signedContracts("22099131", CONTRACTS, today.minusMonths(5), today.plusDays(1), false);
        EngineRest.createUser(a.admin(), "ivan", Groups.INFOSEC);
        RestClient adminA = a.admin();
        RestClient adminB = b.admin();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        long started = System.nanoTime();

        // 1. the first 500 schedules, started on both nodes in turn, run on both
        List<Future<String>> starts = new ArrayList<>();
        for (int i = 0; i < FIRST_HALF; i++) {
            starts.add(start(clients, i % 2 == 0 ? adminA : adminB, contracts.get(i)));
        }
        await(starts);
        Await.until("both nodes ran the first 500 schedules", WORK,
                () -> db.openedActivities() == FIRST_HALF && db.dueJobs() == 0);
        double firstHalfSeconds = seconds(started);
        Map<String, Long> byNodeFirstHalf = db.jobsDoneByNode();

        // both nodes show the same tasks: over the engine REST API and through the Tasklist's own filter
        RestClient ivanA = a.as("ivan", EngineRest.PASSWORD);
        RestClient ivanB = b.as("ivan", EngineRest.PASSWORD);
        assertThat(EngineRest.count(ivanA, "/engine-rest/task/count")).isEqualTo(FIRST_HALF);
        assertThat(EngineRest.count(ivanB, "/engine-rest/task/count")).isEqualTo(FIRST_HALF);
        String allTasks = "sortBy=id&sortOrder=asc&maxResults=" + CONTRACTS;
        assertThat(EngineRest.taskIds(ivanB, allTasks)).hasSize(FIRST_HALF).isEqualTo(EngineRest.taskIds(ivanA, allTasks));
        String filterId = EngineRest.read(ivanA.get("/engine-rest/filter?name="
                + URLEncoder.encode(AccessSetup.FILTER_GROUP_TASKS, StandardCharsets.UTF_8)).body()).get(0).get("id")
                .asText();
        assertThat(EngineRest.count(ivanA, "/engine-rest/filter/" + filterId + "/count")).isEqualTo(FIRST_HALF);
        assertThat(EngineRest.count(ivanB, "/engine-rest/filter/" + filterId + "/count")).isEqualTo(FIRST_HALF);

        // 2. 500 more, started on node A while the schedule's jobs are suspended, so that both nodes find the
        // whole backlog when they are activated; node B is killed a third of the way through
        suspendJobs(adminA, true);
        starts.clear();
        for (int i = FIRST_HALF; i < CONTRACTS; i++) {
            starts.add(start(clients, adminA, contracts.get(i)));
        }
        await(starts);
        clients.shutdown();
        assertThat(db.openedActivities()).as("nothing runs while suspended").isEqualTo(FIRST_HALF);
        long secondHalf = System.nanoTime();
        suspendJobs(adminA, false);
        Await.until("a third of the second half's audits opened, with jobs locked by both nodes", WORK,
                () -> db.openedActivities() >= FIRST_HALF + (CONTRACTS - FIRST_HALF) / 3 && db.nodesHoldingJobs() == 2);
        long openedAtKill = db.openedActivities();
        List<String> lockedAtKill = db.lockedJobs();
        double cpuB = b.cpuSeconds();
        b.kill();
        double killedAfter = seconds(secondHalf);
        Thread.sleep(3000);
        // what is still locked after the kill is the dead node's: node A must take it over
        List<String> orphaned = new ArrayList<>(lockedAtKill);
        orphaned.retainAll(db.lockedJobs());
        assertThat(openedAtKill).as("the kill came before the work was done").isLessThan(CONTRACTS);
        Await.until("node A finished all the work", WORK,
                () -> db.openedActivities() == CONTRACTS && db.dueJobs() == 0);
        double secondHalfSeconds = seconds(secondHalf);

        // each job's work happened exactly once, and the register and the engine agree
        assertThat(db.failures()).as("incidents and failed jobs").isEmpty();
        assertThat(db.jobsDoneMoreThanOnce()).as("jobs whose work committed twice").isEmpty();
        Map<String, Long> byNode = db.jobsDoneByNode();
        assertThat(byNode.values().stream().mapToLong(Long::longValue).sum()).as("jobs done").isEqualTo(JOBS);
        assertThat(byNode).containsOnlyKeys("node-a", "node-b");
        assertThat(byNodeFirstHalf.get("node-b")).as("node B's share of the first half").isPositive();
        assertThat(db.count("select count(*) from oversight_activity where status = 'OPEN'")).isEqualTo(CONTRACTS);
        assertThat(db.count("select count(*) from oversight_activity")).as("planned once").isEqualTo(CONTRACTS);
        assertThat(db.count("select count(*) from act_hi_procinst where proc_def_key_ = 'contract-oversight'"))
                .isEqualTo(CONTRACTS);
        assertThat(db.count("select count(*) from act_hi_procinst where proc_def_key_ in " + SharedDatabase.CYCLE_KEYS))
                .as("one audit process per activity").isEqualTo(CONTRACTS);
        assertThat(db.activitiesNotOpenedExactlyOnce()).isEmpty();
        assertThat(db.schedulesDisagreeingWithTheRegister()).isEmpty();
        for (String job : orphaned) {
            assertThat(db.jdbc.queryForList("select hostname_ from act_hi_job_log where job_id_ = ? and job_state_ = 2",
                    String.class, job)).as("job %s the dead node held", job).containsExactly("node-a");
        }
        assertThat(EngineRest.count(ivanA, "/engine-rest/task/count")).isEqualTo(CONTRACTS);

        int secondHalfJobs = (CONTRACTS - FIRST_HALF) * 2;
        System.out.printf("[cluster] 1st half: %d schedules started over REST on both nodes, their %d jobs done %.1f s "
                + "after the first start, per node %s; %d tasks shown alike on both nodes. 2nd half: %d schedules started "
                + "with their jobs suspended, then activated (%d jobs with the timers); node B killed %.1f s later with %d of %d audits opened and %d jobs left locked by "
                + "it; node A drained the rest %.1f s after the activation (%.0f jobs/s). All %d jobs done per node %s. "
                + "CPU used by node A %.0f s, by node B %.0f s%n", FIRST_HALF, FIRST_HALF * 2, firstHalfSeconds,
                byNodeFirstHalf, FIRST_HALF, CONTRACTS - FIRST_HALF, secondHalfJobs, killedAfter, openedAtKill, CONTRACTS, orphaned.size(),
                secondHalfSeconds, secondHalfJobs / secondHalfSeconds, JOBS, byNode, a.cpuSeconds(), cpuB);
    }

    /** Suspends or activates the oversight schedule's job definitions and their jobs, as Cockpit does. */
    static void suspendJobs(RestClient admin, boolean suspended) {
        var response = admin.put("/engine-rest/job-definition/suspended", EngineRest.json(Map.of(
                "processDefinitionKey", ContractOversightProcess.KEY, "suspended", suspended, "includeJobs", true)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    static Future<String> start(ExecutorService clients, RestClient client, Long contractId) {
        return clients.submit(() -> EngineRest.start(client, ContractOversightProcess.KEY, contractId.toString(),
                Map.of(ContractOversightProcess.Variables.CONTRACT_ID.name(), contractId)));
    }

    static void await(List<Future<String>> starts) throws Exception {
        for (Future<String> start : starts) {
            assertThat(start.get()).isNotBlank();
        }
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
