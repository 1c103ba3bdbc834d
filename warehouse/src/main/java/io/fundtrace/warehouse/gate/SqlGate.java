package io.fundtrace.warehouse.gate;

import io.fundtrace.warehouse.ResultTable;
import io.fundtrace.warehouse.WarehouseException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalLong;

/**
 * The guarded SQL entry point for analysts, notebooks and reports: one role, one read-only DuckDB
 * session of its own, every query checked by Calcite, run against the role's filtered and masked
 * views, capped and logged. Not thread-safe; open one per caller.
 */
public final class SqlGate implements AutoCloseable {
    public static final int DEFAULT_LIMIT = 1000;
    /** A runaway query (a cross join, an endless recursion) is stopped rather than hold the machine. */
    public static final int TIME_LIMIT_SECONDS = 300;

    private final Role role;
    private final GatedSession session;
    private final QueryTranslator translator;
    private final QueryLog log;
    private final int timeLimitSeconds;

    private SqlGate(Role role, GatedSession session, QueryLog log, int timeLimitSeconds) {
        this.role = role;
        this.session = session;
        this.translator = new QueryTranslator(session.tables());
        this.log = log;
        this.timeLimitSeconds = timeLimitSeconds;
    }

    /** Opens the warehouse file read-only for the role, with the default key file and the log beside the warehouse. */
    public static SqlGate open(Path warehouseFile, Role role) {
        return open(warehouseFile, role, PayeeKeyring.defaultPath(), QueryLog.besideWarehouse(warehouseFile));
    }

    public static SqlGate open(Path warehouseFile, Role role, Path payeeKeyFile, QueryLog log) {
        return open(warehouseFile, role, payeeKeyFile, log, TIME_LIMIT_SECONDS);
    }

    static SqlGate open(Path warehouseFile, Role role, Path payeeKeyFile, QueryLog log, int timeLimitSeconds) {
        return new SqlGate(role, GatedSession.open(warehouseFile, role, PayeeKeyring.open(payeeKeyFile)), log, timeLimitSeconds);
    }

    public Role role() {
        return role;
    }

    /** The tables this role may query, with their columns as the role sees them (payee_key included). */
    public List<PublishedTable> tables() {
        return session.tables();
    }

    /** The warehouse's data version: the id of the last ingest batch (audit.batches), empty before any. */
    public OptionalLong latestBatchId() {
        return session.latestBatchId();
    }

    /** Runs one query with the default cap of {@value #DEFAULT_LIMIT} rows. */
    public ResultTable query(String text) {
        return query(text, DEFAULT_LIMIT);
    }

    /**
     * Runs one query returning at most {@code limit} rows. A refusal or a failure is a
     * WarehouseException with a one-line message ("refused: ..." or "query failed: ...").
     */
    public ResultTable query(String text, int limit) {
        if (limit < 1) {
            throw new WarehouseException("the row limit must be at least 1, not " + limit);
        }
        String sql;
        try {
            sql = translator.translate(text, limit);
        } catch (WarehouseException refusal) {
            log.record(role, "refused", 0, refusal.getMessage(), text);
            throw refusal;
        }
        ResultTable result;
        try {
            result = run(sql, limit);
        } catch (SQLException e) {
            String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
            String message = "query failed: " + (reason.startsWith("INTERRUPT")
                    ? "stopped at the time limit of " + timeLimitSeconds + " s" : reason);
            log.record(role, "failed", 0, message, text);
            throw new WarehouseException(message);
        }
        log.record(role, "accepted", result.rows().size(), result.truncated() ? "truncated at " + limit : "", text);
        return result;
    }

    private ResultTable run(String sql, int limit) throws SQLException {
        try (Statement statement = session.connection().createStatement()) {
            statement.setQueryTimeout(timeLimitSeconds);
            return read(statement, sql, limit);
        }
    }

    private static ResultTable read(Statement statement, String sql, int limit) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return ResultTable.read(rows, limit);
        }
    }

    @Override
    public void close() {
        session.close();
    }
}
