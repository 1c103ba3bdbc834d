package io.fundtrace.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class OutputFormatTest {
    @TempDir
    Path folder;

    private ResultTable query(String sql) throws SQLException {
        try (Warehouse warehouse = Warehouse.open(folder.resolve("w.duckdb"));
             Statement statement = warehouse.connection().createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return ResultTable.read(rows);
        }
    }

    /** OWASP's CSV injection: a text cell that starts like a formula is quoted as text; numbers stay numbers. */
    @Test
    void csvNeutralisesFormulasAndKeepsNumbers() throws Exception {
        ResultTable table = query("SELECT * FROM (VALUES"
                + " ('=cmd|'' /C calc''!A0', CAST(-12.50 AS DECIMAL(18,2)), '-500.00', -3),"
                + " ('+SUM(A1:A9)', CAST(0.00 AS DECIMAL(18,2)), '-1+2', 0),"
                + " ('@SUM(A1)', CAST(1.00 AS DECIMAL(18,2)), '+86', 1),"
                + " (chr(9) || '=1+1', NULL, chr(13) || '=1+1', NULL),"
                + " ('a=b, -c', NULL, '', NULL)"
                + ") AS t(\"=HYPERLINK(\"\"http://x\"\")\", amount, raw, n)");
        List<String> lines = List.of(OutputFormat.csv.render(table).split("\r\n"));
        assertEquals(List.of(
                "\uFEFF\"'=HYPERLINK(\"\"http://x\"\")\",amount,raw,n",
                "'=cmd|' /C calc'!A0,-12.50,-500.00,-3",
                "'+SUM(A1:A9),0.00,'-1+2,0",
                "'@SUM(A1),1.00,+86,1",
                "'\t=1+1,,\"'\r=1+1\",",
                "\"a=b, -c\",,,"), lines);
    }

    /** The other formats show the text as it is: only a spreadsheet runs formulas. */
    @Test
    void tableAndJsonShowTheTextAsItIs() throws Exception {
        ResultTable table = query("SELECT '=cmd|'' /C calc''!A0' AS name, CAST(-12.50 AS DECIMAL(18,2)) AS amount");
        assertTrue(OutputFormat.json.render(table).contains("\"name\": \"=cmd|' /C calc'!A0\", \"amount\": -12.50"));
        assertTrue(OutputFormat.table.render(table).contains("=cmd|' /C calc'!A0 | -12.50"));
    }
}
