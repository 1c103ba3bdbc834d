package io.fundtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quarantine and the clean rows name the line a clerk sees in an editor (the header is line 1, blank
 * lines and the lines inside a quoted field count), whatever the file's line ends, BOM, encoding or
 * format; in a workbook, the sheet's row number.
 */
class SourceLinesTest {
    @TempDir
    Path temp;

    private static final List<String> LINES = List.of(
            "indicator_id,fiscal_year,doc_no,fund_code,issuer_region,recipient_region,amount,doc_date,attachment",
            "I1,2018,d,C01,650000,650102,100,2018-03-01,",
            "",
            "I2,2018,d,C01,650000,650102,abc,2018-03-01,",
            "I3,2018,d,C01,650000,650102,100,2018-03-01,\"扫描件",
            "第二页\"",
            "",
            "I4,2018,d,C01,650000,650102,100,2018-02-30,");
    private static final List<String> QUARANTINE = List.of("4|unparseable_number", "8|unparseable_date");
    private static final List<String> CLEAN = List.of("I1|2", "I3|5");

    private void assertLines(String drop) throws Exception {
        Path warehouse = temp.resolve(drop + ".duckdb");
        IngestReport report = TestDrops.ingest(warehouse, temp.resolve(drop));
        assertEquals(List.of("loaded"), report.files().stream().map(FileReport::outcome).toList(), report.toString());
        assertEquals(QUARANTINE, TestDrops.rows(warehouse, "SELECT source_line || '|' || rule FROM quarantine.rows ORDER BY 1"));
        assertEquals(CLEAN, TestDrops.rows(warehouse, "SELECT indicator_id || '|' || source_line FROM clean.indicators ORDER BY 1"));
    }

    private void write(String drop, String name, String text, Charset charset) throws Exception {
        Files.createDirectories(temp.resolve(drop));
        Files.write(temp.resolve(drop).resolve(name), text.getBytes(charset));
    }

    @Test
    void blankLinesAndQuotedLineBreaksCount() throws Exception {
        write("lf", "indicators.csv", String.join("\n", LINES) + "\n", StandardCharsets.UTF_8);
        assertLines("lf");
    }

    @Test
    void crlfLineEnds() throws Exception {
        write("crlf", "indicators.csv", String.join("\r\n", LINES) + "\r\n", StandardCharsets.UTF_8);
        assertLines("crlf");
    }

    @Test
    void mixedLineEndsOfAHandEditedExportLoad() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < LINES.size(); i++) {
            text.append(LINES.get(i)).append(i % 2 == 0 ? "\r\n" : "\n");
        }
        write("mixed", "indicators.csv", text.toString(), StandardCharsets.UTF_8);
        assertLines("mixed");
    }

    @Test
    void utf8WithBom() throws Exception {
        write("bom", "indicators.csv", "\uFEFF" + String.join("\n", LINES) + "\n", StandardCharsets.UTF_8);
        assertLines("bom");
    }

    @Test
    void gbkWithCrlf() throws Exception {
        write("gbk", "indicators.csv", String.join("\r\n", LINES) + "\r\n", Charset.forName("GBK"));
        assertLines("gbk");
    }

    @Test
    void xlsxRowsAreTheSheetsRowNumbers() throws Exception {
        Files.createDirectories(temp.resolve("xlsx"));
        try (OutputStream out = Files.newOutputStream(temp.resolve("xlsx").resolve("indicators.xlsx"))) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("指标");
            // sheet rows 1, 2, 4, 5 and 8 (rows 3, 6 and 7 empty); row 5 holds a cell with a line break
            int[] rows = {0, 1, -1, 3, 4, -1, -1, 7};
            for (int line = 0; line < rows.length; line++) {
                if (rows[line] < 0) {
                    continue;
                }
                String text = line == 4 ? LINES.get(4).replace("\"扫描件", "扫描件\n第二页") : LINES.get(line);
                List<String> cells = Csv.parseLine(text);
                for (int column = 0; column < cells.size(); column++) {
                    sheet.value(rows[line], column, cells.get(column));
                }
            }
            workbook.finish();
        }
        assertLines("xlsx");
    }
}
