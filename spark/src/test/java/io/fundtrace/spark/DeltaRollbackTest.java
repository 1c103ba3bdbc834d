package io.fundtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.warehouse.WarehouseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A unit of work over several Delta tables lands whole or not at all, under the warehouse's writer lock:
 * a second writer is refused while the lease of the first is live, a reader reads the versions before
 * the work, and the work of a writer that died is undone by the next writer once its lease expired.
 */
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
        LockState lock = WriterLock.read(engine.folder(), engine.settings().writerLease());
        assertTrue(lock.released() && lock.unfinished().isEmpty(), "the lock is free and no marker is left");

        long rows = engine.atomically(() -> {
            engine.execute("INSERT INTO work_a.kept VALUES (3, '丙')");
            return (Long) engine.query("SELECT count(*) FROM work_a.kept").get(0).get(0);
        });
        assertEquals(2L, rows, "the work's value is returned");
        assertEquals(List.of(List.of(1L, "甲"), List.of(3L, "丙")), engine.query("SELECT id, name FROM work_a.kept ORDER BY id"));
        assertEquals(before, engine.query("SELECT id, name FROM work_a.kept VERSION AS OF " + versionBefore + " ORDER BY id"),
                "time travel reads the table as it was before the unit of work");
    }

    /**
     * What a writer killed inside its work leaves - its generation of the lock, not renewed, with its
     * marker, and a commit after it - is read around by readers, blocks writers for its lease and is
     * then undone by the next writer.
     */
    @Test
    void aDeadWritersWorkIsUndoneByTheNextWriterAfterItsLeaseAndNeverByAReader() throws Exception {
        Path warehouse = folder.resolve("killed");
        SparkDeltaEngine engine = SharedSpark.engine(warehouse);
        engine.execute("CREATE SCHEMA IF NOT EXISTS work_b");
        engine.execute("CREATE TABLE IF NOT EXISTS work_b.kept (id BIGINT)");
        engine.execute("INSERT INTO work_b.kept VALUES (1)");
        long version = engine.versions(List.of("work_b.kept")).get("work_b.kept");
        long generation = WriterLock.read(engine.folder(), engine.settings().writerLease()).generation();
        Path lock = warehouse.resolve(WriterLock.FOLDER);
        String next = String.format("%020d", generation + 1);
        Files.writeString(lock.resolve(next + ".lock"), "owner=someone\nhost=elsewhere\npid=4242\nlease_seconds=3\nacquired_at=" + Instant.now() + "\n");
        Files.writeString(lock.resolve(next + ".unfinished.csv"), "table,version\nwork_b.kept," + version + "\n");
        engine.session().sql("INSERT INTO work_b.kept VALUES (2)").collect();

        SparkDeltaEngine reader = SharedSpark.engine(warehouse);
        assertEquals(Map.of("work_b.kept", version), reader.versions(List.of("work_b.kept")), "a reader reads the version before the work");
        // the dead writer's last renewal, just now: its lease runs 3 s from here
        Files.writeString(lock.resolve(next + ".lease.1"), "");
        WarehouseException refused = assertThrows(WarehouseException.class, () -> reader.execute("INSERT INTO work_b.kept VALUES (3)"));
        assertTrue(refused.getMessage().contains("is being written by someone@elsewhere (pid 4242)"), refused.getMessage());
        assertEquals(List.of(List.of(1L)), reader.query("SELECT id FROM work_b.kept ORDER BY id"), "a reader's query reads it as before the work");
        assertEquals(List.of(List.of(1L), List.of(2L)), reader.query("SELECT id FROM work_b.kept VERSION AS OF " + (version + 1) + " ORDER BY id"),
                "the reader undid nothing");

        Thread.sleep(3_500);
        SparkDeltaEngine writer = SharedSpark.engine(warehouse);
        writer.execute("INSERT INTO work_b.kept VALUES (3)");

        assertEquals(List.of(List.of(1L), List.of(3L)), writer.query("SELECT id FROM work_b.kept ORDER BY id"),
                "the dead writer's row is gone, the next writer's is there");
        LockState after = WriterLock.read(writer.folder(), writer.settings().writerLease());
        assertTrue(after.released() && after.unfinished().isEmpty() && after.generation() == generation + 2, after.toString());
        assertFalse(Files.exists(lock.resolve(next + ".unfinished.csv")), "the dead writer's files are cleared");
    }
}
