package io.fundtrace.marts;

import io.fundtrace.warehouse.DuckDbEngine;
import io.fundtrace.warehouse.Warehouse;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A real warehouse file for one test: fill it through the fixture, build, read mart rows back as text. */
final class BuiltWarehouse implements AutoCloseable {
    final Warehouse warehouse;
    final CleanFixture fixture;

    BuiltWarehouse(Path folder) {
        this.warehouse = Warehouse.open(folder.resolve("test.duckdb"));
        this.fixture = new CleanFixture(warehouse);
    }

    BuildResult build(LocalDate asOf) {
        BuildResult result = new MartRunner(warehouse).build(asOf);
        if (!result.testsPassed()) {
            throw new AssertionError("data tests failed: " + result.tests());
        }
        return result;
    }

    /** The monthly cycle's dispatch of a month; its rebuild must pass the data tests too. */
    DispatchResult dispatch(YearMonth month) {
        DispatchResult result = new WarningDispatch(DuckDbEngine.over(warehouse)).dispatch(month);
        if (result.rebuild() != null && !result.rebuild().testsPassed()) {
            throw new AssertionError("data tests failed after the dispatch: " + result.rebuild().tests());
        }
        return result;
    }

    /** One row of marts.warnings by id, or an empty map when the mart does not list it. */
    Map<String, String> warning(String warningId) {
        List<Map<String, String>> rows = query("SELECT * FROM marts.warnings WHERE warning_id = '" + warningId + "'");
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    List<Map<String, String>> warnings(String rule) {
        return query("SELECT * FROM marts.warnings WHERE rule = '" + rule + "' ORDER BY warning_id");
    }

    List<Map<String, String>> query(String sql) {
        try (Statement statement = warehouse.connection().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rows.getMetaData();
            List<Map<String, String>> out = new ArrayList<>();
            while (rows.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    row.put(meta.getColumnLabel(column), rows.getString(column));
                }
                out.add(row);
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        warehouse.close();
    }
}
