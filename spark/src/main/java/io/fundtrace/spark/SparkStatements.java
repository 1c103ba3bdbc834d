package io.fundtrace.spark;

import io.fundtrace.warehouse.SqlResource;
import java.util.Optional;
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
    /** Statements that change the warehouse's files, as opposed to the session (views, functions, schemas, scratch). */
    private static final Pattern WRITE = Pattern.compile(
            "^\\s*(?:--[^\\n]*\\n\\s*)*(?:INSERT|MERGE|UPDATE|DELETE|ALTER\\s+TABLE|DROP\\s+TABLE|RESTORE|TRUNCATE|OPTIMIZE|VACUUM"
                    + "|CREATE\\s+(?:OR\\s+REPLACE\\s+)?TABLE|REPLACE\\s+TABLE)\\b",
            Pattern.CASE_INSENSITIVE);

    private SparkStatements() {
    }

    private static final Pattern EMPTY_COPY = Pattern.compile(
            "^\\s*(?:--[^\\n]*\\n\\s*)*CREATE\\s+TABLE\\s+IF\\s+NOT\\s+EXISTS\\s+([a-z_][a-z0-9_]*\\.[a-z_][a-z0-9_]*)\\s+AS\\s+(.*\\S)\\s+LIMIT\\s+0\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /**
     * A table made empty with the columns of a query (CREATE TABLE IF NOT EXISTS t AS q LIMIT 0): its name
     * and the query, so it can be made from the query's columns alone, without running it.
     */
    static Optional<String[]> emptyCopy(String sql) {
        Matcher copy = EMPTY_COPY.matcher(sql);
        return copy.matches() ? Optional.of(new String[] {copy.group(1), copy.group(2)}) : Optional.empty();
    }

    /**
     * A CREATE [OR REPLACE] TABLE schema.table AS query (which replaces the table if it is there, see
     * adapt): the table and the query.
     */
    static Optional<String[]> replacement(String sql) {
        Matcher create = CREATE_TABLE.matcher(sql);
        if (!create.find() || create.group(3) != null || !create.group(5).equalsIgnoreCase("AS")) {
            return Optional.empty();
        }
        return Optional.of(new String[] {create.group(4), sql.substring(create.end())});
    }

    /** Whether the statement writes the warehouse's files (and so needs the writer lock). */
    static boolean writesWarehouse(String sql) {
        return WRITE.matcher(sql).find();
    }

    /** The table a CREATE TABLE IF NOT EXISTS makes, if the statement is one. */
    static Optional<String> createsTableIfMissing(String sql) {
        Matcher create = CREATE_TABLE.matcher(sql);
        return create.find() && create.group(2) == null && create.group(3) != null ? Optional.of(create.group(4)) : Optional.empty();
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
        String columns = sparkColumns(sql.substring(create.end() - 1, close + 1));
        return sql.substring(0, create.start(4)) + table + " " + columns + where + sql.substring(close + 1);
    }

    /**
     * A CREATE TABLE IF NOT EXISTS schema.table (columns) with nothing after its columns: the table and
     * its column list as Spark spells it (without the parentheses), for a table made without Spark
     * (EmptyDeltaTable).
     */
    static Optional<String[]> emptyTable(String sql) {
        Matcher create = CREATE_TABLE.matcher(sql);
        if (!create.find() || create.group(2) != null || create.group(3) == null || !create.group(5).equals("(")) {
            return Optional.empty();
        }
        int close = SqlResource.closingParenthesis(sql, create.end() - 1);
        if (!sql.substring(close + 1).replace(";", "").isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new String[] {create.group(4), sparkColumns(sql.substring(create.end(), close))});
    }

    /** Delta keeps no key constraints (the loads enforce keys themselves), and DuckDB's VARCHAR is Spark's STRING. */
    private static String sparkColumns(String columns) {
        String out = TABLE_KEY.matcher(columns).replaceAll("");
        out = PRIMARY_KEY.matcher(out).replaceAll("");
        return VARCHAR.matcher(out).replaceAll("STRING");
    }
}
