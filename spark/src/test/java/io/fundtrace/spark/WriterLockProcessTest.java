package io.fundtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.ingest.Ingest;
import io.fundtrace.ingest.IngestReport;
import io.fundtrace.ingest.Listing;
import io.fundtrace.warehouse.DuckDbEngine;
import io.fundtrace.warehouse.EngineSnapshot;
import io.fundtrace.warehouse.ResultTable;
import io.fundtrace.warehouse.WarehouseException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer lock between processes: a Spark ingest runs in a process of its own (PausedIngest, held
 * inside its unit of work after its raw commits) while this process reads and writes the same warehouse.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class WriterLockProcessTest {
    private static final LocalDate TODAY = LocalDate.of(2021, 3, 31);
    private static final String PAYMENT_COLUMNS = "payment_id, pay_date, region_code, agency, indicator_id, project_id, fund_code,"
            + " func_class, econ_class, payee_type, payee_id, payee_name, payee_account, purpose, amount, refund_of, handler_id, reviewer_id";

    @TempDir
    static Path folder;
    private static GeneratedWarehouses warehouses;

    @BeforeAll
    static void share() {
        warehouses = GeneratedWarehouses.shared();
    }

    @Test
    void aReaderSeesThePreviousStateASecondWriterIsRefusedAndTheFirstCompletesWithAllItsRows() throws Exception {
        Path warehouse = folder.resolve("shared");
        SparkDeltaEngine engine = warehouses.sparkCopy(warehouse);
        ResultTable batchesBefore = batches(engine);
        long rawBefore = rawPayments(engine);
        Path drop = payments(folder.resolve("drop-a"), "A-");
        Path go = folder.resolve("go-a");

        Process writer = pausedIngest(warehouse, drop, go, folder.resolve("writer-a.log"));
        try {
            awaitPaused(writer, folder.resolve("writer-a.log"));

            SparkDeltaEngine reader = SharedSpark.engine(warehouse);
            assertEquals(batchesBefore.rows(), batches(reader).rows(), "batches --engine spark: the batches before the running ingest");
            assertEquals(rawBefore, rawPayments(reader), "the raw rows the running ingest committed are not read yet");
            WarehouseException refused = assertThrows(WarehouseException.class,
                    () -> new Ingest().ingest(SharedSpark.engine(warehouse), payments(folder.resolve("drop-b"), "B-"), TODAY));
            assertTrue(refused.getMessage().contains("is being written by") && refused.getMessage().contains("(pid " + writer.pid() + ")"),
                    refused.getMessage());
            assertEquals(1, refused.getMessage().lines().count());

            Files.writeString(go, "");
            assertTrue(writer.waitFor(5, TimeUnit.MINUTES), "the first ingest finishes");
            assertEquals(0, writer.exitValue(), log(folder.resolve("writer-a.log")));
        } finally {
            writer.destroyForcibly();
        }
        SparkDeltaEngine after = SharedSpark.engine(warehouse);
        assertEquals(batchesBefore.rows().size() + 1, batches(after).rows().size(), "its batch is recorded");
        assertEquals(List.of(List.of(20L)), after.query("SELECT count(*) FROM clean.payments WHERE payment_id LIKE 'A-%'"),
                "every row of the first ingest is there");
        assertEquals(List.of(List.of(0L)), after.query("SELECT count(*) FROM clean.payments WHERE payment_id LIKE 'B-%'"));
    }

    @Test
    void aWriterKilledWithKillNineIsRecoveredByTheNextWriterAfterItsLeaseNotBefore() throws Exception {
        Path warehouse = folder.resolve("killed");
        SparkDeltaEngine engine = warehouses.sparkCopy(warehouse);
        Files.writeString(warehouse.resolve(WarehouseSettings.FILE), WarehouseSettings.WRITER_LEASE_SECONDS + "=12\n");
        long rawBefore = rawPayments(engine);
        Path drop = payments(folder.resolve("drop-c"), "C-");

        Process writer = pausedIngest(warehouse, drop, folder.resolve("go-never"), folder.resolve("writer-c.log"));
        Instant killed;
        try {
            awaitPaused(writer, folder.resolve("writer-c.log"));
        } finally {
            writer.destroyForcibly();
            assertTrue(writer.waitFor(1, TimeUnit.MINUTES));
            killed = Instant.now();
        }
        assertEquals(137, writer.exitValue(), "killed with SIGKILL");

        Path next = payments(folder.resolve("drop-d"), "D-");
        WarehouseException refused = assertThrows(WarehouseException.class,
                () -> new Ingest().ingest(SharedSpark.engine(warehouse), next, TODAY));
        assertTrue(Duration.between(killed, Instant.now()).toSeconds() < 9, "refused within the lease");
        assertTrue(refused.getMessage().contains("(pid " + writer.pid() + ")"), refused.getMessage());
        SparkDeltaEngine reader = SharedSpark.engine(warehouse);
        assertEquals(rawBefore, rawPayments(reader), "a reader reads around the dead writer's commits and undoes nothing");
        assertTrue(WriterLock.read(reader.folder(), reader.settings().writerLease()).unfinished().isPresent(), "its marker is still there");

        while (!WriterLock.read(reader.folder(), reader.settings().writerLease()).expired(Instant.now())) {
            Thread.sleep(200);
        }
        assertTrue(Duration.between(killed, Instant.now()).toSeconds() >= 8, "the lease ran its course");
        IngestReport recovered = new Ingest().ingest(SharedSpark.engine(warehouse), next, TODAY);

        SparkDeltaEngine after = SharedSpark.engine(warehouse);
        assertEquals(20L, recovered.rowsLoaded());
        assertEquals(List.of(List.of(0L)), after.query("SELECT count(*) FROM raw.payments WHERE payment_id LIKE 'C-%'"),
                "the killed writer's raw rows are gone");
        assertEquals(List.of(List.of(20L)), after.query("SELECT count(*) FROM clean.payments WHERE payment_id LIKE 'D-%'"));
        assertEquals(rawBefore + 20, rawPayments(after));
        assertFalse(WriterLock.read(after.folder(), after.settings().writerLease()).unfinished().isPresent());
    }

    /** What `fundtrace batches --engine spark` lists: a DuckDB snapshot of the two audit tables. */
    private static ResultTable batches(SparkDeltaEngine engine) {
        try (EngineSnapshot snapshot = EngineSnapshot.take(engine, List.of("audit.batches", "audit.batch_files"), Map.of())) {
            return Listing.batches(snapshot.warehouse().connection());
        }
    }

    private static long rawPayments(SparkDeltaEngine engine) {
        try (EngineSnapshot snapshot = EngineSnapshot.take(engine, List.of("raw.payments"), Map.of())) {
            return (Long) DuckDbEngine.over(snapshot.warehouse()).query("SELECT count(*) FROM raw.payments").get(0).get(0);
        }
    }

    /** A drop of one file: 20 loaded payments of the generated drop again, under new ids. */
    private static Path payments(Path drop, String prefix) throws IOException {
        Files.createDirectories(drop);
        Path csv = drop.resolve("payments_" + prefix.replace("-", "").toLowerCase() + ".csv");
        warehouses.duckdb.execute("COPY (SELECT '" + prefix + "' || payment_id AS payment_id, "
                + PAYMENT_COLUMNS.substring("payment_id, ".length()) + " FROM clean.payments WHERE amount > 0 AND refund_of IS NULL"
                + " ORDER BY payment_id LIMIT 20) TO '" + csv + "' (HEADER)");
        return drop;
    }

    private static Process pausedIngest(Path warehouse, Path drop, Path go, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(flag -> flag.startsWith("--add-opens")
                || flag.startsWith("-XX:+IgnoreUnrecognizedVMOptions") || flag.startsWith("-Djdk.") || flag.startsWith("-Dio.netty")
                || flag.startsWith("-Dfile.encoding") || flag.startsWith("-XX:+Use") && flag.endsWith("GC")).toList());
        command.addAll(List.of("-Xmx1g", "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                PausedIngest.class.getName(), warehouse.toString(), drop.toString(), TODAY.toString(), go.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitPaused(Process writer, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (!log(log).lines().anyMatch("paused"::equals)) {
            assertTrue(writer.isAlive(), () -> "the writer process ended early: " + log(log));
            assertTrue(Instant.now().isBefore(deadline), "the writer process reached its unit of work within 4 minutes");
            Thread.sleep(200);
        }
    }

    private static String log(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
