package io.fundtrace.ingest;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the ingest's SQL cannot say the same way on both engines. The parsers are SQL functions of
 * dialect/duckdb.sql and dialect/spark.sql; a statement Delta cannot run has a twin file under
 * dialect/spark/ with the shared file's path; this class holds the rest: string literals, JSON text
 * and how a malformed CSV shows in an engine's failure.
 */
enum IngestDialect {
    DUCKDB("duckdb"), SPARK("spark");

    private final String engine;

    IngestDialect(String engine) {
        this.engine = engine;
    }

    static IngestDialect of(String engineName) {
        for (IngestDialect dialect : values()) {
            if (dialect.engine.equals(engineName)) {
                return dialect;
            }
        }
        throw new IllegalArgumentException("the ingest knows no SQL dialect for engine " + engineName);
    }

    /** The script that registers the ft_* parsers for this engine's session. */
    String functions() {
        return "dialect/" + engine + ".sql";
    }

    /** The engine's twin of a statement file where it has one, else the shared file. */
    String resource(String shared) {
        String twin = "dialect/" + engine + "/" + shared;
        return IngestDialect.class.getClassLoader().getResource("ingest/" + twin) != null ? twin : shared;
    }

    /** A string literal: Spark reads backslashes as escapes and '' as two adjacent literals. */
    String literal(String text) {
        if (this == SPARK) {
            return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        return "'" + text.replace("'", "''") + "'";
    }

    /** A JSON object of text values as a string, null values kept as null: {"name":"value",...}. */
    String jsonObject(List<String> names, List<String> values) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            pairs.add(literal(names.get(i)) + ", " + values.get(i));
        }
        if (this == SPARK) {
            // to_json leaves out null fields unless told, and DuckDB's json_object keeps them
            return "to_json(named_struct(" + String.join(", ", pairs) + "), map('ignoreNullFields', 'false'))";
        }
        return "CAST(json_object(" + String.join(", ", pairs) + ") AS VARCHAR)";
    }

    /** One row check as the struct load/row_checks.sql lists: whether the row fails it, its rule, column and value. */
    String rowCheck(RowChecks.Check check) {
        String failed = "coalesce(" + check.condition() + ", false)";
        if (this == SPARK) {
            return "named_struct('failed', " + failed + ", 'rule', " + check.rule() + ", 'column_name', " + check.column()
                    + ", 'value', CAST(" + check.value() + " AS STRING))";
        }
        return "{'failed': " + failed + ", 'rule': " + check.rule() + ", 'column_name': " + check.column()
                + ", 'value': CAST(" + check.value() + " AS VARCHAR)}";
    }

    /** The engine's reason when a failure is a CSV file that is not well formed. */
    Optional<String> malformedCsv(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (this == DUCKDB && cause instanceof SQLException && message.contains("CSV Error")) {
                return Optional.of(message.lines().findFirst().orElse("").replaceFirst("^.*?(CSV Error)", "$1"));
            }
            if (this == SPARK && message.contains("Malformed CSV record")) {
                return Optional.of("a record has another number of fields than the header");
            }
        }
        return Optional.empty();
    }
}
