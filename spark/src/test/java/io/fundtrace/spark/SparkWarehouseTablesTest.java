package io.fundtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Spark warehouse has the clean, audit and model layers of a DuckDB one, as Delta tables and views. */
class SparkWarehouseTablesTest {
    @TempDir
    Path folder;

    @Test
    void openingAnEmptyFolderMakesTheWarehouseTables() {
        SparkDeltaEngine engine = SharedSpark.engine(folder);
        assertTrue(Files.isDirectory(folder.resolve("clean/payments/_delta_log")));
        assertTrue(Files.isDirectory(folder.resolve("audit/batch_files/_delta_log")));
        assertEquals(List.of(List.of(0L)), engine.query("SELECT count(*) FROM model.fact_payment"));
        assertEquals(List.of(List.of(0L)), engine.query("SELECT count(*) FROM model.dim_region"));
        SparkDeltaEngine reopened = SharedSpark.engine(folder);
        assertEquals(List.of(List.of(0L)), reopened.query("SELECT count(*) FROM audit.batches"));
    }
}
