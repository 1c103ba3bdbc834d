package io.fundtrace.reports;

import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.Warehouse;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real DuckDB warehouse with the marts filled from fixture.sql, as the mart builders would leave it,
 * closed again: the reports attach it through their role's views.
 */
final class ReportFixture {
    private ReportFixture() {
    }

    static Path create(Path folder) throws SQLException {
        Path file = folder.resolve("warehouse.duckdb");
        try (Warehouse warehouse = Warehouse.open(file)) {
            for (String sql : SqlResource.statements(SqlResource.read("reports-fixture/fixture.sql"))) {
                try (Statement statement = warehouse.connection().createStatement()) {
                    statement.execute(sql);
                }
            }
        }
        return file;
    }

    static Object scalar(Path file, String sql) throws SQLException {
        try (Warehouse warehouse = Warehouse.open(file);
             Statement statement = warehouse.connection().createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getObject(1);
        }
    }
}
