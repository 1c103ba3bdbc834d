package io.fundtrace.warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.duckdb.DuckDBFunctions;

/** The default engine: one DuckDB file through {@link Warehouse}. */
public final class DuckDbEngine implements Engine {
    public static final String NAME = "duckdb";

    private final Warehouse warehouse;

    private DuckDbEngine(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    public static DuckDbEngine open(Path path) {
        return new DuckDbEngine(Warehouse.open(path));
    }

    public static DuckDbEngine over(Warehouse warehouse) {
        return new DuckDbEngine(warehouse);
    }

    public Warehouse warehouse() {
        return warehouse;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void execute(String sql) {
        // DuckDB JDBC closes a Statement after an error: a fresh one per statement.
        try (Statement statement = warehouse.connection().createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    @Override
    public List<List<Object>> query(String sql) {
        try (Statement statement = warehouse.connection().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rows.getMetaData();
            List<List<Object>> out = new ArrayList<>();
            while (rows.next()) {
                List<Object> row = new ArrayList<>(meta.getColumnCount());
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    row.add(EngineValues.normalise(rows.getObject(column)));
                }
                out.add(row);
            }
            return out;
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    @Override
    public <R, X extends Exception> R atomically(UnitOfWork<R, X> work) throws X {
        Connection connection = warehouse.connection();
        if (!autoCommit(connection)) {
            // already inside a transaction (a caller's atomically): it commits or rolls back the whole
            return work.run();
        }
        setAutoCommit(connection, false);
        try {
            R result = work.run();
            commit(connection);
            return result;
        } catch (Exception | Error e) {
            rollback(connection);
            throw e;
        } finally {
            setAutoCommit(connection, true);
        }
    }

    @Override
    public void registerFunction(String name, TextFunction function) {
        try {
            DuckDBFunctions.scalarFunction().withName(name).withParameter(String.class).withReturnType(String.class)
                    .withNullInNullOut().withFunction(function::apply).register(warehouse.connection());
        } catch (SQLException e) {
            throw new WarehouseException("cannot register the function " + name + ": "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
        }
    }

    @Override
    public List<String> columns(String table) {
        String[] parts = table.split("\\.", 2);
        List<String> out = new ArrayList<>();
        for (List<Object> row : query("SELECT column_name FROM information_schema.columns WHERE table_schema = " + literal(parts[0])
                + " AND table_name = " + literal(parts[1]) + " ORDER BY ordinal_position")) {
            out.add((String) row.get(0));
        }
        return out;
    }

    @Override
    public List<String> tables() {
        List<String> out = new ArrayList<>();
        for (List<Object> row : query("SELECT table_schema || '.' || table_name FROM information_schema.tables"
                + " WHERE table_type = 'BASE TABLE' AND table_catalog = current_database() ORDER BY 1")) {
            out.add((String) row.get(0));
        }
        return out;
    }

    @Override
    public boolean exists(String table) {
        String[] parts = table.split("\\.", 2);
        return !query("SELECT 1 FROM information_schema.tables WHERE table_schema = " + literal(parts[0])
                + " AND table_name = " + literal(parts[1])).isEmpty();
    }

    @Override
    public void exportParquet(String table, Long version, Path folder) {
        if (version != null) {
            throw new WarehouseException("a DuckDB warehouse keeps no table versions; --at-version needs --engine spark");
        }
        execute("COPY (SELECT * FROM " + table + ") TO " + literal(folder.resolve("part-0.parquet").toAbsolutePath().toString())
                + " (FORMAT parquet)");
    }

    private static boolean autoCommit(Connection connection) {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            throw transactionFailure(e);
        }
    }

    private static void setAutoCommit(Connection connection, boolean on) {
        try {
            connection.setAutoCommit(on);
        } catch (SQLException e) {
            throw transactionFailure(e);
        }
    }

    private static void commit(Connection connection) {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw transactionFailure(e);
        }
    }

    private static WarehouseException transactionFailure(SQLException e) {
        return new WarehouseException("DuckDB transaction failed: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // nothing was committed; the original failure is the one to report
        }
    }

    @Override
    public Map<String, Long> versions(List<String> tables) {
        Map<String, Long> out = new LinkedHashMap<>();
        tables.forEach(table -> out.put(table, 0L));
        return out;
    }

    @Override
    public void close() {
        warehouse.close();
    }

    @Override
    public void csvTextView(String view, Path csv, int columns, RecordLines lines) {
        String types = IntStream.range(0, columns).mapToObj(i -> "'c" + i + "': 'VARCHAR'").collect(Collectors.joining(", "));
        // Single-threaded: numbering the lines after a parallel read costs more than the parallel read saves.
        String read = "read_csv(" + literal(csv.toAbsolutePath().toString()) + ", header = true, auto_detect = false, delim = ',',"
                + " quote = '\"', escape = '\"', null_padding = false, parallel = false, max_line_size = " + MAX_RECORD_BYTES
                + ", columns = {" + types + "})";
        if (lines.consecutive()) {
            execute("CREATE OR REPLACE TEMP VIEW " + view + " AS SELECT row_number() OVER () + 1 AS source_line, * FROM " + read);
            return;
        }
        String jumps = view + "_line_jumps";
        execute("CREATE OR REPLACE TEMP TABLE " + jumps + " (first_record BIGINT, extra_lines BIGINT)");
        for (int start = 0; start < lines.jumps(); start += 1000) {
            execute("INSERT INTO " + jumps + " VALUES " + IntStream.range(start, Math.min(start + 1000, lines.jumps()))
                    .mapToObj(i -> "(" + lines.jumpRecord(i) + ", " + lines.jumpExtraLines(i) + ")").collect(Collectors.joining(", ")));
        }
        // each record takes the extra lines of the last jump at or before it
        execute("CREATE OR REPLACE TEMP VIEW " + view + " AS SELECT r.record + 1 + coalesce(j.extra_lines, 0) AS source_line,"
                + " r.* EXCLUDE (record) FROM (SELECT row_number() OVER () AS record, * FROM " + read + ") r"
                + " ASOF LEFT JOIN " + jumps + " j ON r.record >= j.first_record");
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static WarehouseException failure(String sql, SQLException e) {
        String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        return new WarehouseException("DuckDB statement failed: " + first + " in: " + sql.lines().findFirst().orElse(""), e);
    }
}
