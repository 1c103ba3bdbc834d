package io.fundtrace.ingest;

import io.fundtrace.warehouse.DuckDbEngine;
import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.Warehouse;
import io.fundtrace.warehouse.WarehouseException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Read-only listings of the quarantine and the audit, as a header and text rows. */
public final class Listing {
    /** numeric says which columns hold numbers (for right alignment and JSON). */
    public record Table(List<String> header, List<Boolean> numeric, List<List<String>> rows) {
    }

    private Listing() {
    }

    /** Rows waiting in the quarantine; entity null for all. Columns start file, line, entity, rule, column, value. */
    public static Table quarantine(Warehouse warehouse, String entity) {
        return query(warehouse, "ingest/listing/quarantine.sql", entity, entity);
    }

    /** One row per file of every batch, with the batch's timings. */
    public static Table batches(Warehouse warehouse) {
        return query(warehouse, "ingest/listing/batches.sql");
    }

    private static Table query(Warehouse warehouse, String resource, String... parameters) {
        try {
            IngestSchema.create(new Sql(DuckDbEngine.over(warehouse)), Contract.load());
            try (PreparedStatement statement = warehouse.connection().prepareStatement(SqlResource.read(resource))) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setString(i + 1, parameters[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    List<String> header = new ArrayList<>();
                    List<Boolean> numeric = new ArrayList<>();
                    int columns = rows.getMetaData().getColumnCount();
                    for (int i = 1; i <= columns; i++) {
                        header.add(rows.getMetaData().getColumnLabel(i));
                        int type = rows.getMetaData().getColumnType(i);
                        numeric.add(type == java.sql.Types.BIGINT || type == java.sql.Types.INTEGER || type == java.sql.Types.DECIMAL);
                    }
                    List<List<String>> out = new ArrayList<>();
                    while (rows.next()) {
                        List<String> row = new ArrayList<>();
                        for (int i = 1; i <= columns; i++) {
                            row.add(rows.getString(i) == null ? "" : rows.getString(i));
                        }
                        out.add(row);
                    }
                    return new Table(header, numeric, out);
                }
            }
        } catch (SQLException e) {
            throw new WarehouseException("cannot list " + resource + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
        }
    }
}
