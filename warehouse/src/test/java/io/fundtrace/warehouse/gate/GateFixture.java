package io.fundtrace.warehouse.gate;

import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.Warehouse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.HexFormat;

/** Writes the gate's fixture warehouse (gate/fixture.sql) into a real DuckDB file, then closes the writer. */
final class GateFixture {
    /** The fixture's DUPLICATE_PAYEE warning: PAY1 and PAY2, fund C01, project P653121001, April 2018. */
    static final String DUPLICATE_PAYEE_KEY = "C01|P653121001|%s|2018-04";

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
            // w1 gets the id a mart build gives it (rules.md v1.2), under the fixture's payee secret
            String payeeKey = PayeeKeyring.open(keyFile(folder)).pseudonym("653121198001011234");
            String id = sha16("DUPLICATE_PAYEE|" + String.format(DUPLICATE_PAYEE_KEY, payeeKey));
            for (String table : new String[] {"marts.warnings", "clean.rectifications"}) {
                try (PreparedStatement update = warehouse.connection().prepareStatement(
                        "UPDATE " + table + " SET warning_id = ? WHERE warning_id = 'w1'")) {
                    update.setString(1, id);
                    update.executeUpdate();
                }
            }
        }
        return file;
    }

    static Path keyFile(Path folder) {
        return folder.resolve("keys/payee-key");
    }

    static SqlGate open(Path folder, Path warehouse, String role) {
        return open(folder, warehouse, role, GateLimits.load());
    }

    static SqlGate open(Path folder, Path warehouse, String role, GateLimits limits) {
        return SqlGate.open(warehouse, Role.parse(role), keyFile(folder), new QueryLog(folder.resolve("query-log.jsonl")), limits);
    }

    static String sha16(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).substring(0, 16);
    }
}
