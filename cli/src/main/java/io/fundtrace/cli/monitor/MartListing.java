package io.fundtrace.cli.monitor;

import io.fundtrace.cli.engine.ReadableWarehouse;
import io.fundtrace.cli.engine.WarehousePathOption;
import io.fundtrace.marts.MartRunner;
import io.fundtrace.warehouse.OutputFormat;
import io.fundtrace.warehouse.ResultTable;
import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.WarehouseException;
import io.fundtrace.warehouse.gate.Role;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * What `warnings` and `ledger` share: build the marts as of the date when they were built for
 * another (on the chosen engine), then print one listing query over the mart and the region tree as
 * the role reads them (the gate's policy: rows of its regions and funds, classified funds as the
 * province's totals, staff IDs empty for an evaluator). Each optional filter is bound twice, as the
 * queries test it with `(? IS NULL OR column = ?)`.
 */
public final class MartListing {
    private MartListing() {
    }

    static void print(WarehousePathOption option, Role role, LocalDate asOf, String mart, String resource, OutputFormat format,
                      PrintWriter out, String... filters) {
        try (ReadableWarehouse readable = ReadableWarehouse.asRole(option, role,
                engine -> new MartRunner(engine).ensureBuilt(asOf, MartRunner.DEFAULT_SCHEMA),
                List.of(mart, "model.region_ancestor"))) {
            print(readable.connection(), resource, format, out, filters);
        }
    }

    private static void print(Connection connection, String resource, OutputFormat format, PrintWriter out, String... filters) {
        List<String> values = Arrays.asList(filters);
        try (PreparedStatement statement = connection.prepareStatement(SqlResource.read(resource))) {
            for (int filter = 0; filter < values.size(); filter++) {
                statement.setString(2 * filter + 1, values.get(filter));
                statement.setString(2 * filter + 2, values.get(filter));
            }
            try (ResultSet rows = statement.executeQuery()) {
                out.print(format.render(ResultTable.read(rows)));
                out.flush();
            }
        } catch (SQLException e) {
            throw new WarehouseException("cannot run " + resource + ": " + e.getMessage(), e);
        }
    }
}
