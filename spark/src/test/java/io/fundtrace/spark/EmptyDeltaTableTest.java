package io.fundtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.warehouse.WarehouseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.delta.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An empty table the engine writes itself (EmptyDeltaTable) is the table Spark's CREATE TABLE makes of
 * the same columns: the same schema, protocol and properties for Delta, and for Delta Kernel; Delta
 * writes to it, keeps its NOT NULL columns and travels back to its version 0.
 */
class EmptyDeltaTableTest {
    private static final String COLUMNS = "(code VARCHAR NOT NULL PRIMARY KEY, -- a comment, as the DDL files have\n"
            + " amount DECIMAL(18, 2) NOT NULL, on_date DATE, count BIGINT, share DOUBLE, flag BOOLEAN, at TIMESTAMP, year INTEGER)";

    @TempDir
    Path folder;

    @Test
    void aTableWrittenWithoutSparkIsTheTableSparkMakes() throws IOException {
        SparkDeltaEngine engine = SharedSpark.engine(folder.resolve("warehouse"));
        SparkSession session = engine.session();
        engine.execute("CREATE SCHEMA IF NOT EXISTS made");
        engine.execute("CREATE TABLE IF NOT EXISTS made.by_engine " + COLUMNS);
        assertFalse(session.catalog().tableExists("made.by_engine"), "written, not registered: a statement naming it registers it");
        Path log = folder.resolve("warehouse/made/by_engine/_delta_log");
        assertTrue(Files.readString(log.resolve("00000000000000000000.json"), StandardCharsets.UTF_8).contains("fundtrace"),
                "the engine wrote version 0, not Spark");
        // Spark's own CREATE TABLE of the same columns, beside it
        session.sql("CREATE TABLE made.by_spark (code STRING NOT NULL, amount DECIMAL(18, 2) NOT NULL, on_date DATE, count BIGINT,"
                + " share DOUBLE, flag BOOLEAN, at TIMESTAMP, year INTEGER) USING DELTA LOCATION '"
                + folder.resolve("warehouse/made/by_spark").toUri() + "'").collect();

        Snapshot ours = snapshot(session, "by_engine");
        Snapshot sparks = snapshot(session, "by_spark");
        assertEquals(sparks.schema(), ours.schema());
        assertEquals(sparks.protocol(), ours.protocol());
        assertEquals(sparks.metadata().configuration(), ours.metadata().configuration(), "the retention properties");
        assertTrue(ours.metadata().configuration().contains("delta.logRetentionDuration"));
        assertEquals(sparks.metadata().partitionColumns(), ours.metadata().partitionColumns());
        assertEquals(engine.columns("made.by_spark"), engine.columns("made.by_engine"), "Delta Kernel reads the same columns");

        engine.execute("INSERT INTO made.by_engine VALUES ('a', 1.50, DATE '2020-01-01', 2, 0.5, true, TIMESTAMP '2020-01-01 08:00:00', 2020)");
        assertEquals(List.of(List.of("a", new java.math.BigDecimal("1.50"))), engine.query("SELECT code, amount FROM made.by_engine"));
        WarehouseException refused = assertThrows(WarehouseException.class,
                () -> engine.execute("INSERT INTO made.by_engine VALUES (NULL, 1.50, NULL, NULL, NULL, NULL, NULL, NULL)"));
        assertTrue(refused.getMessage().contains("NOT NULL") || refused.getMessage().contains("null"), refused.getMessage());
        assertEquals(List.of(List.of(0L)), engine.query("SELECT count(*) FROM made.by_engine VERSION AS OF 0"));
        assertEquals(List.of(1L, 0L), session.sql("DESCRIBE HISTORY made.by_engine").select("version").as(org.apache.spark.sql.Encoders.LONG()).collectAsList());
        assertTrue(Files.exists(log.resolve("00000000000000000001.crc")), "Delta went on from the checksum of version 0");
    }

    private Snapshot snapshot(SparkSession session, String table) {
        return DeltaLog.forTable(session, folder.resolve("warehouse/made").resolve(table).toString()).update(false, scala.Option.empty(), scala.Option.empty());
    }

    /** What needs more than the plain protocol (here a timestamp without time zone, a table feature) is made by Spark. */
    @Test
    void aTableThatNeedsATableFeatureIsMadeBySpark() throws IOException {
        SparkDeltaEngine engine = SharedSpark.engine(folder.resolve("warehouse"));
        engine.execute("CREATE SCHEMA IF NOT EXISTS made");
        engine.execute("CREATE TABLE IF NOT EXISTS made.local_times (id BIGINT, at TIMESTAMP_NTZ)");
        String first = Files.readString(folder.resolve("warehouse/made/local_times/_delta_log/00000000000000000000.json"), StandardCharsets.UTF_8);
        assertFalse(first.contains("fundtrace"), "Spark wrote version 0");
        assertTrue(first.contains("timestampNtz"), first);
        engine.execute("INSERT INTO made.local_times VALUES (1, TIMESTAMP_NTZ '2020-01-01 08:00:00')");
        assertEquals(List.of(List.of(1L)), engine.query("SELECT count(*) FROM made.local_times"));
    }
}
