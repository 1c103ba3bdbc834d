package io.fundtrace.ingest;

import io.fundtrace.warehouse.ResultTable;
import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.WarehouseException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Read-only listings of the quarantine and the audit. They run on a connection that shows the tables
 * as the reader's role may read them (the gate's RoleSession): the quarantine's payee identity is
 * masked there for every role but pfo.
 */
public final class Listing {
    /** The tables the listings read. */
    public static final String QUARANTINE_ROWS = "quarantine.rows";
    public static final String QUARANTINE_RULES = "quarantine.rules";
    public static final String BATCHES = "audit.batches";
    public static final String BATCH_FILES = "audit.batch_files";

    private Listing() {
    }

    /** Rows waiting in the quarantine; entity null for all. Columns start file, line, entity, rule, column, value. */
    public static ResultTable quarantine(Connection connection, String entity) {
        return query(connection, "ingest/listing/quarantine.sql", entity, entity);
    }

    /** One row per file of every batch, with the batch's timings. */
    public static ResultTable batches(Connection connection) {
        return query(connection, "ingest/listing/batches.sql");
    }

    private static ResultTable query(Connection connection, String resource, String... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(SqlResource.read(resource))) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return ResultTable.read(rows);
            }
        } catch (SQLException e) {
            throw new WarehouseException("cannot list " + resource + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
        }
    }
}
