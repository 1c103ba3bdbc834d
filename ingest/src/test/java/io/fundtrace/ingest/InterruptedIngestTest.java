package io.fundtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.warehouse.Warehouse;
import io.fundtrace.warehouse.WarehouseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed inside its transaction leaves the warehouse as it was, and the rerun loads the drop;
 * while it runs, a second process gets the one-line "held by another process" error.
 */
class InterruptedIngestTest {
    @TempDir
    Path temp;

    private static final String HEADER = "indicator_id,fiscal_year,doc_no,fund_code,issuer_region,recipient_region,amount,doc_date";
    private static final String[] ALL = {"raw", "clean", "quarantine", "audit"};

    @Test
    void killedLoadChangesNothingAndTheRerunCompletes() throws Exception {
        Path warehouse = temp.resolve("w.duckdb");
        TestDrops.write(temp.resolve("d1"), "indicators.csv", HEADER, "I1,2018,d,C01,650000,650102,100,2018-03-01");
        TestDrops.write(temp.resolve("d2"), "indicators.csv", HEADER, "I1,2018,d,C01,650000,650102,175,2018-03-01", "I2,2018,d,C01,650000,650102,5,2018-03-01");
        TestDrops.ingest(warehouse, temp.resolve("d1"));
        List<String> before = TestDrops.snapshot(warehouse, ALL);

        Path marker = temp.resolve("paused");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                IngestProcess.class.getName(), warehouse.toString(), temp.resolve("d2").toString(), marker.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("process.log").toFile()).start();
        try {
            long deadline = System.currentTimeMillis() + 60_000;
            while (!Files.exists(marker) && process.isAlive() && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(Files.exists(marker), "the subprocess never reached the pause: " + Files.readString(temp.resolve("process.log")));
            WarehouseException locked = assertThrows(WarehouseException.class, () -> Warehouse.open(warehouse).close());
            assertTrue(locked.getMessage().contains("held by another process"), locked.getMessage());
            assertEquals(1, locked.getMessage().lines().count());
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        assertEquals(before, TestDrops.snapshot(warehouse, ALL));
        IngestReport rerun = TestDrops.ingest(warehouse, temp.resolve("d2"));
        assertEquals(2, rerun.rowsLoaded());
        assertEquals(List.of("I1|175.00", "I2|5.00"), TestDrops.rows(warehouse, "SELECT indicator_id, amount FROM clean.indicators ORDER BY 1"));
    }
}
