package io.fundtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.delta.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table the engine makes or replaces with its own commits (EmptyDeltaTable, then DeltaOverwrite) is
 * the table Spark's CREATE OR REPLACE makes of the same query: the same rows, schema, protocol and
 * properties for Delta, which reads the version from the log (its own state reconstruction agrees that
 * the old files are gone); the replace reads no old snapshot; the old versions stay readable, also after
 * Delta's checkpoint; a unit of work that fails puts the table back; a query with other columns goes to
 * Spark's replace.
 */
class DeltaOverwriteTest {
    private static final String FIRST = "SELECT * FROM VALUES ('a', 1.50BD, DATE '2020-01-01'), ('b', 2.25BD, DATE '2020-02-01') AS t(code, amount, on_date)";
    private static final String SECOND = "SELECT * FROM VALUES ('c', 3.00BD, DATE '2020-03-01') AS t(code, amount, on_date)";

    @TempDir
    Path folder;

    @Test
    void aReplaceWrittenByTheEngineIsTheReplaceSparkMakes() throws IOException, TimeoutException {
        SparkDeltaEngine engine = SharedSpark.engine(folder.resolve("warehouse"));
        SparkSession session = engine.session();
        engine.execute("CREATE SCHEMA IF NOT EXISTS made");
        engine.execute("CREATE OR REPLACE TABLE made.by_engine AS " + FIRST);
        session.sql("CREATE TABLE made.by_spark USING DELTA LOCATION '" + engine.location("made.by_spark") + "' AS " + FIRST).collect();
        assertTrue(commit("by_engine", 0).contains("\"operation\":\"CREATE TABLE\""), "a new table: written empty first");
        assertTrue(commit("by_engine", 1).contains("\"operation\":\"WRITE\""), "then its rows");

        try (JobCounter jobs = new JobCounter(session, "Delta: Compute snapshot")) {
            engine.execute("CREATE OR REPLACE TABLE made.by_engine AS " + SECOND);
            assertEquals(0, jobs.jobs(), "no state of the old version was computed");
            session.sql("CREATE OR REPLACE TABLE made.by_spark USING DELTA LOCATION '" + engine.location("made.by_spark") + "' AS " + SECOND).collect();
            assertTrue(jobs.jobs() > 0, "Spark's own replace computes the old version's state (what the engine avoids)");
        }

        assertTrue(commit("by_engine", 2).contains("\"operation\":\"WRITE\""), "the engine's commit, not Spark's replace");
        assertTrue(Files.exists(log("by_engine").resolve("00000000000000000002.crc")), "the checksum derived from the previous one");
        assertSameTable(session);
        assertEquals(List.of(List.of("c", new BigDecimal("3.00"))),
                session.sql("SELECT code, amount FROM delta.`" + engine.location("made.by_engine") + "`").collectAsList().stream()
                        .map(row -> List.<Object>of(row.getString(0), row.getDecimal(1))).toList(), "Delta reads the new rows");
        assertEquals(List.of(List.of("c", new BigDecimal("3.00"))), engine.query("SELECT code, amount FROM made.by_engine"));
        assertEquals(List.of(List.of(1L)), engine.query("SELECT COUNT(*) FROM made.by_engine"), "counted from the new files' statistics");
        assertEquals(List.of(List.of("a"), List.of("b")), engine.query("SELECT code FROM made.by_engine VERSION AS OF 1 ORDER BY code"));
        assertEquals(List.of(List.of(0L)), engine.query("SELECT count(*) FROM made.by_engine VERSION AS OF 0"));

        // a replace that reads the table it replaces
        engine.execute("CREATE OR REPLACE TABLE made.by_engine AS SELECT code, amount * 2 AS amount, on_date FROM made.by_engine");
        assertEquals(List.of(List.of("c", new BigDecimal("6.00"))), engine.query("SELECT code, amount FROM made.by_engine"));
    }

    /** The engine's table and Spark's, made by the same statements, as Delta reads them from their logs. */
    private void assertSameTable(SparkSession session) {
        Snapshot ours = snapshot(session, "by_engine");
        Snapshot sparks = snapshot(session, "by_spark");
        assertEquals(sparks.schema(), ours.schema());
        assertEquals(sparks.protocol(), ours.protocol());
        assertEquals(sparks.metadata().configuration(), ours.metadata().configuration(), "the retention properties");
        assertEquals(sparks.metadata().partitionColumns(), ours.metadata().partitionColumns());
        assertEquals(sparks.numOfFiles(), ours.numOfFiles(), "Delta's own replay of the log: the old files removed");
        assertEquals(sparks.sizeInBytes(), ours.sizeInBytes());
    }

    @Test
    void aFailedUnitOfWorkPutsTheReplacedTableBack() {
        SparkDeltaEngine engine = SharedSpark.engine(folder.resolve("warehouse"));
        engine.execute("CREATE SCHEMA IF NOT EXISTS made");
        engine.execute("CREATE OR REPLACE TABLE made.rolled AS " + FIRST);
        IllegalStateException failed = assertThrows(IllegalStateException.class, () -> engine.atomically(() -> {
            engine.execute("CREATE OR REPLACE TABLE made.rolled AS " + SECOND);
            assertEquals(List.of(List.of("c")), engine.query("SELECT code FROM made.rolled"), "the work reads its own replace");
            throw new IllegalStateException("a data test failed");
        }));
        assertEquals("a data test failed", failed.getMessage());
        assertEquals(List.of(List.of("a"), List.of("b")), engine.query("SELECT code FROM made.rolled ORDER BY code"));
        assertEquals(List.of(List.of("a"), List.of("b")), SharedSpark.session()
                .sql("SELECT code FROM delta.`" + engine.location("made.rolled") + "` ORDER BY code").collectAsList().stream()
                .map(row -> List.<Object>of(row.getString(0))).toList(), "Delta restored it too");
    }

    /**
     * Delta checkpoints a table every tenth version, from its own replay of the log: the engine's removes
     * must leave the checkpoint with the live files only, and Delta Kernel (the engine's reads) and Delta
     * Spark read the versions before, at and after it the same way.
     */
    @Test
    void theCheckpointAfterTenReplacesHoldsTheLiveFilesOnly() {
        SparkDeltaEngine engine = SharedSpark.engine(folder.resolve("warehouse"));
        engine.execute("CREATE SCHEMA IF NOT EXISTS made");
        for (int build = 1; build <= 11; build++) {
            engine.execute("CREATE OR REPLACE TABLE made.rebuilt AS SELECT id, " + build + " AS build FROM range(" + build + ")");
        }
        assertTrue(Files.exists(log("rebuilt").resolve("00000000000000000010.checkpoint.parquet")), "Delta wrote its checkpoint");
        String location = engine.location("made.rebuilt");
        // the first version with rows, the checkpoint's and the one after it
        for (long version : new long[] {1, 10, 11}) {
            List<List<Object>> expected = List.of(List.of(version, version));
            assertEquals(expected, engine.query("SELECT COUNT(*), CAST(MAX(build) AS BIGINT) FROM made.rebuilt VERSION AS OF " + version), "version " + version);
            assertEquals(expected, SharedSpark.session().read().format("delta").option("versionAsOf", version).load(location)
                    .selectExpr("COUNT(*)", "CAST(MAX(build) AS BIGINT)").collectAsList().stream()
                    .map(row -> List.<Object>of(row.getLong(0), row.getLong(1))).toList(), "Delta Spark, version " + version);
        }
        assertEquals(List.of(List.of(11L)), engine.query("SELECT COUNT(*) FROM made.rebuilt"));
    }

    @Test
    void otherColumnsGoToSparksReplace() throws IOException {
        SparkDeltaEngine engine = SharedSpark.engine(folder.resolve("warehouse"));
        engine.execute("CREATE SCHEMA IF NOT EXISTS made");
        engine.execute("CREATE OR REPLACE TABLE made.changed AS " + FIRST);
        engine.execute("CREATE OR REPLACE TABLE made.changed AS SELECT code, CAST(amount AS DECIMAL(20, 4)) AS amount FROM (" + SECOND + ")");
        assertTrue(lastCommit("changed").contains("\"operation\":\"CREATE OR REPLACE TABLE AS SELECT\""), lastCommit("changed"));
        assertEquals(List.of("code", "amount"), engine.columns("made.changed"));
        assertEquals(List.of(List.of("c", new BigDecimal("3.0000"))), engine.query("SELECT code, amount FROM made.changed"));
    }

    private Path log(String table) {
        return folder.resolve("warehouse/made").resolve(table).resolve("_delta_log");
    }

    private String lastCommit(String table) throws IOException {
        try (var commits = Files.list(log(table))) {
            Path last = commits.filter(file -> file.toString().endsWith(".json")).sorted().reduce((first, second) -> second).orElseThrow();
            return Files.readString(last, StandardCharsets.UTF_8);
        }
    }

    private String commit(String table, long version) throws IOException {
        return Files.readString(log(table).resolve(String.format("%020d.json", version)), StandardCharsets.UTF_8);
    }

    private Snapshot snapshot(SparkSession session, String table) {
        return DeltaLog.forTable(session, folder.resolve("warehouse/made").resolve(table).toString()).update(false, scala.Option.empty(), scala.Option.empty());
    }
}
