package io.fundtrace.marts;

import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.WarehouseException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where the engines' SQL differs: each engine registers the same named functions
 * (days between dates, SHA-256 prefix, half-up integer division) from its own script,
 * marts/dialect/&lt;engine&gt;.sql, so the mart files can stay in the subset DuckDB and Spark SQL share.
 * The sorted string aggregation ft_join_sorted is a DuckDB macro; Spark SQL functions cannot be
 * aggregates, so for Spark {@link #expand} rewrites its calls in the text - the only rewrite.
 */
public final class Dialect {
    private static final Pattern JOIN_SORTED = Pattern.compile("\\bft_join_sorted\\s*\\(", Pattern.CASE_INSENSITIVE);

    private final String engine;

    private Dialect(String engine) {
        this.engine = engine;
    }

    public static Dialect duckdb() {
        return new Dialect("duckdb");
    }

    public static Dialect spark() {
        return new Dialect("spark");
    }

    /** The dialect of an engine, by its name. */
    public static Dialect of(Engine engine) {
        return switch (engine.name()) {
            case "duckdb" -> duckdb();
            case "spark" -> spark();
            default -> throw new WarehouseException("no SQL dialect for engine " + engine.name());
        };
    }

    private String script() {
        return "marts/dialect/" + engine + ".sql";
    }

    public void register(Engine target) {
        for (String statement : SqlResource.statements(SqlResource.read(script()))) {
            try {
                target.execute(statement);
            } catch (WarehouseException e) {
                throw new WarehouseException("cannot register SQL function from " + script() + ": " + e.getMessage(), e);
            }
        }
    }

    /** For DuckDB connections used without an engine (reports' tests). */
    public void register(Connection connection) {
        for (String statement : SqlResource.statements(SqlResource.read(script()))) {
            try (Statement s = connection.createStatement()) {
                s.execute(statement);
            } catch (SQLException e) {
                throw new WarehouseException("cannot register SQL function from " + script() + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * The statement as this engine runs it. On Spark, ft_join_sorted(x) becomes the ';'-joined sorted
     * distinct non-NULL values, and NULL when there are none (as DuckDB's string_agg gives).
     */
    public String expand(String sql) {
        if (!engine.equals("spark")) {
            return sql;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        Matcher call = JOIN_SORTED.matcher(sql);
        while (call.find(from)) {
            int close = SqlResource.closingParenthesis(sql, call.end() - 1);
            String argument = expand(sql.substring(call.end(), close)).strip();
            out.append(sql, from, call.start())
                    .append("CASE WHEN count(").append(argument).append(") = 0 THEN NULL ELSE array_join(array_sort(collect_set(")
                    .append(argument).append(")), ';') END");
            from = close + 1;
        }
        return out.append(sql.substring(from)).toString();
    }
}
