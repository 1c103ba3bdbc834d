package io.fundtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fundtrace.marts.Dialect;
import io.fundtrace.warehouse.DuckDbEngine;
import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.SqlResource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portable subset: each query in parity/queries.sql returns the same rows on DuckDB and on Spark. */
class DialectParityTest {
    @TempDir
    static Path folder;
    private static DuckDbEngine duckdb;
    private static Engine spark;

    @BeforeAll
    static void open() {
        duckdb = DuckDbEngine.open(folder.resolve("parity.duckdb"));
        Dialect.duckdb().register(duckdb);
        spark = SharedSpark.engine(folder.resolve("delta"));
        Dialect.spark().register(spark);
        for (String statement : SqlResource.statements(SqlResource.read("parity/setup.sql"))) {
            duckdb.execute(statement);
            spark.execute(statement);
        }
    }

    @AfterAll
    static void close() {
        duckdb.close();
        spark.close();
    }

    @Test
    void everyPortableQueryReturnsTheSameRowsOnBothEngines() {
        List<String> queries = SqlResource.statements(SqlResource.read("parity/queries.sql"));
        for (String query : queries) {
            List<List<Object>> expected = duckdb.query(query);
            assertEquals(expected, spark.query(query), query);
        }
        assertEquals(12, queries.size(), "parity/queries.sql holds one query per dialect point of spark/README.md");
    }
}
