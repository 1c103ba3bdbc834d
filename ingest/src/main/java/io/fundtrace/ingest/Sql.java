package io.fundtrace.ingest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/** Runs statements on one connection, a fresh Statement each (DuckDB JDBC closes one after an error). */
final class Sql {
    /** Diagnostic: when set, each statement's milliseconds and first line go to stderr (profiling an ingest). */
    static final String TIMING_PROPERTY = "fundtrace.ingest.timing";
    private static final boolean TIMING = Boolean.getBoolean(TIMING_PROPERTY);

    private final Connection connection;

    Sql(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    int execute(String statement) throws SQLException {
        long start = System.nanoTime();
        try (Statement s = connection.createStatement()) {
            s.execute(statement);
            int changed = Math.max(s.getUpdateCount(), 0);
            report(start, statement);
            return changed;
        } catch (SQLException e) {
            throw new SQLException(e.getMessage() + "\n  in: " + statement.lines().limit(3).reduce((a, b) -> a + " " + b).orElse(""), e);
        }
    }

    int template(String resource, Map<String, String> values) throws SQLException {
        int changed = 0;
        for (String statement : SqlTemplate.statements(resource, values)) {
            changed += execute(statement);
        }
        return changed;
    }

    long scalar(String query) throws SQLException {
        long start = System.nanoTime();
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery(query)) {
            rows.next();
            long value = rows.getLong(1);
            report(start, query);
            return value;
        }
    }

    List<String> strings(String query) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery(query)) {
            List<String> out = new java.util.ArrayList<>();
            while (rows.next()) {
                out.add(rows.getString(1));
            }
            return out;
        }
    }

    /** First column as key, second as count. */
    Map<String, Long> counts(String query) throws SQLException {
        long start = System.nanoTime();
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery(query)) {
            Map<String, Long> out = new java.util.HashMap<>();
            while (rows.next()) {
                out.put(rows.getString(1), rows.getLong(2));
            }
            report(start, query);
            return out;
        }
    }

    static void report(long start, String statement) {
        if (TIMING) {
            System.err.printf("%7d ms  %s%n", (System.nanoTime() - start) / 1_000_000,
                    statement.lines().filter(line -> !line.startsWith("--")).limit(2).reduce((a, b) -> a + " " + b).orElse(""));
        }
    }
}
