package tw.vendorrisk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import tw.vendorrisk.support.EmbeddedPostgresConfiguration;
import tw.vendorrisk.support.AppTest;

/**
 * The cycle-time report's SQL on a real, fresh PostgreSQL: the engine creates its tables, the
 * engine migration then adds the report's indexes, and every figure of
 * {@link CycleTimeFiguresTestBase} holds as on H2.
 */
@AppTest
@Import(EmbeddedPostgresConfiguration.class)
class CycleTimeReportPostgresIT extends CycleTimeFiguresTestBase {

    @Autowired EngineSchemaMigrations migrations;

    @Test
    void theIndexMigrationRanOnThisFreshDatabase() {
        // V5, V5_1 and the PostgreSQL-only V5_2
        assertThat(migrations.migrationsExecuted()).isEqualTo(3);
    }
}
