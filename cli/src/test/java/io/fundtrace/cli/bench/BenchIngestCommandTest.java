package io.fundtrace.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.cli.Fundtrace;
import io.fundtrace.synthetic.GeneratorOptions;
import io.fundtrace.synthetic.SyntheticDrop;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `bench ingest --scale`: every file of a generated drop through the full ingest and through a bare read_csv;
 * `--drop`: the same of a folder on disk; with --monthly, the last month into the warehouse of the months before
 * it and into an empty one.
 */
class BenchIngestCommandTest {
    @TempDir
    Path folder;

    @Test
    void aGeneratedDropAgainstTheBareReadOfEveryFile() {
        String[] arguments = {"bench", "ingest", "--scale", "0.01"};
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Fundtrace.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), arguments).execute(arguments),
                err.toString());
        String printed = out.toString();
        assertTrue(printed.matches("(?s)scale 0\\.01, seed 7: 13 files, .*"), printed);
        assertTrue(printed.matches("(?s).*full ingest: 13 files loaded, [0-9,]+ rows read, [0-9,]+ loaded, 0 quarantined in [0-9]+ ms .*,"
                + " peak RSS [0-9,]+ MiB \\([0-9,]+ MiB resident when it started\\).*"), printed);
        assertTrue(printed.matches("(?s).*bare CREATE TABLE AS SELECT \\* FROM read_csv of the same 13 files: [0-9]+ ms, peak RSS .*"), printed);
        assertTrue(printed.matches("(?s).*ratio full/bare: [0-9.]+\\s*"), printed);
    }

    @Test
    void aDropFolderOnDiskAgainstTheBareReadOfTheFilesItLoaded() {
        Path drop = folder.resolve("drop");
        SyntheticDrop.Summary summary = new SyntheticDrop(new GeneratorOptions(7, 0.002, 2018, 2020, "utf-8", "en", 0.02)).writeTo(drop);
        String[] arguments = {"bench", "ingest", "--drop", drop.toString(), "--today", summary.lastEventDate().toString()};
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Fundtrace.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), arguments).execute(arguments),
                err.toString());
        String printed = out.toString();
        // a dirty drop: rows held, and every row of it read
        Matcher ingest = Pattern.compile("full ingest: 13 files loaded, ([0-9,]+) rows read, [0-9,]+ loaded, ([0-9,]+) quarantined in [0-9]+ ms"
                + " .*, peak RSS [0-9,]+ MiB \\([0-9,]+ MiB resident when it started\\), load .*").matcher(printed);
        assertTrue(ingest.find(), printed);
        assertEquals(summary.files().stream().filter(file -> !file.entity().isEmpty()).mapToLong(SyntheticDrop.WrittenFile::rows).sum(),
                Long.parseLong(ingest.group(1).replace(",", "")), printed);
        assertNotEquals("0", ingest.group(2), printed);
        assertTrue(printed.matches("(?s).*bare CREATE TABLE AS SELECT \\* FROM read_csv of the same 13 files: [0-9]+ ms,"
                + " peak RSS [0-9,]+ MiB \\([0-9,]+ MiB resident when it started\\), load .*"), printed);
        assertTrue(printed.matches("(?s).*ratio full/bare: [0-9.]+\\s*"), printed);
    }

    @Test
    void aDropThatReadCsvCannotReadHasNoRatio() {
        Path drop = folder.resolve("gbk");
        new SyntheticDrop(new GeneratorOptions(7, 0.002, 2018, 2020, "gbk", "zh", 0)).writeTo(drop);
        String[] arguments = {"bench", "ingest", "--drop", drop.toString()};
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(1, Fundtrace.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), arguments).execute(arguments),
                err.toString());
        assertTrue(out.toString().matches("(?s)full ingest: 13 files loaded, .*\nno bare read: allocations_2018\\.csv is GB18030, and read_csv"
                + " reads UTF-8 CSV\\s*"), out.toString());
    }

    @Test
    void theLastMonthIntoTheHistoryAgainstTheSameMonthIntoAnEmptyWarehouse() {
        String[] arguments = {"bench", "ingest", "--scale", "0.002", "--monthly"};
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Fundtrace.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), arguments).execute(arguments),
                err.toString());
        String printed = out.toString();
        assertTrue(printed.matches("(?s)scale 0\\.002, seed 7, monthly: 39 folders, [0-9,]+ rows before 2020-12, [0-9,]+ rows in it;.*"),
                printed);
        // into an empty warehouse the month's rows naming earlier indicators and projects are held (quarantined as unknown
        // references until those arrive)
        assertTrue(printed.matches("(?s).*2020-12 into an empty warehouse: ([0-9,]+) rows read, [0-9,]+ loaded, [1-9][0-9,]* quarantined .*"),
                printed);
        assertTrue(printed.matches("(?s).*the 35 months before it ingested one by one in [0-9.]+ s.*"), printed);
        assertTrue(printed.matches("(?s).*2020-12 into the warehouse holding the months before it: [0-9,]+ rows read, [0-9,]+ loaded, [0-9,]+ quarantined"
                + " \\(held\\) in [0-9]+ ms, peak RSS .*"), printed);
        assertTrue(printed.matches("(?s).*ratio incremental/empty: [0-9.]+\\s*"), printed);
    }
}
