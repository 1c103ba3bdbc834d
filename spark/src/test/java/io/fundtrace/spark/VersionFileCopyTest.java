package io.fundtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.warehouse.DuckDbEngine;
import io.fundtrace.warehouse.EngineSnapshot;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snapshot of a Spark warehouse copies a version's own Parquet files when they are exactly its rows
 * (no Spark job), and writes the version out through Spark when they are not: a file from before a
 * column was added lacks it, where Delta reads it as null.
 */
class VersionFileCopyTest {
    private static final String TABLE = "audit.copy_check";

    @TempDir
    Path folder;

    @Test
    void aSnapshotReadsEachVersionAsDeltaDoesWhetherItsFilesAreCopiedOrWrittenOut() {
        SparkDeltaEngine engine = SharedSpark.engine(folder.resolve("delta"));
        engine.execute("CREATE TABLE " + TABLE + " (id VARCHAR, amount DECIMAL(18,2), day DATE, note VARCHAR)");
        engine.execute("INSERT INTO " + TABLE + " VALUES ('a', 1.10, DATE '2018-01-05', '扶贫资金'), ('b', NULL, NULL, NULL)");
        long first = version(engine);
        engine.execute("INSERT INTO " + TABLE + " VALUES ('c', 123456789012345.67, DATE '2020-12-31', 'x')");
        long second = version(engine);

        LiveFiles files = LiveFiles.of(engine.folder().fileSystem().getConf(), engine.folder().tableLocation(TABLE), second);
        assertTrue(files.paths().size() >= 2, "files of both inserts: " + files.paths());
        assertTrue(VersionFileCopy.copy(engine.folder(), files, folder.resolve("copied")), "plain files with the table's columns");
        List<List<Object>> a = Arrays.asList(List.of("a", new BigDecimal("1.10"), LocalDate.of(2018, 1, 5), "扶贫资金"), Arrays.asList("b", null, null, null));
        List<Object> c = List.of("c", new BigDecimal("123456789012345.67"), LocalDate.of(2020, 12, 31), "x");
        assertEquals(a, snapshot(engine, first, "id, amount, day, note"));
        assertEquals(List.of(a.get(0), a.get(1), c), snapshot(engine, second, "id, amount, day, note"));

        engine.execute("ALTER TABLE " + TABLE + " ADD COLUMNS (extra STRING)");
        engine.execute("INSERT INTO " + TABLE + " VALUES ('d', 2.00, DATE '2021-01-01', 'y', 'added')");
        long third = version(engine);
        LiveFiles evolved = LiveFiles.of(engine.folder().fileSystem().getConf(), engine.folder().tableLocation(TABLE), third);
        assertFalse(VersionFileCopy.copy(engine.folder(), evolved, folder.resolve("not-copied")),
                "the files from before the new column lack it");
        assertEquals(List.of(Arrays.asList("a", null), Arrays.asList("b", null), Arrays.asList("c", null), List.of("d", "added")),
                snapshot(engine, third, "id, extra"));
        // an older version's files still have its columns: copied
        assertEquals(List.of(a.get(0), a.get(1), c), snapshot(engine, second, "id, amount, day, note"));
    }

    private static long version(SparkDeltaEngine engine) {
        return engine.versions(List.of(TABLE)).get(TABLE);
    }

    private static List<List<Object>> snapshot(SparkDeltaEngine engine, long version, String columns) {
        try (EngineSnapshot snapshot = EngineSnapshot.take(engine, List.of(TABLE), Map.of(TABLE, version))) {
            return DuckDbEngine.over(snapshot.warehouse()).query("SELECT " + columns + " FROM " + TABLE + " ORDER BY id");
        }
    }
}
