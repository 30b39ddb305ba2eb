package tw.vendorrisk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import tw.vendorrisk.support.EmbeddedPostgresConfiguration;

/**
 * The cycle-time report's SQL on a real, fresh PostgreSQL: the engine creates its tables, the
 * engine migration then adds the report's indexes, and every figure of
 * {@link CycleTimeFiguresTestBase} holds as on H2.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class CycleTimeReportPostgresIT extends CycleTimeFiguresTestBase {

    @Autowired EngineSchemaMigrations migrations;

    @Test
    void theIndexMigrationRanOnThisFreshDatabase() {
        // V5, V5_1 and the PostgreSQL-only V5_2
        assertThat(migrations.migrationsExecuted()).isEqualTo(3);
    }
}
