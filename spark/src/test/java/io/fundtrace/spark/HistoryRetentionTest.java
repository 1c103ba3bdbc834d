package io.fundtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time travel outlives Delta's defaults (30 days of log, 7 of files): every table of a warehouse keeps
 * its versions keep_versions_days (400 unless the warehouse's settings say otherwise), and a changed
 * setting reaches the existing tables at the next write, never at a read.
 */
class HistoryRetentionTest {
    @TempDir
    Path folder;

    @Test
    void everyTableKeepsItsVersionsAsLongAsTheWarehouseSettingSays() throws Exception {
        Path warehouse = folder.resolve("delta");
        SparkDeltaEngine engine = SharedSpark.engine(warehouse);
        assertEquals(List.of("interval 400 days", "interval 400 days"), retention(engine, "clean.payments"), "the default: 400 days");

        Files.writeString(warehouse.resolve(WarehouseSettings.FILE), WarehouseSettings.KEEP_VERSIONS_DAYS + "=1000\n");
        SparkDeltaEngine reader = SharedSpark.engine(warehouse);
        reader.query("SELECT count(*) FROM clean.payments");
        assertEquals(List.of("interval 400 days", "interval 400 days"), retention(reader, "clean.payments"), "a reader changes nothing");

        reader.execute("CREATE SCHEMA IF NOT EXISTS later");
        reader.execute("CREATE TABLE IF NOT EXISTS later.made (id BIGINT)");
        assertEquals(List.of("interval 1000 days", "interval 1000 days"), retention(reader, "clean.payments"), "the next write sets it");
        assertEquals(List.of("interval 1000 days", "interval 1000 days"), retention(reader, "audit.batches"));
        assertEquals(List.of("interval 1000 days", "interval 1000 days"), retention(reader, "later.made"), "a new table has it too");
    }

    /** delta.logRetentionDuration and delta.deletedFileRetentionDuration of a table. */
    private static List<String> retention(SparkDeltaEngine engine, String table) {
        return List.of("delta.logRetentionDuration", "delta.deletedFileRetentionDuration").stream()
                .map(property -> (String) engine.query("SHOW TBLPROPERTIES " + table + " (" + property + ")").get(0).get(1)).toList();
    }
}
