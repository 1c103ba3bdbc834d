package io.fundtrace.cli.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fundtrace.cli.Fundtrace;
import io.fundtrace.synthetic.GeneratorOptions;
import io.fundtrace.synthetic.SyntheticDrop;
import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.EngineSettings;
import io.fundtrace.warehouse.Engines;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monthly cycle on Spark SQL + Delta (local) for the first two months of a generated monthly drop:
 * after each month's cycle the warnings are the generator's expected lifecycle and the cycle's audit names
 * the folders; the second month runs as `fundtrace cycle --engine spark` with its outputs, whose archive is
 * the same bytes as the DuckDB cycle's. The first month runs without outputs: on Spark each month's outputs
 * cost a mart build of the month before (the report's comparison), and the report's bytes on Spark are
 * TimeTravelReportTest's subject; this test is about the cycle's own steps.
 */
class CycleOnSparkTest {
    private static final LocalDate TODAY = LocalDate.of(2019, 4, 5);

    @TempDir
    Path folder;

    @Test
    void twoMonthsOnSparkGiveTheExpectedLifecycleAndTheDuckDbArchive() throws IOException {
        Path drop = folder.resolve("drop");
        new SyntheticDrop(new GeneratorOptions(7, 0.005, 2018, 2018, "utf-8", "en", 0)).writeMonthlyTo(drop);
        List<String> key = Files.readAllLines(SyntheticDrop.keyFile(drop, "lifecycle_key.csv"), StandardCharsets.UTF_8);
        Path delta = folder.resolve("delta");

        try (Engine spark = Engines.open(new EngineSettings("spark", delta, EngineSettings.DEFAULT_MASTER))) {
            MonthlyCycle cycle = new MonthlyCycle(spark, new Inbox(drop), folder.resolve("no-outputs"), TODAY,
                    new PrintWriter(new StringWriter()), List.of());
            assertEquals(List.of("2018-01"), cycle.run(YearMonth.of(2018, 1)).ingested());
            assertEquals(expected(key, "2018-01-31"), lifecycle(spark), "after the cycle of 2018-01 on Spark");
        }

        run("cycle", "--month", "2018-02", "--inbox", drop.toString(), "--out", folder.resolve("spark-archive").toString(),
                "--today", TODAY.toString(), "--engine", "spark", "--warehouse", delta.toString());
        try (Engine spark = Engines.open(new EngineSettings("spark", delta, EngineSettings.DEFAULT_MASTER))) {
            assertEquals(expected(key, "2018-02-28"), lifecycle(spark), "after the cycle of 2018-02 on Spark");
            assertEquals(List.of("2018-01|2018-01-31|ingested", "2018-02|2018-02-28|ingested"), text(spark.query(
                    "SELECT folder, CAST(month_end AS STRING), outcome FROM audit.cycle_folders ORDER BY folder")));
        }

        run("cycle", "--from", "2018-01", "--to", "2018-02", "--inbox", drop.toString(), "--out", folder.resolve("duckdb-archive").toString(),
                "--today", TODAY.toString(), "--warehouse", folder.resolve("w.duckdb").toString());
        assertEquals(Files.readString(folder.resolve("duckdb-archive").resolve("2018-02").resolve("manifest.csv")),
                Files.readString(folder.resolve("spark-archive").resolve("2018-02").resolve("manifest.csv")),
                "the report and notices of 2018-02 are the same bytes on both engines");
    }

    /** The key's rows of a month end without the month end: warning_id, status, dispatched_on, due_on, status_on, overdue_days. */
    private static List<String> expected(List<String> key, String monthEnd) {
        return key.stream().filter(line -> line.startsWith(monthEnd + ",")).map(line -> line.substring(monthEnd.length() + 1))
                .sorted().toList();
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
