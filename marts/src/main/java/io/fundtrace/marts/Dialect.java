package io.fundtrace.marts;

import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.WarehouseException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The one place where the engines' SQL differs: each engine registers the same named functions
 * (days between dates, SHA-256 prefix, half-up integer division, sorted string aggregation) from its
 * own script, so the mart files can stay in the subset DuckDB and Spark SQL share.
 */
public final class Dialect {
    private final String script;

    private Dialect(String script) {
        this.script = script;
    }

    public static Dialect duckdb() {
        return new Dialect("marts/dialect/duckdb.sql");
    }

    public void register(Connection connection) {
        for (String statement : SqlResource.statements(SqlResource.read(script))) {
            try (Statement s = connection.createStatement()) {
                s.execute(statement);
            } catch (SQLException e) {
                throw new WarehouseException("cannot register SQL function from " + script + ": " + e.getMessage(), e);
            }
        }
    }
}
