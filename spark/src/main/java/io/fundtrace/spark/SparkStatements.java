package io.fundtrace.spark;

import io.fundtrace.warehouse.SqlResource;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where a statement written for both engines is adjusted for Delta: a table created
 * in a schema becomes a Delta table in the warehouse folder (schema/table), and DuckDB's type names
 * that Spark spells differently are mapped. Everything else reaches Spark unchanged.
 */
final class SparkStatements {
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "^(\\s*(?:--[^\\n]*\\n\\s*)*)CREATE\\s+(OR\\s+REPLACE\\s+)?TABLE\\s+(IF\\s+NOT\\s+EXISTS\\s+)?([a-z_][a-z0-9_]*\\.[a-z_][a-z0-9_]*)\\s*(\\(|AS\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VARCHAR = Pattern.compile("\\bVARCHAR\\b(?!\\s*\\()", Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE_KEY = Pattern.compile(",\\s*PRIMARY\\s+KEY\\s*\\([^)]*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRIMARY_KEY = Pattern.compile("\\s+PRIMARY\\s+KEY\\b", Pattern.CASE_INSENSITIVE);

    private SparkStatements() {
    }

    /** The statement as Spark + Delta should run it; location maps "schema.table" to its folder. */
    static String adapt(String sql, Function<String, String> location) {
        Matcher create = CREATE_TABLE.matcher(sql);
        if (!create.find()) {
            return sql;
        }
        String table = create.group(4);
        String where = " USING DELTA LOCATION '" + location.apply(table).replace("'", "''") + "'";
        if (create.group(5).equalsIgnoreCase("AS")) {
            // IF NOT EXISTS stays: replacing would empty a table that holds data (clean.payments_history)
            String verb = create.group(3) != null ? "CREATE TABLE IF NOT EXISTS " : "CREATE OR REPLACE TABLE ";
            return create.group(1) + verb + table + where + " AS" + sql.substring(create.end());
        }
        int close = SqlResource.closingParenthesis(sql, create.end() - 1);
        if (sql.substring(close + 1).toUpperCase(java.util.Locale.ROOT).contains("USING")) {
            return sql;
        }
        // Delta keeps no key constraints: the loads enforce keys themselves
        String columns = sql.substring(create.end() - 1, close + 1);
        columns = TABLE_KEY.matcher(columns).replaceAll("");
        columns = PRIMARY_KEY.matcher(columns).replaceAll("");
        columns = VARCHAR.matcher(columns).replaceAll("STRING");
        return sql.substring(0, create.start(4)) + table + " " + columns + where + sql.substring(close + 1);
    }
}
