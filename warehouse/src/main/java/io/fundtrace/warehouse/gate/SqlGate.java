package io.fundtrace.warehouse.gate;

import io.fundtrace.warehouse.ResultTable;
import io.fundtrace.warehouse.WarehouseException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guarded SQL entry point for analysts, notebooks and reports: one role, one read-only DuckDB
 * session of its own, every query checked by Calcite, run against the role's filtered and masked
 * views, capped and logged. Each query has one time limit from text to last row (GateLimits): the
 * check runs in a thread of its own so that a text Calcite chews on for long is refused at the limit
 * too. Not thread-safe: one caller at a time (a server keeps a pool of them per role).
 */
public final class SqlGate implements AutoCloseable {
    public static final int DEFAULT_LIMIT = 1000;
    /** DuckDB's kinds of error that mean it cannot compile a statement, as opposed to failing to run it. */
    private static final Set<String> COMPILE_ERRORS = Set.of("Parser Error", "Catalog Error", "Binder Error", "Not implemented Error");
    private static final Set<String> PUBLISHED_SCHEMAS = Set.of("model", "marts", "audit", "quarantine");
    /** Who runs a command's queries: the operating-system account (a server names its signed-in user instead). */
    private static final String LOCAL_USER = System.getProperty("user.name", "");
    private static final Pattern MISSING_FUNCTION = Pattern.compile("Function with name \"?([A-Za-z0-9_]+)\"? does not exist");

    private final Role role;
    private final GatedSession session;
    private final QueryLog log;
    private final GateLimits limits;

    private SqlGate(Role role, GatedSession session, QueryLog log, GateLimits limits) {
        this.role = role;
        this.session = session;
        this.log = log;
        this.limits = limits;
    }

    /** Opens the warehouse file read-only for the role, with the installation's key file and the log beside the warehouse. */
    public static SqlGate open(Path warehouseFile, Role role) {
        return open(warehouseFile, role, QueryLog.besideWarehouse(warehouseFile));
    }

    /** With the installation's key file (PayeeKeyring.defaultPath()) and the given log. */
    public static SqlGate open(Path warehouseFile, Role role, QueryLog log) {
        return open(warehouseFile, role, PayeeKeyring.defaultPath(), log);
    }

    /**
     * With another key file (tests, and an administrator checking one): its secret must be the one the
     * warehouse is bound to (PayeeSecretBinding), or the one it becomes bound to when it has none yet.
     */
    public static SqlGate open(Path warehouseFile, Role role, Path payeeKeyFile, QueryLog log) {
        return open(warehouseFile, role, payeeKeyFile, log, GateLimits.load());
    }

    /**
     * With the installation's key file, the given log and another time limit from text to last row than
     * limits.properties gives (a server's --statement-timeout); the other limits stay as configured.
     */
    public static SqlGate open(Path warehouseFile, Role role, QueryLog log, int timeLimitSeconds) {
        return open(warehouseFile, role, PayeeKeyring.defaultPath(), log, GateLimits.load().withTimeLimitSeconds(timeLimitSeconds));
    }

    static SqlGate open(Path warehouseFile, Role role, Path payeeKeyFile, QueryLog log, GateLimits limits) {
        return new SqlGate(role, GatedSession.open(warehouseFile, role, PayeeKeyring.open(payeeKeyFile), limits,
                SqlGate::published), log, limits);
    }

    /** What a person's query may name: the policy's tables of these schemas (marts_previous, a report's second date, is not offered). */
    private static boolean published(String table) {
        return PUBLISHED_SCHEMAS.contains(table.substring(0, table.indexOf('.')));
    }

    public Role role() {
        return role;
    }

    /** Seconds a query may take from its text's arrival to its last row. */
    public int timeLimitSeconds() {
        return limits.timeLimitSeconds();
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
     * Runs one query returning at most {@code limit} rows, logged as the operating-system account's. A
     * refusal or a failure is a WarehouseException with a one-line message ("refused: ..." or
     * "query failed: ...").
     */
    public ResultTable query(String text, int limit) {
        return query(text, limit, LOCAL_USER);
    }

    /** The same on behalf of a signed-in user (a server's), whose name the query log records. */
    public ResultTable query(String text, int limit, String user) {
        if (limit < 1) {
            throw new WarehouseException("the row limit must be at least 1, not " + limit);
        }
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(limits.timeLimitSeconds());
        PreparedStatement statement;
        try {
            statement = prepare(check(text, limit, deadline));
        } catch (WarehouseException refusal) {
            log.record(user, role, "refused", 0, millisSince(start), refusal.getMessage(), logged(text));
            throw refusal;
        } catch (SQLException e) {
            throw failed(e, text, user, start);
        }
        ResultTable result;
        try (statement) {
            statement.setQueryTimeout((int) Math.max(1, TimeUnit.NANOSECONDS.toSeconds(deadline - System.nanoTime() + 999_999_999L)));
            result = read(statement, limit);
        } catch (SQLException e) {
            throw failed(e, text, user, start);
        }
        log.record(user, role, "accepted", result.rows().size(), millisSince(start), result.truncated() ? "truncated at " + limit : "",
                text);
        return result;
    }

    /**
     * The columns a query would return (names and DuckDB types, no rows), checked as a query is but not
     * run: what a JDBC client asks when it prepares a statement. A refusal is logged as for a query; an
     * accepted text is logged when it runs.
     */
    public ResultTable describe(String text, String user) {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(limits.timeLimitSeconds());
        try (PreparedStatement statement = prepare(check(text, 1, deadline))) {
            ResultSetMetaData columns = statement.getMetaData();
            List<String> names = new ArrayList<>();
            List<String> types = new ArrayList<>();
            for (int column = 1; column <= columns.getColumnCount(); column++) {
                names.add(columns.getColumnLabel(column));
                types.add(columns.getColumnTypeName(column));
            }
            return new ResultTable(names, types, List.of(), false);
        } catch (WarehouseException refusal) {
            log.record(user, role, "refused", 0, millisSince(start), refusal.getMessage(), logged(text));
            throw refusal;
        } catch (SQLException e) {
            throw failed(e, text, user, start);
        }
    }

    /** Size cap, then Calcite's parse, check and translation in a thread of its own, within the time limit. */
    private String check(String text, int limit, long deadline) {
        if (text != null && text.length() > limits.statementMaxCharacters()) {
            throw QueryTranslator.refused("the query has " + text.length() + " characters; the gate takes at most "
                    + limits.statementMaxCharacters() + " (" + GateLimits.RESOURCE + ")");
        }
        List<PublishedTable> tables = session.tables();
        // A translator per query: an abandoned check may still be running in its thread.
        FutureTask<String> task = new FutureTask<>(() -> new QueryTranslator(tables).translate(text, limit));
        Thread worker = new Thread(task, "fundtrace-gate-check");
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            // Calcite does not look at interrupts; the size cap bounds how long the abandoned thread runs.
            task.cancel(true);
            throw QueryTranslator.refused("the query could not be checked within the time limit of " + limits.timeLimitSeconds() + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WarehouseException refusal) {
                throw refusal;
            }
            throw QueryTranslator.refused("the query cannot be checked: " + QueryTranslator.reason(e.getCause()));
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw QueryTranslator.refused("the check was interrupted");
        }
    }

    /**
     * DuckDB parses and binds the statement here, before it runs: a form it cannot compile (one the
     * gate's check let through) is refused, with the gate's reason, rather than failing as a query.
     * Other errors (a constant that does not convert, say) are the query's failures.
     */
    private PreparedStatement prepare(String sql) throws SQLException {
        try {
            return session.connection().prepareStatement(sql);
        } catch (SQLException e) {
            String reason = QueryTranslator.reason(e);
            String kind = reason.replaceFirst(":.*", "");
            if (!COMPILE_ERRORS.contains(kind)) {
                throw e;
            }
            Matcher missing = MISSING_FUNCTION.matcher(reason);
            throw QueryTranslator.refused(missing.find()
                    ? "the function " + missing.group(1) + " is not available in the warehouse's engine (DuckDB)"
                    : "this form passes the gate's check but the warehouse's engine (DuckDB) cannot compile it (" + kind + ")");
        }
    }

    /** The text as logged: one over the size cap is cut there, so that refused bombs do not fill the disk through the log. */
    private String logged(String text) {
        int cap = limits.statementMaxCharacters();
        return text == null || text.length() <= cap ? text : text.substring(0, cap) + " [... " + (text.length() - cap) + " more characters]";
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private WarehouseException failed(SQLException e, String text, String user, long start) {
        String reason = QueryTranslator.reason(e);
        String message = "query failed: ";
        if (reason.startsWith("INTERRUPT")) {
            message += "stopped at the time limit of " + limits.timeLimitSeconds() + " s";
        } else if (reason.startsWith("Out of Memory Error")) {
            message += "the query needs more memory than a gated session has (memory_limit " + limits.memoryLimit() + ", "
                    + GateLimits.RESOURCE + ")";
        } else {
            message += reason;
        }
        log.record(user, role, "failed", 0, millisSince(start), message, text);
        return new WarehouseException(message);
    }

    private static ResultTable read(PreparedStatement statement, int limit) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            return ResultTable.read(rows, limit);
        }
    }


    @Override
    public void close() {
        session.close();
    }
}
