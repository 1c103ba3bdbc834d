package io.fundtrace.cli.cycle;

import io.fundtrace.reports.Receipts;
import io.fundtrace.warehouse.DuckDbConnections;
import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.SqlTemplate;
import io.fundtrace.warehouse.WarehouseException;
import io.fundtrace.warehouse.gate.Role;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The receipts (回执) of the batches the month's cycle ingested, one per region with rows in a batch. On
 * a Spark warehouse the archive is written from a snapshot of the month's build, which carries the
 * quarantine because this output names it, and the cycle's record with the audit layer.
 */
final class ReceiptsOutput implements MonthlyOutput {
    @Override
    public Map<String, LocalDate> martsRead(YearMonth month) {
        return Map.of();
    }

    @Override
    public List<String> martTablesRead() {
        return List.of("quarantine.rows", "quarantine.rules");
    }

    @Override
    public List<Path> write(Path warehouseFile, YearMonth month, Path folder) {
        List<Long> batches = new ArrayList<>();
        // a database of its own, closed before the receipts attach the file: the cycle's engine has let go of
        // it, and a Warehouse opened here would join the engine's database and keep the file attached there
        try (Connection connection = DuckDbConnections.open("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            statement.execute("ATTACH '" + warehouseFile.toAbsolutePath().toString().replace("'", "''") + "' AS warehouse (READ_ONLY)");
            try (ResultSet present = statement.executeQuery(SqlResource.read("cli/cycle/month_batches_present.sql"))) {
                present.next();
                if (present.getLong(1) < 2) {
                    return List.of();
                }
            }
            String sql = SqlTemplate.fill(SqlResource.read("cli/cycle/month_batches.sql"),
                    Map.of("month_end", SqlTemplate.literal(month.atEndOfMonth())));
            try (ResultSet result = statement.executeQuery(sql)) {
                while (result.next()) {
                    batches.add(result.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new WarehouseException("cannot read the batches of cycle " + month + ": " + e.getMessage(), e);
        }
        List<Path> written = new ArrayList<>();
        for (long batch : batches) {
            written.addAll(new Receipts(warehouseFile).write(batch, month.atEndOfMonth(), Role.LEADER, folder));
        }
        return written;
    }
}
