package io.fundtrace.spark;

import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.SqlResource;

/** Registers on a Spark engine the functions marts/dialect/duckdb.sql gives DuckDB (see README). */
public final class SparkDialect {
    private static final String SCRIPT = "spark/dialect.sql";

    private SparkDialect() {
    }

    public static void register(Engine engine) {
        for (String statement : SqlResource.statements(SqlResource.read(SCRIPT))) {
            engine.execute(statement);
        }
    }
}
