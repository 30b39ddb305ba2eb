package tw.vendorrisk.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tw.vendorrisk.VendorRiskApplication;
import tw.vendorrisk.register.SlaReportFrequency;
import tw.vendorrisk.support.RegisterFixture;

/**
 * A contract's oversight schedule survives a restart of the application on PostgreSQL: the timers
 * wait in the database, and after the restart the rest of the term falls due as planned.
 */
class OversightRestartPostgresIT {

    static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(VendorRiskApplication.class)
                .web(WebApplicationType.SERVLET)
                .profiles("postgres")
                .properties("SPRING_DATASOURCE_URL=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "SPRING_DATASOURCE_USERNAME=postgres", "SPRING_DATASOURCE_PASSWORD=postgres",
                        "APP_ADMIN_USER=operator", "APP_ADMIN_PASSWORD=Strong-Admin-Pw-2026!",
                        "PORT=0", "camunda.bpm.job-execution.enabled=false")
                .run();
    }

    @Test
    void aRestartMidScheduleLosesNothing() {
        LocalDate termStart = LocalDate.now();
        Long contractId;
        String scheduleId;
        int firedBefore;
        try (ConfigurableApplicationContext first = start()) {
            RegisterFixture fixture = first.getBean(RegisterFixture.class);
            contractId = fixture.signedContract(fixture.vendor(RegisterFixture.TAX_ID_B, "Restart Co.", "5"),
                    termStart, termStart.plusYears(3).minusDays(1), SlaReportFrequency.SEMI_ANNUAL, true).getId();
            scheduleId = first.getBean(RuntimeService.class).startProcessInstanceByKey(ContractOversightProcess.KEY,
                    contractId.toString(), Map.of("contractId", contractId)).getId();
            // planning is the schedule's first job (async before)
            ManagementService management = first.getBean(ManagementService.class);
            management.executeJob(management.createJobQuery().processInstanceId(scheduleId)
                    .activityId(ContractOversightProcess.Elements.PLAN_OVERSIGHT).singleResult().getId());
            // the first year falls due before the restart
            firedBefore = fireTimersUntil(first, scheduleId, termStart.plusYears(1));
            assertThat(firedBefore).isEqualTo(1 + 2 + 2);
        }

        try (ConfigurableApplicationContext second = start()) {
            RuntimeService runtime = second.getBean(RuntimeService.class);
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(scheduleId).count()).isEqualTo(1);
            assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(scheduleId).count())
                    .as("the reviews opened before the restart are still waiting").isEqualTo(firedBefore);

            int firedAfter = fireTimersUntil(second, scheduleId, LocalDate.MAX.minusYears(1));

            assertThat(firedBefore + firedAfter).isEqualTo(3 + 6 + 6);
            List<OversightActivity> activities = second.getBean(OversightService.class).activitiesOf(contractId);
            assertThat(activities).hasSize(15).allSatisfy(a -> assertThat(a.getStatus()).isEqualTo(OversightStatus.OPEN));
            assertThat(activities).filteredOn(a -> a.getKind() == OversightKind.AUDIT).hasSize(3);
            assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(scheduleId).count()).isEqualTo(15);
        }
    }

    /** Moves the engine clock from timer to timer of the schedule and fires each, before the given day. */
    static int fireTimersUntil(ConfigurableApplicationContext context, String scheduleId, LocalDate until) {
        ManagementService management = context.getBean(ManagementService.class);
        int fired = 0;
        while (true) {
            Job next = management.createJobQuery().processInstanceId(scheduleId).timers().list().stream()
                    .min(Comparator.comparing(Job::getDuedate)).orElse(null);
            if (next == null || !OversightTestSupport.day(next.getDuedate()).isBefore(until)) {
                return fired;
            }
            ClockUtil.setCurrentTime(next.getDuedate());
            management.executeJob(next.getId());
            fired++;
        }
    }
}
