package io.fundtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fundtrace.warehouse.DuckDbEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files and rule hits larger than one of DuckDB's row groups (122,880 rows) inside the ingest's one
 * transaction. DuckDB 2.0.0.1 hides every row of a table from the transaction's own reads when the table's
 * first append in it was empty, a later one held more than a row group and another followed; the ingest
 * writes a row and deletes it before its appends to work_violations (load/append_guard.sql) and never appends
 * an empty file to raw (RawLoader), and these are the cases that lost rows without them.
 */
class RowGroupAppendsTest {
    private static final int ROWS = 130_000;
    private static final LocalDate TODAY = LocalDate.of(2018, 12, 31);

    @TempDir
    Path folder;

    @Test
    void moreThanARowGroupOfPaymentsNamingUnknownIndicatorsAreAllHeld() throws IOException {
        Path drop = Files.createDirectories(folder.resolve("drop"));
        IngestBenchmark.writePayments(drop.resolve("payments.csv"), ROWS);
        try (DuckDbEngine engine = DuckDbEngine.open(folder.resolve("warehouse.duckdb"))) {
            IngestReport report = new Ingest().ingest(engine, drop, TODAY);
            assertEquals(ROWS, report.rowsRead());
            assertEquals(0, report.rowsLoaded(), "no indicator is known: every payment waits in the quarantine");
            assertEquals(ROWS, report.rowsQuarantined());
            assertEquals(List.of(List.of(0L, (long) ROWS)), engine.query("SELECT (SELECT count(*) FROM clean.payments),"
                    + " (SELECT count(*) FROM quarantine.rows WHERE rule = 'unknown_indicator')"));
        }
    }

    @Test
    void anEmptyFileThenOneOfMoreThanARowGroupThenASmallOneLoadEveryRow() throws IOException {
        Path drop = Files.createDirectories(folder.resolve("drop"));
        IngestBenchmark.writeIndicators(drop.resolve("indicators.csv"));
        IngestBenchmark.writePayments(drop.resolve("payments_2.csv"), ROWS);
        List<String> lines = Files.readAllLines(drop.resolve("payments_2.csv"), StandardCharsets.UTF_8);
        Files.writeString(drop.resolve("payments_1.csv"), lines.get(0) + "\n", StandardCharsets.UTF_8);
        StringBuilder small = new StringBuilder(lines.get(0)).append('\n');
        for (String line : lines.subList(1, 6)) {
            small.append('R').append(line.substring(1)).append('\n');
        }
        Files.writeString(drop.resolve("payments_3.csv"), small, StandardCharsets.UTF_8);
        try (DuckDbEngine engine = DuckDbEngine.open(folder.resolve("warehouse.duckdb"))) {
            IngestReport report = new Ingest().ingest(engine, drop, TODAY);
            assertEquals(ROWS + 5 + 1000, report.rowsRead(), "every payment and the 1,000 indicators");
            assertEquals(ROWS + 5 + 1000, report.rowsLoaded());
            assertEquals(List.of(List.of((long) ROWS + 5, (long) ROWS + 5)),
                    engine.query("SELECT (SELECT count(*) FROM clean.payments), (SELECT count(*) FROM raw.payments)"));
        }
    }
}
