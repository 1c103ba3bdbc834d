package io.fundtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A unit of work over several Delta tables lands whole or not at all, also after a killed process. */
class DeltaRollbackTest {
    @TempDir
    Path folder;

    @Test
    void aFailedUnitOfWorkLeavesEveryTableAsItWas() {
        SparkDeltaEngine engine = SharedSpark.engine(folder.resolve("rollback"));
        engine.execute("CREATE SCHEMA IF NOT EXISTS work_a");
        engine.execute("CREATE TABLE IF NOT EXISTS work_a.kept (id BIGINT, name VARCHAR)");
        engine.execute("INSERT INTO work_a.kept VALUES (1, '甲')");
        List<List<Object>> before = engine.query("SELECT id, name FROM work_a.kept ORDER BY id");

        long versionBefore = engine.versions(List.of("work_a.kept")).get("work_a.kept");
        IOException failure = assertThrows(IOException.class, () -> engine.atomically(() -> {
            engine.execute("INSERT INTO work_a.kept VALUES (2, '乙')");
            engine.execute("CREATE TABLE work_a.made AS SELECT 1 AS id");
            throw new IOException("the load broke half way");
        }));

        assertEquals("the load broke half way", failure.getMessage(), "the work's own checked exception reaches the caller");
        assertEquals(before, engine.query("SELECT id, name FROM work_a.kept ORDER BY id"));
        assertFalse(engine.exists("work_a.made"), "a table the failed work created is dropped");
        assertFalse(Files.exists(folder.resolve("rollback").resolve(DeltaRollback.MARKER)));

        long rows = engine.atomically(() -> {
            engine.execute("INSERT INTO work_a.kept VALUES (3, '丙')");
            return (Long) engine.query("SELECT count(*) FROM work_a.kept").get(0).get(0);
        });
        assertEquals(2L, rows, "the work's value is returned");
        assertEquals(List.of(List.of(1L, "甲"), List.of(3L, "丙")), engine.query("SELECT id, name FROM work_a.kept ORDER BY id"));
        assertEquals(before, engine.query("SELECT id, name FROM work_a.kept VERSION AS OF " + versionBefore + " ORDER BY id"),
                "time travel reads the table as it was before the unit of work");
    }

    @Test
    void aMarkerLeftByAKilledProcessIsRolledBackOnTheNextOpen() throws IOException {
        Path warehouse = folder.resolve("killed");
        SparkDeltaEngine engine = SharedSpark.engine(warehouse);
        engine.execute("CREATE SCHEMA IF NOT EXISTS work_b");
        engine.execute("CREATE TABLE IF NOT EXISTS work_b.kept (id BIGINT)");
        engine.execute("INSERT INTO work_b.kept VALUES (1)");
        long version = engine.versions(List.of("work_b.kept")).get("work_b.kept");
        // what a process killed inside atomically leaves: the marker, and a commit after it
        Files.writeString(warehouse.resolve(DeltaRollback.MARKER), "table,version\nwork_b.kept," + version + "\n");
        engine.execute("INSERT INTO work_b.kept VALUES (2)");

        SparkDeltaEngine reopened = SharedSpark.engine(warehouse);

        assertEquals(List.of(List.of(1L)), reopened.query("SELECT id FROM work_b.kept ORDER BY id"));
        assertTrue(Files.notExists(warehouse.resolve(DeltaRollback.MARKER)));
    }
}
