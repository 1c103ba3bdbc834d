package io.fundtrace.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.cli.Fundtrace;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** `bench ingest --scale`: every file of a generated drop through the full ingest and through a bare read_csv. */
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
}
