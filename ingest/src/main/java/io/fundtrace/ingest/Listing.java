package io.fundtrace.ingest;

import io.fundtrace.warehouse.DuckDbEngine;
import io.fundtrace.warehouse.ResultTable;
import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.Warehouse;
import io.fundtrace.warehouse.WarehouseException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Read-only listings of the quarantine and the audit, as a header and text rows. */
public final class Listing {
    private Listing() {
    }

    /** Rows waiting in the quarantine; entity null for all. Columns start file, line, entity, rule, column, value. */
    public static ResultTable quarantine(Warehouse warehouse, String entity) {
        return query(warehouse, "ingest/listing/quarantine.sql", entity, entity);
    }

    /** One row per file of every batch, with the batch's timings. */
    public static ResultTable batches(Warehouse warehouse) {
        return query(warehouse, "ingest/listing/batches.sql");
    }

    private static ResultTable query(Warehouse warehouse, String resource, String... parameters) {
        try {
            IngestSchema.create(new Sql(DuckDbEngine.over(warehouse)), Contract.load());
            try (PreparedStatement statement = warehouse.connection().prepareStatement(SqlResource.read(resource))) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setString(i + 1, parameters[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    return ResultTable.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new WarehouseException("cannot list " + resource + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
        }
    }
}
