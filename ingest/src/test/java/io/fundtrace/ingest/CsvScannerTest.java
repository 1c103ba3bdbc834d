package io.fundtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The scanner's reading, whatever chunks the text comes in (a CRLF or a quoted field split between two
 * reads): the header, each record's line, control characters, mixed line ends, the text with LF line ends.
 */
class CsvScannerTest {
    private static final String TEXT = "\uFEFFid,\"na\"\"me\",note\r\n1,a,\"two\r\nlines\"\r\n\r\n2,b,\"tab\there\"\n3,\"c\",\rx,,\r\n";

    private record Scan(CsvLayout layout, String written, List<Long> lines) {
    }

    private static Scan scan(String text, int chunk) throws IOException {
        StringWriter out = new StringWriter();
        CsvScanner scanner = new CsvScanner(1_000, out);
        char[] chars = text.toCharArray();
        for (int start = 0; start < chars.length; start += chunk) {
            char[] part = java.util.Arrays.copyOfRange(chars, start, Math.min(chars.length, start + chunk));
            scanner.accept(part, part.length);
        }
        CsvLayout layout = scanner.finish();
        List<Long> lines = new ArrayList<>();
        for (long record = 1; record <= 4; record++) {
            lines.add(layout.lines().line(record));
        }
        return new Scan(layout, out.toString(), lines);
    }

    @Test
    void theSameReadingInAnyChunks() throws IOException {
        Scan whole = scan(TEXT, TEXT.length());
        assertEquals(List.of("id", "na\"me", "note"), whole.layout().header());
        // record 1 on line 2 (its note spans lines 2-3), line 4 blank, record 2 on line 5, 3 on 6, x on 7 (after a lone CR)
        assertEquals(List.of(2L, 5L, 6L, 7L), whole.lines());
        assertTrue(whole.layout().controlCharacters(), "a tab and a line break inside quoted fields");
        assertTrue(whole.layout().lineEndsToRewrite());
        assertEquals(Optional.empty(), whole.layout().fault());
        // the CRLF inside the quoted note is written as LF too (Spark's reader gives it so)
        assertEquals("id,\"na\"\"me\",note\n1,a,\"two\nlines\"\n\n2,b,\"tab\there\"\n3,\"c\",\nx,,\n", whole.written());
        for (int chunk = 1; chunk < 12; chunk++) {
            assertEquals(whole, scan(TEXT, chunk), "chunks of " + chunk);
        }
    }

    /** A file of CRLF alone is read as it is, unless a quoted value holds a CR: then from the copy, every break LF. */
    @Test
    void aCarriageReturnInsideAQuotedValueAsksForTheCopy() throws IOException {
        for (int chunk = 1; chunk < 8; chunk++) {
            Scan quoted = scan("a,b\r\n1,\"x\r\ny\ry\"\r\n", chunk);
            assertTrue(quoted.layout().lineEndsToRewrite(), "chunks of " + chunk);
            assertEquals("a,b\n1,\"x\ny\ny\"\n", quoted.written(), "chunks of " + chunk);
        }
    }

    @Test
    void aPlainFileHasNoJumpsNoControlCharactersAndOneKindOfLineEnd() throws IOException {
        Scan plain = scan("a,b\r\n1,2\r\n3,4", 3);
        assertTrue(plain.layout().lines().consecutive());
        assertFalse(plain.layout().controlCharacters());
        assertFalse(plain.layout().lineEndsToRewrite());
        assertEquals(Optional.empty(), plain.layout().fault());
    }

    @Test
    void aFaultNamesTheLineWhereTheRecordStarts() throws IOException {
        CsvLayout ragged = scan("a,b\n\"x\ny\",1\n1,2,3\n", 2).layout();
        assertEquals(Optional.empty(), ragged.fault(), "a record of another width is a row to hold, not a fault");
        assertEquals(List.of(new RaggedRecord(2, 4, 3, 2)), ragged.ragged(), "the second record, on line 4: 3 fields of 2");
        assertEquals(Optional.of("line 3 has 1 fields where the header has 2: the file looks cut short (its last line has no line end)"),
                scan("a,b\n1,2\n3", 2).layout().fault());
        assertEquals(Optional.of("line 2 starts a record of more than 1000 bytes (a quoted field opened on line 2 may never be closed)"),
                scan("a,b\n1,\"" + "x\n".repeat(600), 7).layout().fault());
    }
}
