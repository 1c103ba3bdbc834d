package io.fundtrace.warehouse.gate;

import io.fundtrace.warehouse.DuckDbConnections;
import io.fundtrace.warehouse.DuckDbEngine;
import io.fundtrace.warehouse.Warehouse;
import io.fundtrace.warehouse.WarehouseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Predicate;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * A DuckDB instance of its own for one role: an in-memory database that attaches the warehouse file
 * read-only as catalog {@code warehouse} and holds, in its own schemas model, marts and audit, the
 * role's filtered and masked views of the published tables. Its memory, threads and spilling are capped
 * first (GateLimits); after setup it turns external access off and locks the configuration, so no query
 * can read or write a file, attach, load or change a setting, those caps included.
 */
final class GatedSession implements AutoCloseable {
    private final Connection connection;
    private final List<PublishedTable> tables;
    private final OptionalLong latestBatchId;

    private GatedSession(Connection connection, List<PublishedTable> tables, OptionalLong latestBatchId) {
        this.connection = connection;
        this.tables = tables;
        this.latestBatchId = latestBatchId;
    }

    /**
     * Publishes, of the warehouse's tables that wanted accepts (qualified names), those the policy lists and
     * the role may read. limits null: DuckDB's own settings (code that runs its own SQL, not a person's).
     * keyring null: the views have no payee_key column, and neither the payee secret nor its binding to the
     * warehouse is needed (the code's own readers never show a pseudonym).
     */
    static GatedSession open(Path warehouseFile, Role role, PayeeKeyring keyring, GateLimits limits, Predicate<String> wanted) {
        if (!Files.isRegularFile(warehouseFile)) {
            throw new WarehouseException("no warehouse at " + warehouseFile + ": run fundtrace ingest first, or pass --warehouse");
        }
        Connection connection = null;
        try {
            connection = DuckDbConnections.open("jdbc:duckdb:");
            // first, so that the setup below (the pseudonyms of every payee) is held to them as well
            for (String setting : limits == null ? List.<String>of() : limits.settings()) {
                execute(connection, setting);
            }
            attach(connection, warehouseFile);
            if (keyring != null && !PayeeSecretBinding.isBound(recordedFingerprints(connection), keyring)) {
                bind(connection, warehouseFile, keyring);
            }
            checkScope(connection, role);
            Map<TablePolicy, List<String>> published = new LinkedHashMap<>();
            columns(connection, "warehouse").forEach((name, columns) -> {
                String[] parts = name.split("\\.", 2);
                TablePolicy.find(parts[0], parts[1]).filter(policy -> wanted.test(name) && policy.readableBy(role))
                        .ifPresent(policy -> published.put(policy, columns.stream().map(PublishedColumn::name).toList()));
            });
            if (keyring != null) {
                writePseudonyms(connection, published, role, keyring);
            }
            for (String macro : PublishedView.maskMacros()) {
                execute(connection, macro);
            }
            for (Map.Entry<TablePolicy, List<String>> table : published.entrySet()) {
                execute(connection, "CREATE SCHEMA IF NOT EXISTS memory." + PublishedView.quote(table.getKey().schema()));
                execute(connection, PublishedView.definition(table.getKey(), role, table.getValue(), keyring != null));
            }
            List<PublishedTable> tables = sessionColumns(connection);
            OptionalLong latestBatchId = latestBatchId(connection);
            execute(connection, "SET enable_external_access = false");
            execute(connection, "SET lock_configuration = true");
            return new GatedSession(connection, List.copyOf(tables), latestBatchId);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw Warehouse.openFailure(warehouseFile, "open a gated session on", e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static void attach(Connection connection, Path warehouseFile) throws SQLException {
        execute(connection, "ATTACH " + PublishedView.literal(warehouseFile.toAbsolutePath().toString()) + " AS warehouse (READ_ONLY)");
    }

    private static List<String> recordedFingerprints(Connection connection) throws SQLException {
        List<String> fingerprints = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet table = statement.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_catalog = 'warehouse'"
                     + " AND table_schema || '.' || table_name = '" + PayeeSecretBinding.TABLE + "'")) {
            table.next();
            if (table.getLong(1) == 0) {
                // a warehouse file older than the binding: its next writer adds the table
                return fingerprints;
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT fingerprint FROM warehouse." + PayeeSecretBinding.TABLE)) {
            while (rows.next()) {
                fingerprints.add(rows.getString(1));
            }
        }
        return fingerprints;
    }

    /**
     * The first secret used with a warehouse is recorded with it, here too when the gate comes before any
     * build: for that one write the file is detached and opened as a writer, then attached read-only again.
     */
    private static void bind(Connection connection, Path warehouseFile, PayeeKeyring keyring) throws SQLException {
        execute(connection, "DETACH warehouse");
        try (Warehouse writer = Warehouse.open(warehouseFile)) {
            PayeeSecretBinding.bind(DuckDbEngine.over(writer), keyring);
        }
        attach(connection, warehouseFile);
    }

    private static void checkScope(Connection connection, Role role) throws SQLException {
        String query = switch (role.kind()) {
            case REGION -> "SELECT count(*) FROM warehouse.model.dim_region WHERE region_code = ?";
            case DEPARTMENT -> "SELECT count(*) FROM warehouse.model.dim_department WHERE department = ?";
            default -> null;
        };
        if (query == null) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, role.scope());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                if (rows.getLong(1) == 0) {
                    throw new WarehouseException("role " + role + ": no such "
                            + (role.kind() == Role.Kind.REGION ? "region" : "department (处室)") + " in the warehouse");
                }
            }
        }
    }

    /** The data version every role may quote (a notebook's footer), though only leader and pfo read audit. */
    private static OptionalLong latestBatchId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT max(batch_id) FROM warehouse.audit.batches")) {
            rows.next();
            long batch = rows.getLong(1);
            return rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(batch);
        }
    }

    private static List<PublishedTable> sessionColumns(Connection connection) throws SQLException {
        List<PublishedTable> tables = new ArrayList<>();
        for (Map.Entry<String, List<PublishedColumn>> entry : columns(connection, "memory").entrySet()) {
            if (entry.getKey().startsWith("main.")) {
                continue; // the session's own tables (the pseudonyms), which no view names
            }
            String[] name = entry.getKey().split("\\.", 2);
            tables.add(new PublishedTable(name[0], name[1], entry.getValue()));
        }
        return tables;
    }

    private static Map<String, List<PublishedColumn>> columns(Connection connection, String catalog) throws SQLException {
        Map<String, List<PublishedColumn>> tables = new LinkedHashMap<>();
        String query = "SELECT table_schema, table_name, column_name, data_type FROM information_schema.columns"
                + " WHERE table_catalog = ? ORDER BY table_schema, table_name, ordinal_position";
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, catalog);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tables.computeIfAbsent(rows.getString(1) + "." + rows.getString(2), k -> new ArrayList<>())
                            .add(new PublishedColumn(rows.getString(3), rows.getString(4)));
                }
            }
        }
        return tables;
    }

    /**
     * Pseudonyms are computed here, in Java, so the secret never enters DuckDB or a query text; only of the
     * payees of the tables published with a payee_key (an evaluator's payee_key is empty).
     */
    private static void writePseudonyms(Connection connection, Map<TablePolicy, List<String>> published, Role role,
                                        PayeeKeyring keyring) throws SQLException {
        execute(connection, "CREATE TABLE memory.main.payee_pseudonym (payee_id VARCHAR PRIMARY KEY, payee_key VARCHAR NOT NULL)");
        List<String> sources = new ArrayList<>();
        for (Map.Entry<TablePolicy, List<String>> table : published.entrySet()) {
            if (table.getValue().contains("payee_id") && role.kind() != Role.Kind.EVALUATOR) {
                sources.add("SELECT payee_id FROM warehouse." + table.getKey().qualifiedName() + " WHERE payee_id IS NOT NULL");
            }
        }
        if (sources.isEmpty()) {
            return;
        }
        // The appender writes tens of thousands of rows a second where batched INSERTs manage a few thousand.
        try (Statement select = connection.createStatement();
             // DISTINCT over all: UNION alone leaves one source's repeats (a payee paid twice before any mart is built)
             ResultSet rows = select.executeQuery("SELECT DISTINCT payee_id FROM (" + String.join(" UNION ALL ", sources) + ")");
             DuckDBAppender appender = connection.unwrap(DuckDBConnection.class).createAppender("memory", "main", "payee_pseudonym")) {
            while (rows.next()) {
                String payeeId = rows.getString(1);
                appender.beginRow().append(payeeId).append(keyring.pseudonym(payeeId)).endRow();
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // The open failed already; that failure is the one to report.
            }
        }
    }

    Connection connection() {
        return connection;
    }

    List<PublishedTable> tables() {
        return tables;
    }

    OptionalLong latestBatchId() {
        return latestBatchId;
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }
}
