package io.fundtrace.warehouse.gate;

import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.Warehouse;
import java.nio.file.Path;
import java.sql.Statement;

/** Writes the gate's fixture warehouse (gate/fixture.sql) into a real DuckDB file, then closes the writer. */
final class GateFixture {
    private GateFixture() {
    }

    static Path warehouse(Path folder) throws Exception {
        Path file = folder.resolve("warehouse.duckdb");
        try (Warehouse warehouse = Warehouse.open(file)) {
            for (String statement : SqlResource.statements(SqlResource.read("gate/fixture.sql"))) {
                try (Statement s = warehouse.connection().createStatement()) {
                    s.execute(statement);
                }
            }
        }
        return file;
    }

    static SqlGate open(Path folder, Path warehouse, String role) {
        return SqlGate.open(warehouse, Role.parse(role), folder.resolve("keys/payee-key"), new QueryLog(folder.resolve("query-log.jsonl")));
    }
}
