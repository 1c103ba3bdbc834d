package io.fundtrace.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.cli.Fundtrace;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * `bench ingest --scale`: every file of a generated drop through the full ingest and through a bare read_csv;
 * with --monthly, the last month into the warehouse of the months before it and into an empty one.
 */
class BenchIngestCommandTest {
    @Test
    void aGeneratedDropAgainstTheBareReadOfEveryFile() {
        String[] arguments = {"bench", "ingest", "--scale", "0.01"};
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Fundtrace.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), arguments).execute(arguments),
                err.toString());
        String printed = out.toString();
        assertTrue(printed.matches("(?s)scale 0\\.01, seed 7: 13 files, .*"), printed);
        assertTrue(printed.matches("(?s).*full ingest: [0-9,]+ rows read, [0-9,]+ loaded, 0 quarantined in [0-9]+ ms .*, peak RSS [0-9,]+ MiB.*"),
                printed);
        assertTrue(printed.matches("(?s).*bare CREATE TABLE AS SELECT \\* FROM read_csv of the same 13 files: [0-9]+ ms, peak RSS .*"), printed);
        assertTrue(printed.matches("(?s).*ratio full/bare: [0-9.]+\\s*"), printed);
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
