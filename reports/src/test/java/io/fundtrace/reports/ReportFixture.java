package io.fundtrace.reports;

import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.Warehouse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;

/** A real DuckDB warehouse with the marts filled from fixture.sql, as the mart builders would leave it. */
final class ReportFixture {
    private ReportFixture() {
    }

    static Warehouse open(Path folder) throws SQLException {
        Warehouse warehouse = Warehouse.open(folder.resolve("warehouse.duckdb"));
        for (String sql : SqlResource.statements(SqlResource.read("reports-fixture/fixture.sql"))) {
            try (Statement statement = warehouse.connection().createStatement()) {
                statement.execute(sql);
            }
        }
        return warehouse;
    }

    static Object scalar(Warehouse warehouse, String sql) throws SQLException {
        try (Statement statement = warehouse.connection().createStatement();
             java.sql.ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getObject(1);
        }
    }
}
