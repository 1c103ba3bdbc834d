package io.fundtrace.marts;

import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.WarehouseException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The data tests of tests/manifest.csv: each a query returning the rows that fail it (dbt style). */
final class DataTests {
    private static final int SAMPLE_ROWS = 3;

    private final Connection connection;
    private final SqlTemplate template;

    DataTests(Connection connection, SqlTemplate template) {
        this.connection = connection;
        this.template = template;
    }

    List<DataTestResult> runAll() {
        List<DataTestResult> results = new ArrayList<>();
        List<String> names = SqlResource.read("marts/tests/manifest.csv").lines().skip(1)
                .filter(line -> !line.isBlank()).map(line -> line.split(",", -1)[0].strip()).toList();
        for (String name : names) {
            results.add(run(name));
        }
        return results;
    }

    private DataTestResult run(String name) {
        String sql = template.fill(SqlResource.read("marts/tests/" + name + ".sql"));
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rows.getMetaData();
            long failing = 0;
            List<String> sample = new ArrayList<>();
            while (rows.next()) {
                failing++;
                if (sample.size() < SAMPLE_ROWS) {
                    List<String> cells = new ArrayList<>();
                    for (int column = 1; column <= meta.getColumnCount(); column++) {
                        cells.add(meta.getColumnLabel(column) + "=" + rows.getString(column));
                    }
                    sample.add(String.join(", ", cells));
                }
            }
            return new DataTestResult(name, failing, sample);
        } catch (SQLException e) {
            throw new WarehouseException("data test " + name + " failed to run: " + e.getMessage(), e);
        }
    }
}
