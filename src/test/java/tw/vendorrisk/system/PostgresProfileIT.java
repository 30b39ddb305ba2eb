package tw.vendorrisk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tw.vendorrisk.VendorRiskApplication;
import tw.vendorrisk.register.VendorRepository;

/**
 * The production profile {@code postgres} as an operator starts it: PostgreSQL from
 * SPRING_DATASOURCE_*, the administrator from APP_ADMIN_*, no demo users, no sample register,
 * HTTPS assumed, and no start at all without an administrator password or with the demo one.
 */
class PostgresProfileIT {

    static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    SpringApplicationBuilder app(String adminPassword) {
        return new SpringApplicationBuilder(VendorRiskApplication.class)
                .web(WebApplicationType.SERVLET)
                .profiles("postgres")
                .properties("SPRING_DATASOURCE_URL=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "SPRING_DATASOURCE_USERNAME=postgres", "SPRING_DATASOURCE_PASSWORD=postgres",
                        "APP_ADMIN_USER=operator", "APP_ADMIN_PASSWORD=" + adminPassword,
                        "PORT=0", "camunda.bpm.job-execution.enabled=false");
    }

    @Test
    void startsWithTheOperatorsAdministratorAndNoDemoData() {
        try (ConfigurableApplicationContext context = app("Strong-Admin-Pw-2026!").run()) {
            IdentityService identity = context.getBean(IdentityService.class);
            assertThat(identity.checkPassword("operator", "Strong-Admin-Pw-2026!")).isTrue();
            assertThat(identity.createUserQuery().list()).extracting(user -> user.getId()).containsExactly("operator");
            assertThat(identity.createGroupQuery().groupId("process-owners").count()).isEqualTo(1);
            assertThat(context.getBean(VendorRepository.class).count()).isZero();
            assertThat(context.getEnvironment().getProperty("app.security.https", Boolean.class))
                    .as("Secure cookies and HSTS behind TLS").isTrue();
        }
    }

    @Test
    void refusesToStartWithThePublishedDemoPassword() {
        assertThatThrownBy(() -> app("Vendor-Risk-2026!").run())
                .rootCause().hasMessageContaining("published demo password");
    }

    @Test
    void refusesToStartWithoutAnAdministratorPassword() {
        assertThatThrownBy(() -> app("").run())
                .rootCause().hasMessageContaining("APP_ADMIN_PASSWORD");
    }
}
