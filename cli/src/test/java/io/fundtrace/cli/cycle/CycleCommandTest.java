package io.fundtrace.cli.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.cli.Fundtrace;
import io.fundtrace.synthetic.GeneratorOptions;
import io.fundtrace.synthetic.SyntheticDrop;
import io.fundtrace.warehouse.DuckDbEngine;
import io.fundtrace.warehouse.FileTrees;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `fundtrace cycle` as the scheduled job runs it (DuckDB file, the real report and notices): a folder of a
 * later month waits, a month after a gap is refused naming the month missing, the same month twice
 * dispatches nothing and leaves the archive's bytes as they were (and written again from the same
 * warehouse they are the same bytes), a folder whose ingest fails leaves the warehouse as it was, is
 * reported with exit code 3 and ingested by the next cycle once the fault is gone, and a refused file is
 * reported with exit code 3 too.
 */
class CycleCommandTest {
    private static final String COUNTY_PAYMENT = "ZF2018C653121001";

    @TempDir
    Path folder;

    private record Run(int exit, String out, String err) {
    }

    @Test
    void monthsRunInOrderOnceEachAndAFailedFolderWaitsForTheNextCycle() throws IOException {
        Path drop = folder.resolve("drop");
        new SyntheticDrop(new GeneratorOptions(7, 0.005, 2018, 2018, "utf-8", "en", 0)).writeMonthlyTo(drop);
        Path inbox = folder.resolve("inbox");
        Files.createDirectories(inbox);
        for (String month : List.of("2018-01", "2018-02", "2018-03")) {
            copy(drop.resolve(month), inbox.resolve(month));
        }
        Path archive = folder.resolve("archive");

        Run first = cycle(inbox, archive, "--month", "2018-02");
        assertEquals(0, first.exit(), first.err());
        assertEquals(List.of("2018-01|2018-02-28|ingested", "2018-02|2018-02-28|ingested"), folders(),
                "both folders up to the month, by the cycle of 2018-02; 2018-03 waits");
        Map<String, String> archived = contents(archive.resolve("2018-02"));
        assertTrue(archived.keySet().containsAll(List.of("manifest.csv", "report-2018-02.html", "report-2018-02.pdf")), archived.keySet().toString());
        assertTrue(archived.keySet().stream().anyMatch(name -> name.startsWith("notice-2018-02-")), archived.keySet().toString());
        // the evaluators' metrics of the year so far, as `metrics --month` prints them for the evaluator role
        for (String grain : List.of("fund", "county", "project")) {
            Run metrics = run("metrics", "--month", "2018-02", "--by", grain, "--role", "evaluator",
                    "--warehouse", folder.resolve("w.duckdb").toString());
            assertEquals(0, metrics.exit(), metrics.err());
            assertTrue(metrics.out().lines().count() > 1, metrics.out());
            assertEquals(metrics.out(), Files.readString(archive.resolve("2018-02").resolve("metrics-2018-02-" + grain + ".csv")), grain);
        }

        Run gap = cycle(inbox, archive, "--month", "2018-04");
        assertEquals(1, gap.exit());
        assertTrue(gap.err().contains("month 2018-03 has not been run"), gap.err());
        Run notEnded = cycle(inbox, archive, "--from", "2018-03", "--to", "2019-04");
        assertEquals(1, notEnded.exit());
        assertTrue(notEnded.err().contains("cycle 2019-04 refused: the month has not ended (today is 2019-04-05)"), notEnded.err());
        assertEquals(2, folders().size(), "a backfill whose last month has not ended starts nothing");

        List<List<Object>> dispatchRecord = query("SELECT * FROM audit.warning_dispatches ORDER BY ALL");
        Run again = cycle(inbox, archive, "--month", "2018-02");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("re-run") && again.out().contains("kept"), again.out());
        assertEquals(dispatchRecord, query("SELECT * FROM audit.warning_dispatches ORDER BY ALL"), "nothing new dispatched");
        assertEquals(List.of(List.of(1L)), query("SELECT COUNT(*) FROM audit.dispatch_months WHERE month_end = DATE '2018-02-28'"));
        assertEquals(archived, contents(archive.resolve("2018-02")), "the archive is left as it was");
        FileTrees.delete(archive.resolve("2018-02"));
        assertEquals(0, cycle(inbox, archive, "--month", "2018-02").exit());
        assertEquals(archived, contents(archive.resolve("2018-02")), "written again from the same warehouse: the same bytes");
        Files.writeString(archive.resolve("2018-02").resolve("report-2018-02.html"), "edited", StandardCharsets.UTF_8);
        Run edited = cycle(inbox, archive, "--month", "2018-02");
        assertEquals(CycleCommand.ARCHIVE_CHANGED, edited.exit());
        assertTrue(edited.out().contains("report-2018-02.html changed"), edited.out());

        // A county's extra folder that the warehouse cannot take as a whole: its payment reaches the raw layer,
        // then its staff row meets a clean.staff given a column no contract file has (the DuckDB twin of
        // SparkIngestTest's half-way failure), so the folder's whole ingest fails and is undone.
        Path county = inbox.resolve("2018-03-county653121");
        Files.createDirectories(county);
        List<String> payments = Files.readAllLines(drop.resolve("2018-03").resolve("payments_2018-03.csv"), StandardCharsets.UTF_8);
        String payment = payments.get(1);
        Files.writeString(county.resolve("payments_county653121.csv"), payments.get(0) + "\n" + COUNTY_PAYMENT
                + payment.substring(payment.indexOf(',')) + "\n", StandardCharsets.UTF_8);
        Files.writeString(county.resolve("staff_county653121.csv"), "staff_id,name,department,region_code,role\n"
                + "S653121901,李明,综合处,653121,经办\n", StandardCharsets.UTF_8);
        execute("ALTER TABLE clean.staff ADD COLUMN badge VARCHAR");
        long batches = (Long) query("SELECT COUNT(*) FROM audit.batches").get(0).get(0);
        Run failing = cycle(inbox, archive, "--month", "2018-03");
        assertEquals(CycleCommand.NOT_ALL_TAKEN, failing.exit(), failing.err());
        assertTrue(failing.err().lines().anyMatch(line -> line.startsWith("fundtrace: cycle 2018-03: folder 2018-03-county653121 failed")),
                failing.err());
        assertEquals(batches + 1, query("SELECT COUNT(*) FROM audit.batches").get(0).get(0), "2018-03 went in, the county's folder not");
        assertEquals(List.of(List.of(0L)), query("SELECT COUNT(*) FROM raw.payments WHERE source_file = 'payments_county653121.csv'"));
        assertEquals(List.of(List.of(0L)), query("SELECT COUNT(*) FROM audit.batch_files WHERE file_name LIKE '%county653121%'"));
        assertTrue(folders().contains("2018-03-county653121|2018-03-31|failed"), folders().toString());
        assertTrue(Files.isRegularFile(archive.resolve("2018-03").resolve("manifest.csv")), "the month ran all the same");

        // the warehouse repaired, the next cycle takes the county's folder; a file of it the ingest refuses is
        // reported, and the folder counts as ingested
        execute("ALTER TABLE clean.staff DROP COLUMN badge");
        copy(drop.resolve("2018-04"), inbox.resolve("2018-04"));
        Files.writeString(inbox.resolve("2018-04").resolve("projects_broken.csv"), "project_id,county_code,name,in_plan\n"
                + "XM1,653121,路,Y\n", StandardCharsets.UTF_8);
        Run next = cycle(inbox, archive, "--month", "2018-04");
        assertEquals(CycleCommand.NOT_ALL_TAKEN, next.exit(), next.err());
        assertEquals(List.of("fundtrace: cycle 2018-04: folder 2018-04: projects_broken.csv: refused: column status (状态) is missing;"
                + " expected a header naming every required column of projects"),
                next.err().lines().toList());
        assertTrue(folders().containsAll(List.of("2018-03-county653121|2018-04-30|ingested", "2018-04|2018-04-30|ingested")),
                folders().toString());
        assertEquals(List.of(List.of(1L, 1L)), query("SELECT (SELECT COUNT(*) FROM clean.payments WHERE payment_id = '" + COUNTY_PAYMENT
                + "'), (SELECT COUNT(*) FROM clean.staff WHERE staff_id = 'S653121901')"));
    }

    private Run cycle(Path inbox, Path archive, String... arguments) {
        return run(Stream.concat(Stream.of("cycle"), Stream.concat(Stream.of(arguments), Stream.of("--inbox", inbox.toString(),
                "--out", archive.toString(), "--today", "2019-04-05", "--warehouse", folder.resolve("w.duckdb").toString())))
                .toArray(String[]::new));
    }

    private static Run run(String... all) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Fundtrace.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), all).execute(all);
        return new Run(exit, out.toString(), err.toString());
    }

    private List<String> folders() {
        return query("SELECT folder, month_end, outcome FROM audit.cycle_folders ORDER BY folder, month_end").stream()
                .map(row -> row.stream().map(String::valueOf).collect(Collectors.joining("|"))).toList();
    }

    private void execute(String... statements) {
        try (DuckDbEngine engine = DuckDbEngine.open(folder.resolve("w.duckdb"))) {
            for (String statement : statements) {
                engine.execute(statement);
            }
        }
    }

    private List<List<Object>> query(String sql) {
        try (DuckDbEngine engine = DuckDbEngine.open(folder.resolve("w.duckdb"))) {
            return engine.query(sql);
        }
    }

    private static Map<String, String> contents(Path monthFolder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(monthFolder)) {
            for (Path file : listing.toList()) {
                files.put(file.getFileName().toString(), java.util.HexFormat.of().formatHex(Files.readAllBytes(file)));
            }
        }
        return files;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
