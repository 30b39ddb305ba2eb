package tw.vendorrisk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import tw.vendorrisk.change.ChangeReassessmentProcess;
import tw.vendorrisk.change.ChangeReassessmentProcessTest;
import tw.vendorrisk.common.Groups;
import tw.vendorrisk.contract.ContractSigningProcess;
import tw.vendorrisk.oversight.ContractOversightProcess;
import tw.vendorrisk.oversight.OversightCycle;
import tw.vendorrisk.access.VendorAccessProcess;
import tw.vendorrisk.access.AccessGrantRepository;
import tw.vendorrisk.access.AccessGrantStatus;
import tw.vendorrisk.termination.AssetClassification;
import tw.vendorrisk.termination.AssetStatus;
import tw.vendorrisk.register.CertificateType;
import tw.vendorrisk.register.ContractRepository;
import tw.vendorrisk.register.ContractStatus;
import tw.vendorrisk.register.Criticality;
import tw.vendorrisk.termination.InformationAssetRepository;
import tw.vendorrisk.termination.NewInformationAsset;
import tw.vendorrisk.register.RegisterService;
import tw.vendorrisk.register.ServiceProfile;
import tw.vendorrisk.register.ServiceStatus;
import tw.vendorrisk.register.SlaReportFrequency;
import tw.vendorrisk.register.TaxId;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.selection.VendorSelectionProcess;
import tw.vendorrisk.selection.VendorSelectionProcessTest;
import tw.vendorrisk.support.BenchResults;
import tw.vendorrisk.support.EmbeddedPostgresConfiguration;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.StatementCounter;
import tw.vendorrisk.termination.InformationAssets;
import tw.vendorrisk.termination.VendorTerminationProcess;
import tw.vendorrisk.termination.VendorTerminationProcessTest;

/**
 * The product against the bare engine (issue 8, part of the {@code bench} profile:
 * {@code ./mvnw -B -Pbench verify}, alone with {@code -Dit.test=LifecycleBench}).
 * <p>
 * A <em>lifecycle</em> is one vendor arrangement from the first decision to the last: vendor
 * selection; contract signing with the clause check of the sample contract (gaps, a manager's
 * waiver); a vendor staff access grant; the first yearly audit, started by its timer in
 * contract-oversight; a significant change, assessed and accepted; the termination, with each
 * information asset returned. Every user task is found, claimed and submitted through the engine API
 * as its group's demo user ({@code identityService.setAuthentication}), so the authorization checks
 * run, with history as in production.
 * <p>
 * The <em>baseline</em> is one bare process deployed here: as many user tasks in a row as a
 * lifecycle completes, no delegates, no listeners, each task with the candidate group of the
 * lifecycle's task at the same position. Its tasks are found, claimed and submitted the same way,
 * by the same users, with the same form variables the lifecycle submitted (recorded from a
 * lifecycle), so the difference is what the product adds: delegates, register writes, checks,
 * the decision tables, the other process instances, timers and messages.
 * <p>
 * Warm-up, then {@value #ROUNDS} rounds, each a baseline batch then a lifecycle batch on the same
 * engine, interleaved so the shared machine's load falls on both alike. Reports the medians over
 * the rounds and each round's figure; writes {@code lifecyclesPerSecond}, {@code baselinePerSecond},
 * {@code lifecycleVsBaselineRatio} (the median of the rounds' ratios), their spread,
 * {@code userTasksPerLifecycle} and the SQL statements each sends ({@link StatementCounter}) to
 * {@code target/bench/results.json}. Asserts correctness only: every lifecycle ends with its
 * contract ENDED, no active access grant and its assets returned.
 * <p>
 * Engine settings: authorization on and history {@code full} (application.yaml; the production
 * profile {@code postgres} keeps both). The job executor runs, as in production: signing a contract
 * starts contract-oversight, whose planning step is asynchronous, so the lifecycle waits for the job
 * executor to plan the audits before the audit timer can fire. The timer itself lies a year ahead;
 * it is fired as the job executor would, through {@code ManagementService.executeJob} without a user.
 * The {@code test} profile supplies the demo users and groups (the production profile has none)
 * and a fresh database; the data source is embedded PostgreSQL.
 */
@SpringBootTest(properties = {
        // production settings that matter here (application.yaml, application-postgres.yaml)
        "camunda.bpm.job-execution.enabled=true",
        "camunda.bpm.history-level=full",
        "camunda.bpm.authorization.enabled=true",
        "logging.level.tw.vendorrisk=WARN"})
@ActiveProfiles("test")
@Import({EmbeddedPostgresConfiguration.class, StatementCounter.class})
class LifecycleBench {

    static final String BASELINE = "bench-baseline";
    static final Path SAMPLE_CONTRACT = Path.of("src", "test", "resources", "contracts", "sample-contract.zh-TW.txt");

    static final int ROUNDS = Integer.getInteger("bench.lifecycle.rounds", 5);
    static final int LIFECYCLES_PER_ROUND = Integer.getInteger("bench.lifecycle.batch", 8);
    static final int BASELINES_PER_ROUND = Integer.getInteger("bench.lifecycle.baselineBatch", 24);
    static final int WARM_UP_LIFECYCLES = Integer.getInteger("bench.lifecycle.warmUp", 6);
    static final int WARM_UP_BASELINES = Integer.getInteger("bench.lifecycle.baselineWarmUp", 20);
    /** Vendors with running services already in the register, so the concentration checks have something to count. */
    static final int OTHER_VENDORS = 6;

    static final Map<String, String> GROUP_OF = Map.of("alice", Groups.PROCUREMENT, "ivan", Groups.INFOSEC,
            "lena", Groups.LEGAL, "peter", Groups.PROJECT_LEADS, "mark", Groups.MANAGERS);

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired FormService formService;
    @Autowired IdentityService identityService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired RepositoryService repositoryService;
    @Autowired AuthorizationService authorizationService;
    @Autowired ProcessEngineConfiguration engineConfiguration;
    @Autowired RegisterService register;
    @Autowired RegisterFixture fixture;
    @Autowired InformationAssets assets;
    @Autowired ContractRepository contracts;
    @Autowired AccessGrantRepository grants;
    @Autowired InformationAssetRepository assetRepository;
    @Autowired javax.sql.DataSource dataSource;

    /** One user task as a lifecycle completed it: who, as which group, with which form variables. */
    record Step(String user, String group, Map<String, Object> variables) {
    }

    /** What a lifecycle leaves to check afterwards. */
    record Lifecycle(Long contractId, List<Long> assetIds) {
    }

    FileValue contractDraft;
    int nextVendor = 1;
    /** The steps of the last lifecycle, in order. */
    List<Step> trace = new ArrayList<>();
    /**
     * Per lifecycle step (process start, task, timer) over the measured rounds, to see where it goes:
     * nanoseconds, count, SQL statements sent (the job executor's included).
     */
    final Map<String, long[]> stepNanos = new LinkedHashMap<>();
    boolean measuring;

    @Test
    void lifecyclesAgainstTheBareEngine() throws IOException {
        assertThat(engineConfiguration.isAuthorizationEnabled()).isTrue();
        assertThat(engineConfiguration.getHistory()).isEqualTo(ProcessEngineConfiguration.HISTORY_FULL);
        assertThat(((ProcessEngineConfigurationImpl) engineConfiguration).getJobExecutor().isActive()).isTrue();
        contractDraft = org.camunda.bpm.engine.variable.Variables.fileValue("sample-contract.txt")
                .file(Files.readAllBytes(SAMPLE_CONTRACT)).mimeType("text/plain").create();
        fixture.reset();
        for (int i = 0; i < OTHER_VENDORS; i++) {
            Vendor other = register.registerVendor(new tw.vendorrisk.register.NewVendor("Running Vendor " + i,
                    nextTaxId(), "TW", null, new BigDecimal("3")));
            register.addService(other.getId(), new ServiceProfile("Running service " + i, false, false, true, false,
                    Criticality.NORMAL, new BigDecimal("600000"), null, null), ServiceStatus.ACTIVE);
        }

        // one lifecycle first: it gives N and the steps the baseline repeats
        List<Lifecycle> done = new ArrayList<>();
        trace.clear();
        done.add(lifecycle());
        List<Step> steps = List.copyOf(trace);
        int tasks = steps.size();
        deployBaseline(steps);

        for (int i = 1; i < WARM_UP_LIFECYCLES; i++) {
            done.add(lifecycle());
            assertThat(trace).hasSize(tasks);
        }
        for (int i = 0; i < WARM_UP_BASELINES; i++) {
            baseline(steps);
        }
        assertLifecyclesEnded(done);
        System.out.printf(Locale.ROOT, "[bench] warm-up: %d lifecycles, %d baselines of %d tasks (load average %s)%n",
                WARM_UP_LIFECYCLES, WARM_UP_BASELINES, tasks, loadAverage());

        measuring = true;
        double[] lifecycleRate = new double[ROUNDS];
        double[] baselineRate = new double[ROUNDS];
        double[] ratio = new double[ROUNDS];
        String[] load = new String[ROUNDS];
        long baselineStatements = 0;
        long lifecycleStatements = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            long statements = StatementCounter.count();
            for (int i = 0; i < BASELINES_PER_ROUND; i++) {
                baseline(steps);
            }
            baselineRate[round] = BASELINES_PER_ROUND / ((System.nanoTime() - start) / 1e9);
            baselineStatements += StatementCounter.count() - statements;

            List<Lifecycle> batch = new ArrayList<>();
            start = System.nanoTime();
            statements = StatementCounter.count();
            for (int i = 0; i < LIFECYCLES_PER_ROUND; i++) {
                batch.add(lifecycle());
            }
            lifecycleRate[round] = LIFECYCLES_PER_ROUND / ((System.nanoTime() - start) / 1e9);
            lifecycleStatements += StatementCounter.count() - statements;
            ratio[round] = lifecycleRate[round] / baselineRate[round];
            load[round] = loadAverage();
            assertLifecyclesEnded(batch);
            System.out.printf(Locale.ROOT, "[bench] round %d: baseline %.2f/s, lifecycle %.2f/s, ratio %.2f (load %s)%n",
                    round + 1, baselineRate[round], lifecycleRate[round], ratio[round], load[round]);
        }

        measuring = false;
        double lifecycles = median(lifecycleRate);
        double baselines = median(baselineRate);
        System.out.printf(Locale.ROOT, "%n=== Lifecycle vs bare engine: %d user tasks each, authorization on, history %s, "
                + "job executor on, embedded PostgreSQL; %d rounds of %d baselines then %d lifecycles ===%n",
                tasks, engineConfiguration.getHistory(), ROUNDS, BASELINES_PER_ROUND, LIFECYCLES_PER_ROUND);
        System.out.printf(Locale.ROOT, "%-8s %14s %14s %16s %16s %8s  %s%n", "round", "baseline/s", "lifecycle/s",
                "baseline tasks/s", "lifecycle tasks/s", "ratio", "load average");
        for (int round = 0; round < ROUNDS; round++) {
            System.out.printf(Locale.ROOT, "%-8d %14.2f %14.2f %16.1f %16.1f %8.2f  %s%n", round + 1,
                    baselineRate[round], lifecycleRate[round], baselineRate[round] * tasks,
                    lifecycleRate[round] * tasks, ratio[round], load[round]);
        }
        System.out.printf(Locale.ROOT, "%-8s %14.2f %14.2f %16.1f %16.1f %8.2f  (ratio of the medians: %.2f)%n",
                "median", baselines, lifecycles, baselines * tasks, lifecycles * tasks, median(ratio),
                lifecycles / baselines);
        System.out.printf(Locale.ROOT, "%-8s %14.2f %14.2f %16s %16s %8.2f%n", "min", min(baselineRate),
                min(lifecycleRate), "", "", min(ratio));
        System.out.printf(Locale.ROOT, "%-8s %14.2f %14.2f %16s %16s %8.2f%n", "max", max(baselineRate),
                max(lifecycleRate), "", "", max(ratio));
        System.out.printf("target: ratio >= 0.8 (2 cores); load average now %s%n", loadAverage());
        double statementsPerBaseline = (double) baselineStatements / (ROUNDS * BASELINES_PER_ROUND);
        double statementsPerLifecycle = (double) lifecycleStatements / (ROUNDS * LIFECYCLES_PER_ROUND);
        System.out.printf(Locale.ROOT, "SQL statements sent: %.0f per baseline, %.0f per lifecycle (%.2f times)%n",
                statementsPerBaseline, statementsPerLifecycle, statementsPerLifecycle / statementsPerBaseline);
        System.out.printf("%n--- per step over the measured rounds (means; a step includes finding and claiming the task,"
                + " and the job executor's statements while it runs) ---%n");
        System.out.printf(Locale.ROOT, "  %-44s %11s %11s  %s%n", "step", "time", "statements", "count");
        stepNanos.forEach((step, total) -> System.out.printf(Locale.ROOT, "  %-44s %8.1f ms %11.1f  x %d%n", step,
                total[0] / 1e6 / total[1], (double) total[2] / total[1], total[1]));
        System.out.println();

        rowsWritten(steps);

        Map<String, Object> results = new LinkedHashMap<>();
        results.put("lifecyclesPerSecond", round2(lifecycles));
        results.put("baselinePerSecond", round2(baselines));
        // each round's ratio compares a baseline batch and the lifecycle batch run right after it, under the
        // same load; their median does not pair a quiet round's lifecycles with a busy round's baselines
        results.put("lifecycleVsBaselineRatio", round2(median(ratio)));
        results.put("lifecyclesPerSecondMin", round2(min(lifecycleRate)));
        results.put("lifecyclesPerSecondMax", round2(max(lifecycleRate)));
        results.put("baselinePerSecondMin", round2(min(baselineRate)));
        results.put("baselinePerSecondMax", round2(max(baselineRate)));
        results.put("lifecycleVsBaselineRatioMin", round2(min(ratio)));
        results.put("lifecycleVsBaselineRatioMax", round2(max(ratio)));
        results.put("userTasksPerLifecycle", tasks);
        results.put("statementsPerBaseline", Math.round(statementsPerBaseline));
        results.put("statementsPerLifecycle", Math.round(statementsPerLifecycle));
        results.put("lifecycleRounds", ROUNDS);
        results.put("lifecycleLoadAverage", loadAverage());
        BenchResults.merge(results);
        System.out.println("written to " + BenchResults.FILE.toAbsolutePath() + ": " + results);
    }

    // --- one lifecycle -----------------------------------------------------------------------

    Lifecycle lifecycle() {
        trace.clear();
        LocalDate today = LocalDate.now();
        String taxId = nextTaxId();
        Vendor vendor = register.registerVendor(new tw.vendorrisk.register.NewVendor("Lifecycle Vendor " + taxId,
                taxId, "TW", null, new BigDecimal("5")));
        register.addCertificate(vendor.getId(), new tw.vendorrisk.register.NewCertificate(CertificateType.ISO_27001,
                "ISO-" + taxId, today.plusYears(3)));

        // vendor selection: procurement registers the need and assesses the vendor
        ProcessInstance selection = start("alice", VendorSelectionProcess.KEY, VendorSelectionProcessTest.need(taxId));
        Long serviceId = (Long) runtimeService.getVariable(selection.getId(),
                VendorSelectionProcess.Variables.SERVICE_ID.name());
        work("alice", selection.getId(), VendorSelectionProcess.Elements.ASSESS_CAPABILITY, capability());

        // contract signing, started by the selection: the sample contract has gaps, a manager waives them
        String signing = runtimeService.createProcessInstanceQuery().processDefinitionKey(ContractSigningProcess.KEY)
                .processInstanceBusinessKey(serviceId.toString()).singleResult().getId();
        Long contractId = (Long) runtimeService.getVariable(signing, ContractSigningProcess.Variables.CONTRACT_ID.name());
        work("alice", signing, ContractSigningProcess.Elements.UPLOAD_DRAFT, Map.of(
                ContractSigningProcess.Variables.CONTRACT_DRAFT, contractDraft,
                ContractSigningProcess.Variables.DRAFT_NOTES.name(), "draft from the vendor"));
        work("lena", signing, ContractSigningProcess.Elements.REVIEW_CONTRACT, Map.of(
                ContractSigningProcess.Variables.REVIEW_OUTCOME.name(), ContractSigningProcess.REVIEW_WAIVER,
                ContractSigningProcess.Variables.LEGAL_NOTES.name(), "vendor refuses regulator-ordered termination"));
        work("mark", signing, ContractSigningProcess.Elements.APPROVE_WAIVER, Map.of(
                ContractSigningProcess.Variables.WAIVER_APPROVED.name(), true,
                ContractSigningProcess.Variables.WAIVER_REASON.name(), "sole supplier; amendment at renewal"));
        work("lena", signing, ContractSigningProcess.Elements.CONFIRM_CONFIDENTIALITY, Map.of(
                ContractSigningProcess.Variables.UNDERTAKING_COMPLETE.name(), true,
                ContractSigningProcess.Variables.UNDERTAKING_NOTES.name(), "signed undertaking on file"));
        work("alice", signing, ContractSigningProcess.Elements.RECORD_SIGNATURE, signature(today));
        List<Long> assetIds = List.of(
                assets.registerForService(serviceId, new NewInformationAsset("ID card images " + taxId,
                        "used by the vendor", AssetClassification.CONFIDENTIAL, "vendor data centre", false), "alice")
                        .getId(),
                assets.registerForContract(contractId, new NewInformationAsset("Recognition model " + taxId, null,
                        AssetClassification.SECRET, "vendor laptop", true), "alice").getId());

        // vendor staff access: the project lead asks, briefs and assesses, a manager approves
        ProcessInstance access = start("peter", VendorAccessProcess.KEY, accessRequest(contractId, today));
        work("peter", access.getId(), VendorAccessProcess.Elements.BRIEF_SECURITY_RULES, Map.of(
                VendorAccessProcess.Variables.RULES_ACKNOWLEDGED_ON.name(), today.toString()));
        work("peter", access.getId(), VendorAccessProcess.Elements.ASSESS_RISK, Map.of(
                VendorAccessProcess.Variables.LEAST_PRIVILEGE.name(), true,
                VendorAccessProcess.Variables.ACCESS_CONTROLS_PER_KIND.name(), true,
                VendorAccessProcess.Variables.USE_WITHIN_SCOPE.name(), true,
                VendorAccessProcess.Variables.RISK_LEVEL.name(), "LOW",
                VendorAccessProcess.Variables.RISK_ASSESSMENT.name(), "Read-only, masked data"));
        work("mark", access.getId(), VendorAccessProcess.Elements.APPROVE_ACCESS, Map.of(
                VendorAccessProcess.Variables.ACCESS_APPROVED.name(), true,
                VendorAccessProcess.Variables.DECISION_REASON.name(), "Needed for the maintenance window"));

        // the first yearly audit: its timer in contract-oversight fires, infosec plans and audits
        String oversight = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ContractOversightProcess.KEY).processInstanceBusinessKey(contractId.toString())
                .singleResult().getId();
        long begin = System.nanoTime();
        long statements = StatementCounter.count();
        Job auditTimer = firstAuditTimer(oversight);
        timed("wait for oversight planning (and polling)", begin, statements);
        begin = System.nanoTime();
        statements = StatementCounter.count();
        managementService.executeJob(auditTimer.getId());
        timed("audit timer", begin, statements);
        String audit = runtimeService.createProcessInstanceQuery().superProcessInstanceId(oversight)
                .processDefinitionKey(OversightCycle.VENDOR_AUDIT).singleResult().getId();
        work("ivan", audit, "Task_PlanAudit", Map.of("auditScope", "Access control, logs", "auditors", "ivan",
                "plannedFieldworkOn", today.toString()));
        work("ivan", audit, "Task_PerformAuditFieldwork", Map.of("findings", " \n", "remediationDueInDays", 30,
                "summary", "All controls effective"));

        // a significant change: reported by the project lead, assessed by infosec, accepted by a manager
        Map<String, Object> notice = ChangeReassessmentProcessTest.notice(contractId, "DATA_LOCATION",
                "backups move to a second data centre");
        notice.put(ChangeReassessmentProcess.Variables.CHANGE_SOURCE.name(), "INTERNAL_REQUEST");
        notice.put(ChangeReassessmentProcess.Variables.EFFECTIVE_ON.name(), today.plusMonths(1).toString());
        ProcessInstance change = start("peter", ChangeReassessmentProcess.KEY, notice);
        work("peter", change.getId(), ChangeReassessmentProcess.Elements.ANALYSE_IMPACT,
                ChangeReassessmentProcessTest.impact("HIGH", "LOW", "LOW"));
        work("ivan", change.getId(), ChangeReassessmentProcess.Elements.ASSESS_RISK,
                ChangeReassessmentProcessTest.risk("MEDIUM", "ACCEPT"));
        work("mark", change.getId(), ChangeReassessmentProcess.Elements.DECIDE_OUTCOME,
                ChangeReassessmentProcessTest.decision("ACCEPT", "the second site meets our requirements"));

        // termination: a manager ends the contract, infosec confirms each asset returned and the transition
        ProcessInstance termination = start("mark", VendorTerminationProcess.KEY, Map.of(
                VendorTerminationProcess.Variables.CONTRACT_ID.name(), contractId,
                VendorTerminationProcess.Variables.TERMINATION_REASON.name(), "TERMINATED",
                VendorTerminationProcess.Variables.TERMINATION_NOTES.name(), "service no longer needed"));
        for (int i = 0; i < assetIds.size(); i++) {
            work("ivan", termination.getId(), VendorTerminationProcess.Elements.CONFIRM_ASSET_DISPOSITION, Map.of(
                    VendorTerminationProcess.Variables.DISPOSITION_METHOD.name(), "RETURN",
                    VendorTerminationProcess.Variables.DISPOSITION_NOTES.name(), "returned on encrypted disk"));
        }
        work("ivan", termination.getId(), VendorTerminationProcess.Elements.CHECK_TRANSITION,
                VendorTerminationProcessTest.transition("IN_HOUSE", null, null));
        work("lena", termination.getId(), VendorTerminationProcess.Elements.RECORD_CONFIDENTIALITY, Map.of(
                VendorTerminationProcess.Variables.CONFIDENTIALITY_CONTINUES.name(), true,
                VendorTerminationProcess.Variables.CONFIDENTIALITY_UNTIL.name(), today.plusYears(5).toString(),
                VendorTerminationProcess.Variables.CONFIDENTIALITY_NOTES.name(), "five years after the end"));
        return new Lifecycle(contractId, assetIds);
    }

    /**
     * The first audit's timer, once the job executor has planned the oversight (an asynchronous
     * step after signing; normally done long before, while the access request runs).
     */
    private Job firstAuditTimer(String oversight) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            List<Job> timers = managementService.createJobQuery().processInstanceId(oversight).timers()
                    .activityId(ContractOversightProcess.Elements.AUDIT_DUE).orderByJobDuedate().asc().listPage(0, 1);
            if (!timers.isEmpty()) {
                return timers.get(0);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the job executor did not plan the oversight of " + oversight + " in 60 s");
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private void assertLifecyclesEnded(List<Lifecycle> lifecycles) {
        for (Lifecycle lifecycle : lifecycles) {
            assertThat(contracts.findById(lifecycle.contractId()).orElseThrow().getStatus())
                    .isEqualTo(ContractStatus.ENDED);
            assertThat(grants.countByContractIdAndStatus(lifecycle.contractId(), AccessGrantStatus.ACTIVE)).isZero();
            assertThat(grants.countByContractIdAndStatus(lifecycle.contractId(), AccessGrantStatus.REVOKED))
                    .isEqualTo(1);
            assertThat(lifecycle.assetIds()).allSatisfy(id -> assertThat(assetRepository.findById(id).orElseThrow()
                    .getStatus()).isEqualTo(AssetStatus.RETURNED));
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(
                    lifecycle.contractId().toString()).count()).as("processes still running").isZero();
        }
    }

    /**
     * Where the database work goes: rows inserted, updated and deleted per table and transactions
     * committed, for one baseline instance and one lifecycle (PostgreSQL's statistics views).
     */
    private void rowsWritten(List<Step> steps) {
        org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        Map<String, long[]> before = tableWrites(jdbc);
        long commitsBefore = commits(jdbc);
        baseline(steps);
        Map<String, long[]> afterBaseline = tableWrites(jdbc);
        long commitsBaseline = commits(jdbc);
        List<Lifecycle> one = List.of(lifecycle());
        Map<String, long[]> afterLifecycle = tableWrites(jdbc);
        long commitsLifecycle = commits(jdbc);
        assertLifecyclesEnded(one);
        System.out.printf(Locale.ROOT, "%n--- rows written per instance (insert/update/delete), PostgreSQL statistics ---%n");
        System.out.printf(Locale.ROOT, "  %-32s %18s %18s%n", "table", "baseline", "lifecycle");
        long[] sumBaseline = new long[3];
        long[] sumLifecycle = new long[3];
        for (String table : afterLifecycle.keySet()) {
            long[] b = diff(afterBaseline.get(table), before.get(table));
            long[] l = diff(afterLifecycle.get(table), afterBaseline.get(table));
            for (int i = 0; i < 3; i++) {
                sumBaseline[i] += b[i];
                sumLifecycle[i] += l[i];
            }
            if (b[0] + b[1] + b[2] + l[0] + l[1] + l[2] > 0) {
                System.out.printf(Locale.ROOT, "  %-32s %18s %18s%n", table, b[0] + "/" + b[1] + "/" + b[2],
                        l[0] + "/" + l[1] + "/" + l[2]);
            }
        }
        System.out.printf(Locale.ROOT, "  %-32s %18s %18s%n", "total", sumBaseline[0] + "/" + sumBaseline[1] + "/"
                + sumBaseline[2], sumLifecycle[0] + "/" + sumLifecycle[1] + "/" + sumLifecycle[2]);
        System.out.printf(Locale.ROOT, "  %-32s %18d %18d%n", "transactions committed (approx.)",
                commitsBaseline - commitsBefore, commitsLifecycle - commitsBaseline);
    }

    private static Map<String, long[]> tableWrites(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        sleepForStatistics();
        jdbc.execute("select pg_stat_clear_snapshot()");
        Map<String, long[]> writes = new java.util.TreeMap<>();
        jdbc.query("select relname, n_tup_ins, n_tup_upd, n_tup_del from pg_stat_user_tables", rs -> {
            writes.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
        });
        return writes;
    }

    private static long commits(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        return jdbc.queryForObject("select xact_commit from pg_stat_database where datname = current_database()",
                Long.class);
    }

    private static long[] diff(long[] after, long[] before) {
        long[] result = new long[3];
        for (int i = 0; i < 3; i++) {
            result[i] = (after == null ? 0 : after[i]) - (before == null ? 0 : before[i]);
        }
        return result;
    }

    /** PostgreSQL 14 sends table statistics to its collector at most every 500 ms. */
    private static void sleepForStatistics() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // --- the baseline ------------------------------------------------------------------------

    private void deployBaseline(List<Step> steps) {
        AbstractFlowNodeBuilder<?, ?> builder = Bpmn.createExecutableProcess(BASELINE).camundaHistoryTimeToLive(3650)
                .startEvent();
        for (int i = 0; i < steps.size(); i++) {
            builder = builder.userTask("Task_" + (i + 1)).camundaCandidateGroups(steps.get(i).group());
        }
        repositoryService.createDeployment().name(BASELINE)
                .addModelInstance(BASELINE + ".bpmn", builder.endEvent().done()).deploy();
        // the same start right the real processes give their starters (AccessSetup)
        Authorization start = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        start.setGroupId(steps.get(0).group());
        start.setResource(Resources.PROCESS_DEFINITION);
        start.setResourceId(BASELINE);
        start.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
        authorizationService.saveAuthorization(start);
    }

    private void baseline(List<Step> steps) {
        ProcessInstance instance = start(steps.get(0).user(), BASELINE, VendorSelectionProcessTest.need("00000000"));
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            work(step.user(), instance.getId(), "Task_" + (i + 1), step.variables());
        }
    }

    // --- the same API calls for both ------------------------------------------------------------

    private ProcessInstance start(String user, String processKey, Map<String, Object> variables) {
        long begin = System.nanoTime();
        long statements = StatementCounter.count();
        identityService.setAuthentication(user, List.of(GROUP_OF.get(user)));
        try {
            return runtimeService.startProcessInstanceByKey(processKey, variables);
        } finally {
            identityService.clearAuthentication();
            timed("start " + processKey, begin, statements);
        }
    }

    private void timed(String step, long begin, long statementsBefore) {
        if (measuring) {
            long[] total = stepNanos.computeIfAbsent(step, key -> new long[3]);
            total[0] += System.nanoTime() - begin;
            total[1]++;
            total[2] += StatementCounter.count() - statementsBefore;
        }
    }

    /** As the Tasklist does it: the user finds the task among those their group may see, claims it and submits its form. */
    private void work(String user, String processInstanceId, String taskKey, Map<String, Object> variables) {
        long begin = System.nanoTime();
        long statements = StatementCounter.count();
        String group = GROUP_OF.get(user);
        identityService.setAuthentication(user, List.of(group));
        try {
            List<Task> open = taskService.createTaskQuery().processInstanceId(processInstanceId)
                    .taskDefinitionKey(taskKey).taskCandidateGroup(group).listPage(0, 1);
            assertThat(open).as("%s's task %s in %s", user, taskKey, processInstanceId).hasSize(1);
            String taskId = open.get(0).getId();
            taskService.claim(taskId, user);
            formService.submitTaskForm(taskId, variables);
        } finally {
            identityService.clearAuthentication();
            timed(taskKey.startsWith("Task_") && taskKey.matches("Task_\\d+") ? "baseline task" : taskKey, begin,
                    statements);
        }
        trace.add(new Step(user, group, variables));
    }

    // --- form variables ---------------------------------------------------------------------------

    private static Map<String, Object> capability() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VendorSelectionProcess.Variables.FINANCIAL_SCORE.name(), 4);
        variables.put(VendorSelectionProcess.Variables.MANAGEMENT_SCORE.name(), 4);
        variables.put(VendorSelectionProcess.Variables.PROFESSIONAL_SCORE.name(), 5);
        variables.put(VendorSelectionProcess.Variables.OPERATING_SCORE.name(), 3);
        variables.put(VendorSelectionProcess.Variables.TRACK_RECORD_SCORE.name(), 4);
        variables.put(VendorSelectionProcess.Variables.CAPABILITY_NOTES.name(), "references checked");
        variables.put(VendorSelectionProcess.Variables.VENDOR_CAPABLE.name(), true);
        return variables;
    }

    private static Map<String, Object> signature(LocalDate today) {
        return Map.of(ContractSigningProcess.Variables.SIGNED_ON.name(), today.toString(),
                ContractSigningProcess.Variables.TERM_START.name(), today.toString(),
                ContractSigningProcess.Variables.TERM_END.name(), today.plusYears(2).toString(),
                ContractSigningProcess.Variables.SLA_REPORT_FREQUENCY.name(), SlaReportFrequency.QUARTERLY.name(),
                ContractSigningProcess.Variables.ONSITE_STAFF.name(), true,
                ContractSigningProcess.Variables.ACCESS_NEEDS.name(), "ID image archive, read only");
    }

    private static Map<String, Object> accessRequest(Long contractId, LocalDate today) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VendorAccessProcess.Variables.CONTRACT_ID.name(), contractId);
        variables.put(VendorAccessProcess.Variables.PERSON_NAME.name(), "陳工程師 Engineer Chen");
        variables.put(VendorAccessProcess.Variables.PERSON_ROLE.name(), "DBA");
        variables.put(VendorAccessProcess.Variables.ASSETS.name(), "ERP database (read)");
        variables.put(VendorAccessProcess.Variables.PURPOSE.name(), "Quarterly maintenance");
        variables.put(VendorAccessProcess.Variables.REQUESTED_UNTIL.name(), today.plusMonths(2).toString());
        variables.put(VendorAccessProcess.Variables.TRADE_SECRETS.name(), false);
        variables.put(VendorAccessProcess.Variables.REQUESTED_BY.name(), "peter");
        variables.put("accessQuery", true);
        variables.put("accessUse", true);
        return variables;
    }

    /** A fresh valid unified business number (統一編號) for each vendor. */
    private String nextTaxId() {
        while (true) {
            String prefix = String.format(Locale.ROOT, "7%06d", nextVendor++);
            for (int last = 0; last < 10; last++) {
                String candidate = prefix + last;
                if (TaxId.isValid(candidate)) {
                    return candidate;
                }
            }
        }
    }

    // --- figures --------------------------------------------------------------------------------

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
