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
 * warehouse they are the same bytes), and a folder whose ingest fails leaves the warehouse as it was, is
 * reported with exit code 3 and ingested by the next cycle once it is fixed.
 */
class CycleCommandTest {
    private static final String PAYMENTS_HEADER = "payment_id,pay_date,region_code,indicator_id,fund_code,func_class,econ_class,"
            + "payee_type,payee_id,amount";

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

        Run gap = cycle(inbox, archive, "--month", "2018-04");
        assertEquals(1, gap.exit());
        assertTrue(gap.err().contains("month 2018-03 has not been run"), gap.err());

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

        // a county's extra folder whose payment cannot be stored (too large for DECIMAL(18,2)) fails its whole ingest
        Path county = inbox.resolve("2018-03-county653121");
        Files.createDirectories(county);
        Files.writeString(county.resolve("payments_county.csv"), PAYMENTS_HEADER + "\nPX1,2018-03-20,653121,ZB2018000001,C01,"
                + "2130599,30305,person,650102198001010011,123456789012345678901.00\n", StandardCharsets.UTF_8);
        long batches = (Long) query("SELECT COUNT(*) FROM audit.batches").get(0).get(0);
        Run failing = cycle(inbox, archive, "--month", "2018-03");
        assertEquals(CycleCommand.FOLDER_FAILED, failing.exit(), failing.err());
        assertTrue(failing.err().lines().anyMatch(line -> line.startsWith("fundtrace: cycle 2018-03: folder 2018-03-county653121 failed")),
                failing.err());
        assertEquals(batches + 1, query("SELECT COUNT(*) FROM audit.batches").get(0).get(0), "2018-03 went in, the county's folder not");
        assertEquals(List.of(List.of(0L)), query("SELECT COUNT(*) FROM raw.payments WHERE source_file = 'payments_county.csv'"));
        assertEquals(List.of(List.of(0L)), query("SELECT COUNT(*) FROM audit.batch_files WHERE file_name = 'payments_county.csv'"));
        assertTrue(folders().contains("2018-03-county653121|2018-03-31|failed"), folders().toString());
        assertTrue(Files.isRegularFile(archive.resolve("2018-03").resolve("manifest.csv")), "the month ran all the same");

        Files.writeString(county.resolve("payments_county.csv"), PAYMENTS_HEADER + "\n", StandardCharsets.UTF_8);
        copy(drop.resolve("2018-04"), inbox.resolve("2018-04"));
        Run next = cycle(inbox, archive, "--month", "2018-04");
        assertEquals(0, next.exit(), next.err());
        assertTrue(folders().containsAll(List.of("2018-03-county653121|2018-04-30|ingested", "2018-04|2018-04-30|ingested")),
                folders().toString());
    }

    private Run cycle(Path inbox, Path archive, String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(Stream.of("cycle"), Stream.concat(Stream.of(arguments), Stream.of("--inbox", inbox.toString(),
                "--out", archive.toString(), "--today", "2019-04-05", "--warehouse", folder.resolve("w.duckdb").toString())))
                .toArray(String[]::new);
        int exit = Fundtrace.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), all).execute(all);
        return new Run(exit, out.toString(), err.toString());
    }

    private List<String> folders() {
        return query("SELECT folder, month_end, outcome FROM audit.cycle_folders ORDER BY folder, month_end").stream()
                .map(row -> row.stream().map(String::valueOf).collect(Collectors.joining("|"))).toList();
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
