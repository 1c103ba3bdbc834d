package io.fundtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.fundtrace.warehouse.DuckDbEngine;
import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.RecordLines;
import io.fundtrace.warehouse.WarehouseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CSV as the ingest reads it: the same text, NULLs and line numbers from both engines, and the same refusals. */
class CsvTextViewTest {
    private static final String QUERY = "SELECT source_line, c0, c1, c2 FROM csv_text ORDER BY source_line";

    @TempDir
    Path folder;

    @Test
    void quotedLineBreaksBlankLinesEmptyFieldsAndLineNumbersAreTheSameOnBothEngines() throws IOException {
        Path csv = write("projects.csv", "\uFEFFproject_id,name,status\r\nPR1,\"水渠\n二期\",实施\r\nPR2,\"\",\r\n\r\nPR3,\"say \"\"hi\"\"\",完工\r\n");
        // PR1 spans lines 2 and 3, line 5 is blank
        RecordLines.Builder lines = new RecordLines.Builder();
        lines.record(1, 2);
        lines.record(2, 4);
        lines.record(3, 6);
        List<List<Object>> expected = List.of(
                List.of(2L, "PR1", "水渠\n二期", "实施"),
                java.util.Arrays.asList(4L, "PR2", null, null),
                List.of(6L, "PR3", "say \"hi\"", "完工"));
        try (DuckDbEngine duckdb = DuckDbEngine.open(folder.resolve("w.duckdb"))) {
            assertEquals(expected, read(duckdb, csv, lines.build()));
        }
        assertEquals(expected, read(SharedSpark.engine(folder.resolve("delta")), csv, lines.build()));
    }

    @Test
    void aRecordWithAnotherNumberOfFieldsFailsTheReadOnBothEngines() throws IOException {
        Path csv = write("bad.csv", "a,b,c\n1,2,3\n4,5,6,7\n");
        try (DuckDbEngine duckdb = DuckDbEngine.open(folder.resolve("w.duckdb"))) {
            assertThrows(WarehouseException.class, () -> read(duckdb, csv, RecordLines.CONSECUTIVE));
        }
        assertThrows(WarehouseException.class, () -> read(SharedSpark.engine(folder.resolve("delta")), csv, RecordLines.CONSECUTIVE));
    }

    private static List<List<Object>> read(Engine engine, Path csv, RecordLines lines) {
        engine.csvTextView("csv_text", csv, 3, lines);
        return engine.query(QUERY);
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
