package io.fundtrace.cli.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.cli.Fundtrace;
import io.fundtrace.synthetic.GeneratorOptions;
import io.fundtrace.synthetic.SyntheticDrop;
import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.EngineSettings;
import io.fundtrace.warehouse.Engines;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monthly cycle on Spark SQL + Delta (local): `fundtrace cycle --engine spark` as the first cycle of a
 * warehouse, for 2018-02 (it ingests the folders of 2018-01 and 2018-02, dispatches as of 2018-02-28 and
 * archives the month), gives the same lifecycle rows, the same record of folders and the same archive bytes
 * as the same cycle on DuckDB. One cycle only: Spark's fixed cost per cycle is minutes on CI's two cores;
 * the lifecycle's correctness month by month is MonthlyCycleTest's subject (DuckDB against the
 * generator's key), and MartParityTest compares every lifecycle mart across engines after a dispatch.
 */
class CycleOnSparkTest {
    private static final LocalDate TODAY = LocalDate.of(2019, 4, 5);

    @TempDir
    Path folder;

    @Test
    void aCycleOnSparkGivesTheDuckDbLifecycleAndArchive() throws IOException {
        Path drop = folder.resolve("drop");
        new SyntheticDrop(new GeneratorOptions(7, 0.005, 2018, 2018, "utf-8", "en", 0)).writeMonthlyTo(drop);
        Path delta = folder.resolve("delta");
        Path duckdb = folder.resolve("w.duckdb");

        run("cycle", "--month", "2018-02", "--inbox", drop.toString(), "--out", folder.resolve("spark-archive").toString(),
                "--today", TODAY.toString(), "--engine", "spark", "--warehouse", delta.toString());
        run("cycle", "--month", "2018-02", "--inbox", drop.toString(), "--out", folder.resolve("duckdb-archive").toString(),
                "--today", TODAY.toString(), "--warehouse", duckdb.toString());

        String folders = "SELECT folder, CAST(month_end AS VARCHAR), outcome FROM audit.cycle_folders ORDER BY folder";
        List<String> sparkLifecycle;
        List<String> sparkFolders;
        try (Engine spark = Engines.open(new EngineSettings("spark", delta, EngineSettings.DEFAULT_MASTER))) {
            sparkLifecycle = lifecycle(spark);
            sparkFolders = text(spark.query(folders.replace("VARCHAR", "STRING")));
        }
        try (Engine engine = Engines.open(new EngineSettings("duckdb", duckdb, EngineSettings.DEFAULT_MASTER))) {
            assertEquals(lifecycle(engine), sparkLifecycle, "the lifecycle after the cycle of 2018-02");
            assertEquals(text(engine.query(folders)), sparkFolders);
        }
        assertEquals(List.of("2018-01|2018-02-28|ingested", "2018-02|2018-02-28|ingested"), sparkFolders);
        assertTrue(sparkLifecycle.stream().anyMatch(row -> row.contains(",2018-02-28,")), "warnings were dispatched: " + sparkLifecycle);
        List<String> duckdbManifest = Files.readAllLines(folder.resolve("duckdb-archive").resolve("2018-02").resolve("manifest.csv"));
        List<String> sparkManifest = Files.readAllLines(folder.resolve("spark-archive").resolve("2018-02").resolve("manifest.csv"));
        assertTrue(duckdbManifest.stream().anyMatch(line -> line.startsWith("receipt-")), duckdbManifest.toString());
        assertEquals(duckdbManifest, sparkManifest, "the report, notices and receipts of 2018-02 are the same bytes on both engines");

        // `receipts` on Spark reads a snapshot of the clean, audit and quarantine layers: the archive's bytes
        Path receipts = folder.resolve("spark-receipts");
        run("receipts", "--batch", "2", "--as-of", "2018-02-28", "--engine", "spark", "--warehouse", delta.toString(),
                "--out", receipts.toString());
        List<String> archived = duckdbManifest.stream().filter(line -> line.startsWith("receipt-2-")).toList();
        assertTrue(!archived.isEmpty(), duckdbManifest.toString());
        for (String line : archived) {
            String name = line.substring(0, line.indexOf(','));
            assertEquals(-1L, Files.mismatch(folder.resolve("duckdb-archive").resolve("2018-02").resolve(name), receipts.resolve(name)),
                    name + " written by `receipts --engine spark`");
        }
        try (var written = Files.list(receipts)) {
            assertEquals(archived.size(), written.count(), "one receipt per region of batch 2");
        }
    }

    private static List<String> lifecycle(Engine engine) {
        return text(engine.query("SELECT warning_id, status, CAST(dispatched_on AS STRING), CAST(due_on AS STRING),"
                + " CAST(status_on AS STRING), CAST(overdue_days AS STRING) FROM marts.warnings")).stream()
                .map(row -> row.replace('|', ',')).sorted().toList();
    }

    private static List<String> text(List<List<Object>> rows) {
        return rows.stream().map(row -> row.stream().map(cell -> Objects.toString(cell, "")).collect(Collectors.joining("|"))).toList();
    }

    private static void run(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Fundtrace.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), arguments).execute(arguments);
        assertEquals(0, exit, String.join(" ", arguments) + ": " + out + err);
    }
}
