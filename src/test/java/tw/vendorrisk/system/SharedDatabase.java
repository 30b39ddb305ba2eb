package tw.vendorrisk.system;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL database that application nodes share, as the cluster and crash tests read it:
 * signed contracts written as contract signing leaves them, the engine's jobs and job log, and
 * where the register and the engine disagree (each check returns the disagreements, empty when all
 * is well).
 */
final class SharedDatabase {

    static final String CYCLE_KEYS = "('vendor-audit', 'onsite-review', 'sla-report-review')";

    final JdbcTemplate jdbc;

    SharedDatabase(EmbeddedPostgres postgres) {
        this.jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
    }

    /**
     * A vendor and {@code count} active services, each with a contract signed for the term, as
     * contract signing leaves them (status SIGNED, confidentiality undertaking confirmed); no SLA
     * reports. Returns the contract IDs in order.
     */
    List<Long> signedContracts(String taxId, int count, LocalDate termStart, LocalDate termEnd, boolean onsiteStaff) {
        Long vendorId = jdbc.queryForObject("insert into vendor (name, tax_id, country, market_share_percent, "
                + "created_at, version) values (?, ?, 'TW', 5, now(), 0) returning id", Long.class,
                "Load Test Co. " + taxId, taxId);
        jdbc.update("insert into outsourced_service (vendor_id, description, cloud, system_development, "
                + "system_maintenance, system_monitoring, criticality, annual_spend, period_start, period_end, status, "
                + "created_at, version) select ?, 'Maintenance ' || n, false, false, true, false, 'HIGH', 600000, ?, ?, "
                + "'ACTIVE', now(), 0 from generate_series(1, ?) n", vendorId, termStart, termEnd, count);
        jdbc.update("insert into contract (service_id, vendor_id, purpose, status, term_start, term_end, "
                + "sla_report_frequency, onsite_staff, access_needs, confidentiality_undertaking_confirmed, "
                + "confidentiality_confirmed_by, signed_on, signature_recorded_by, created_at, version) "
                + "select s.id, s.vendor_id, 'NEW', 'SIGNED', ?, ?, 'NONE', ?, 'ERP read access', true, 'lena', ?, "
                + "'alice', now(), 0 from outsourced_service s where s.vendor_id = ? order by s.id",
                termStart, termEnd, onsiteStaff, termStart, vendorId);
        return jdbc.queryForList("select id from contract where vendor_id = ? order by id", Long.class, vendorId);
    }

    long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }

    /** Jobs a job executor would run now: due, with retries left, not suspended. */
    long dueJobs() {
        return count("select count(*) from act_ru_job where retries_ > 0 and suspension_state_ = 1 "
                + "and (duedate_ is null or duedate_ <= ?)", new Timestamp(System.currentTimeMillis()));
    }

    /** Jobs locked by a job executor right now. */
    List<String> lockedJobs() {
        return jdbc.queryForList("select id_ from act_ru_job where lock_exp_time_ > ?", String.class,
                new Timestamp(System.currentTimeMillis()));
    }

    /** How many job executors (nodes) hold locked jobs right now. */
    long nodesHoldingJobs() {
        return count("select count(distinct lock_owner_) from act_ru_job where lock_exp_time_ > ?",
                new Timestamp(System.currentTimeMillis()));
    }

    long openedActivities() {
        return count("select count(*) from oversight_activity where status in ('OPEN', 'DONE')");
    }

    /** Successful job runs per node (the job log's host name). */
    Map<String, Long> jobsDoneByNode() {
        Map<String, Long> byNode = new LinkedHashMap<>();
        jdbc.query("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 group by hostname_ "
                + "order by hostname_", row -> {
                    byNode.put(row.getString(1), row.getLong(2));
                });
        return byNode;
    }

    /** Jobs whose work committed more than once. */
    List<String> jobsDoneMoreThanOnce() {
        return jdbc.queryForList("select job_id_ || ' x' || count(*) from act_hi_job_log where job_state_ = 2 "
                + "group by job_id_ having count(*) > 1", String.class);
    }

    /** Failed jobs and incidents, with their messages. */
    List<String> failures() {
        List<String> failures = new ArrayList<>(jdbc.queryForList("select 'incident ' || incident_type_ "
                + "|| ': ' || coalesce(incident_msg_, '') from act_ru_incident", String.class));
        failures.addAll(jdbc.queryForList("select 'job ' || id_ || ' retries ' || retries_ || ': ' "
                + "|| coalesce(exception_msg_, '') from act_ru_job where exception_msg_ is not null or retries_ = 0",
                String.class));
        return failures;
    }

    /**
     * Activities opened (OPEN or DONE) that have not exactly one cycle process (running or ended)
     * for them, the one the register names; and cycle processes for an activity the register does
     * not show as opened.
     */
    List<String> activitiesNotOpenedExactlyOnce() {
        List<String> wrong = new ArrayList<>(jdbc.queryForList(
                "select 'activity ' || a.id || ' ' || a.status || ' register says ' || coalesce(a.process_instance_id, "
                + "'-') || ', cycles ' || coalesce(string_agg(v.proc_inst_id_, ','), 'none') "
                + "from oversight_activity a left join act_hi_varinst v on v.name_ = 'activityId' "
                + "and v.long_ = a.id and v.execution_id_ = v.proc_inst_id_ and v.proc_def_key_ in " + CYCLE_KEYS
                + " where a.status in ('OPEN', 'DONE') group by a.id, a.status, a.process_instance_id "
                + "having count(v.proc_inst_id_) <> 1 or max(v.proc_inst_id_) <> coalesce(a.process_instance_id, '-')", String.class));
        wrong.addAll(jdbc.queryForList("select 'cycle ' || v.proc_inst_id_ || ' for activity ' || v.long_ || ' that is '"
                + " || a.status from act_hi_varinst v join oversight_activity a on a.id = v.long_ "
                + "where v.name_ = 'activityId' and v.execution_id_ = v.proc_inst_id_ and v.proc_def_key_ in "
                + CYCLE_KEYS + " and a.status not in ('OPEN', 'DONE')", String.class));
        return wrong;
    }

    /**
     * Contracts whose running oversight schedule disagrees with the register: the contract is not
     * SIGNED, it has more than one schedule, or a SCHEDULED activity has no timer waiting (planned
     * activities and waiting timers differ in number).
     */
    List<String> schedulesDisagreeingWithTheRegister() {
        List<String> wrong = new ArrayList<>(jdbc.queryForList(
                "select 'contract ' || c.id || ' is ' || c.status || ' but its oversight runs' from act_hi_procinst p "
                + "join contract c on c.id = cast(p.business_key_ as bigint) where p.proc_def_key_ = "
                + "'contract-oversight' and p.end_time_ is null and c.status <> 'SIGNED'", String.class));
        wrong.addAll(jdbc.queryForList("select 'contract ' || business_key_ || ' has ' || count(*) || ' schedules' "
                + "from act_hi_procinst where proc_def_key_ = 'contract-oversight' group by business_key_ "
                + "having count(*) > 1", String.class));
        wrong.addAll(jdbc.queryForList("select 'contract ' || c.id || ': ' || (select count(*) from oversight_activity a "
                + "where a.contract_id = c.id and a.status = 'SCHEDULED') || ' scheduled, ' || (select count(*) from "
                + "act_ru_job j where j.process_instance_id_ = p.id_ and j.type_ = 'timer') || ' timers' "
                + "from act_hi_procinst p join contract c on c.id = cast(p.business_key_ as bigint) "
                + "where p.proc_def_key_ = 'contract-oversight' and p.end_time_ is null "
                + "and not exists (select 1 from act_ru_job j where j.process_instance_id_ = p.id_ and j.type_ = 'message') "
                + "and (select count(*) from oversight_activity a where a.contract_id = c.id and a.status = 'SCHEDULED') "
                + "<> (select count(*) from act_ru_job j where j.process_instance_id_ = p.id_ and j.type_ = 'timer')",
                String.class));
        return wrong;
    }

    /**
     * Access grants whose vendor-access instance disagrees: an ACTIVE grant has its instance waiting
     * at the expiry timer (and the instance at the timer has an ACTIVE grant); a REQUESTED grant has
     * its instance running.
     */
    List<String> accessGrantsDisagreeingWithTheEngine() {
        String waitingAtTimer = "exists (select 1 from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_ "
                + "where j.process_instance_id_ = g.process_instance_id and d.act_id_ = 'Timer_AccessExpires')";
        List<String> wrong = new ArrayList<>(jdbc.queryForList("select 'grant ' || g.id || ' is ' || g.status "
                + "|| ', waiting at its timer: ' || " + waitingAtTimer + " from access_grant g where "
                + "(g.status = 'ACTIVE') <> " + waitingAtTimer, String.class));
        wrong.addAll(jdbc.queryForList("select 'grant ' || g.id || ' is REQUESTED without a running request' "
                + "from access_grant g where g.status = 'REQUESTED' and not exists (select 1 from act_ru_execution e "
                + "where e.proc_inst_id_ = g.process_instance_id)", String.class));
        wrong.addAll(jdbc.queryForList("select 'vendor-access ' || p.id_ || ' has ' || (select count(*) from "
                + "access_grant g where g.process_instance_id = p.id_) || ' grants' from act_hi_procinst p "
                + "where p.proc_def_key_ = 'vendor-access' and (select count(*) from access_grant g "
                + "where g.process_instance_id = p.id_) <> 1", String.class));
        return wrong;
    }
}
