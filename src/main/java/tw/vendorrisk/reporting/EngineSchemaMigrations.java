package tw.vendorrisk.reporting;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Flyway migrations on the engine's own tables ({@code ACT_*}), e.g. the indexes the cycle-time
 * report needs on the history tables. They cannot run with the register's migrations: Spring runs
 * those before the engine exists (the engine's transaction manager needs the JPA entity manager,
 * which waits for Flyway), and on a fresh database the engine creates its tables only when it is
 * built ({@code schema-update=true}). So this second Flyway run depends on the built
 * {@link ProcessEngine}, keeps its own history table ({@value #HISTORY_TABLE}) and reads
 * {@value #LOCATION}, on PostgreSQL also {@value #POSTGRESQL_LOCATION}. The version numbers follow the register's numbering per branch.
 * Flyway's lock on its history table keeps two nodes starting at once from racing.
 */
@Component
class EngineSchemaMigrations {

    static final String LOCATION = "classpath:db/engine-migration";
    /** Migrations in PostgreSQL's own SQL (e.g. statistics objects), on PostgreSQL only; same numbering. */
    static final String POSTGRESQL_LOCATION = "classpath:db/postgresql-engine-migration";
    static final String HISTORY_TABLE = "flyway_engine_history";

    private static final Logger LOG = LoggerFactory.getLogger(EngineSchemaMigrations.class);

    private final MigrateResult result;

    EngineSchemaMigrations(DataSource dataSource, ProcessEngine processEngine) {
        LOG.debug("Engine {} is built; migrating its tables", processEngine.getName());
        this.result = Flyway.configure()
                .dataSource(dataSource)
                .locations(locations(dataSource))
                .table(HISTORY_TABLE)
                // the schema already holds the register and the engine: start this history below V1
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("Applied {} migration(s) to the engine's tables, now at version {}", result.migrationsExecuted,
                    result.targetSchemaVersion);
        }
    }

    private static String[] locations(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())
                    ? new String[] {LOCATION, POSTGRESQL_LOCATION}
                    : new String[] {LOCATION};
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database the engine runs on", e);
        }
    }

    int migrationsExecuted() {
        return result.migrationsExecuted;
    }
}
