package io.fundtrace.ingest;

import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.SqlTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the ingest's statements on an engine, each .sql file in the engine's dialect. */
final class Sql {
    /** Diagnostic: when set, each statement's milliseconds and first line go to stderr (profiling an ingest). */
    static final String TIMING_PROPERTY = "fundtrace.ingest.timing";
    private static final boolean TIMING = Boolean.getBoolean(TIMING_PROPERTY);

    private final Engine engine;
    private final IngestDialect dialect;

    Sql(Engine engine) {
        this.engine = engine;
        this.dialect = IngestDialect.of(engine.name());
    }

    Engine engine() {
        return engine;
    }

    IngestDialect dialect() {
        return dialect;
    }

    String literal(String text) {
        return dialect.literal(text);
    }

    void execute(String statement) {
        long start = System.nanoTime();
        engine.execute(statement);
        report(start, statement);
    }

    void template(String resource, Map<String, String> values) {
        statements(resource, values).forEach(this::execute);
    }

    /** The statements of a .sql file in the engine's dialect, filled with the values. */
    List<String> statements(String resource, Map<String, String> values) {
        return SqlResource.statements(SqlTemplate.fill(SqlResource.read("ingest/" + dialect.resource(resource)), values));
    }

    /** The rows of the one query in a .sql file. */
    List<List<Object>> rows(String resource, Map<String, String> values) {
        List<String> statements = statements(resource, values);
        if (statements.size() != 1) {
            throw new IllegalStateException(resource + " holds " + statements.size() + " statements, expected one query");
        }
        long start = System.nanoTime();
        List<List<Object>> rows = engine.query(statements.get(0));
        report(start, statements.get(0));
        return rows;
    }

    /** The number the one query in a .sql file answers. */
    long count(String resource, Map<String, String> values) {
        return ((Number) rows(resource, values).get(0).get(0)).longValue();
    }

    long scalar(String query) {
        long start = System.nanoTime();
        long value = ((Number) engine.query(query).get(0).get(0)).longValue();
        report(start, query);
        return value;
    }

    List<String> strings(String query) {
        List<String> out = new ArrayList<>();
        for (List<Object> row : engine.query(query)) {
            out.add((String) row.get(0));
        }
        return out;
    }

    static void report(long start, String statement) {
        if (TIMING) {
            System.err.printf("%7d ms  %s%n", (System.nanoTime() - start) / 1_000_000,
                    statement.lines().filter(line -> !line.startsWith("--")).limit(2).reduce((a, b) -> a + " " + b).orElse(""));
        }
    }
}
