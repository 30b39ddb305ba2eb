package tw.vendorrisk.support;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The number of rows in every table of the database, register and engine alike, to show that a
 * refused request wrote nothing. Tables added later are counted without changes here.
 */
@Component
public class DatabaseSnapshot {

    /** Written by the engine's metrics reporter on its own schedule, not by requests. */
    private static final Set<String> BACKGROUND_TABLES = Set.of("ACT_RU_METER_LOG", "ACT_RU_TASK_METER_LOG");

    private final JdbcTemplate jdbc;

    DatabaseSnapshot(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Table name → row count. */
    public Map<String, Integer> take() {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'", String.class);
        Map<String, Integer> counts = new TreeMap<>();
        for (String table : tables) {
            if (!BACKGROUND_TABLES.contains(table.toUpperCase())) {
                counts.put(table, jdbc.queryForObject("select count(*) from \"" + table + "\"", Integer.class));
            }
        }
        return counts;
    }
}
