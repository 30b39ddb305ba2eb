package tw.vendorrisk.support;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;

/**
 * Every row of every table of the application's schema (engine and register alike), recorded once and
 * written back on request: the rows a test class added are deleted, the rows it changed or deleted
 * are back as they were. Works on H2 and PostgreSQL; referential checks are off while it writes.
 * Left alone: Flyway's history and the engine's ID block ({@code next.dbid}), which the running engine
 * holds in memory and must only ever grow.
 */
final class DatabaseState {

    private static final Set<String> LEFT_ALONE = Set.of("flyway_schema_history");
    private static final String ID_BLOCK = "next.dbid";

    private final DataSource dataSource;
    private final List<Table> tables;

    private DatabaseState(DataSource dataSource, List<Table> tables) {
        this.dataSource = dataSource;
        this.tables = tables;
    }

    static DatabaseState record(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            List<Table> tables = new ArrayList<>();
            for (String name : tableNames(connection)) {
                tables.add(Table.read(connection, name));
            }
            return new DatabaseState(dataSource, tables);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the test database", e);
        }
    }

    void restore() {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(postgres ? "set local session_replication_role = replica" : "set referential_integrity false");
                for (Table table : tables) {
                    table.restore(connection, statement);
                }
                if (!postgres) {
                    statement.execute("set referential_integrity true");
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not restore the test database", e);
        }
    }

    private static List<String> tableNames(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!LEFT_ALONE.contains(name.toLowerCase(Locale.ROOT))) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private record Table(String name, List<String> columns, List<Object[]> rows, boolean properties) {

        static Table read(Connection connection, String name) throws SQLException {
            boolean properties = name.equalsIgnoreCase("act_ge_property");
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("select * from " + quoted(name))) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i));
                }
                List<Object[]> rows = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = JdbcUtils.getResultSetValue(rs, i + 1);
                    }
                    if (!(properties && ID_BLOCK.equals(row[columns.indexOf(nameColumn(columns))]))) {
                        rows.add(row);
                    }
                }
                return new Table(name, List.copyOf(columns), rows, properties);
            }
        }

        void restore(Connection connection, Statement statement) throws SQLException {
            if (properties) {
                statement.executeUpdate("delete from " + quoted(name) + " where " + quoted(nameColumn(columns))
                        + " <> '" + ID_BLOCK + "'");
            } else {
                statement.executeUpdate("delete from " + quoted(name));
            }
            if (rows.isEmpty()) {
                return;
            }
            String insert = "insert into " + quoted(name) + " ("
                    + columns.stream().map(DatabaseState::quoted).collect(Collectors.joining(", ")) + ") values ("
                    + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
            try (PreparedStatement prepared = connection.prepareStatement(insert)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        prepared.setObject(i + 1, row[i]);
                    }
                    prepared.addBatch();
                }
                prepared.executeBatch();
            }
        }

        private static String nameColumn(List<String> columns) {
            return columns.stream().filter(c -> c.equalsIgnoreCase("name_")).findFirst().orElseThrow();
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier + '"';
    }
}
