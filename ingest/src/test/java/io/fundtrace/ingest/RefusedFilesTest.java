package io.fundtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that cannot be read as the contract says is refused whole, with its real fault and the line a
 * clerk sees in an editor, while the drop's other files load.
 */
class RefusedFilesTest {
    @TempDir
    Path temp;

    private static final String HEADER = "indicator_id,fiscal_year,doc_no,fund_code,issuer_region,recipient_region,amount,doc_date";
    private static final String ROW = "I1,2018,d,C01,650000,650102,100,2018-03-01";

    /** Ingests a drop of one good projects file and the given indicators file; returns the indicators file's message. */
    private String refusal(String indicatorsText) throws Exception {
        Path drop = temp.resolve("drop");
        TestDrops.write(drop, "projects.csv", "project_id,county_code,name,in_plan,status", "PR1,650102,水渠,Y,实施");
        Files.write(drop.resolve("indicators.csv"), indicatorsText.getBytes(StandardCharsets.UTF_8));
        Path warehouse = temp.resolve("w.duckdb");
        IngestReport report = TestDrops.ingest(warehouse, drop);
        FileReport indicators = report.files().stream().filter(file -> file.file().equals("indicators.csv")).findFirst().orElseThrow();
        FileReport projects = report.files().stream().filter(file -> file.file().equals("projects.csv")).findFirst().orElseThrow();
        assertEquals("refused", indicators.outcome(), indicators.toString());
        assertEquals("loaded", projects.outcome(), "the drop's other files still load");
        assertEquals(List.of("PR1"), TestDrops.rows(warehouse, "SELECT project_id FROM clean.projects"));
        assertEquals(List.of("0"), TestDrops.rows(warehouse, "SELECT count(*) FROM raw.indicators"));
        assertTrue(indicators.message().startsWith("indicators.csv: refused: "), indicators.message());
        assertFalse(indicators.message().contains("at most the header's columns"), indicators.message());
        return indicators.message();
    }

    private static void assertNames(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), "expected '" + part + "' in: " + message);
        }
    }

    @Test
    void anUnbalancedQuote() throws Exception {
        assertNames(refusal(HEADER + "\n" + ROW + "\nI2,2018,\"d,C01,650000,650102,100,2018-03-01\n" + ROW.replace("I1", "I3") + "\n"),
                "line 3", "quote", "never closed");
    }

    @Test
    void textAfterAClosingQuote() throws Exception {
        assertNames(refusal(HEADER + "\n" + ROW + "\nI2,2018,\"d\"x,C01,650000,650102,100,2018-03-01\n"), "line 3", "closing quote");
    }

    @Test
    void aTruncatedLastRow() throws Exception {
        assertNames(refusal(HEADER + "\n" + ROW + "\nI2,2018,d,C01,650"), "line 3", "5 fields", "cut short");
    }

    @Test
    void aFieldOverTheRecordLimit() throws Exception {
        String huge = "x".repeat(2_100_000);
        assertNames(refusal(HEADER + ",attachment\n" + ROW + ",\n" + ROW.replace("I1", "I2") + "," + huge + "\n"), "line 3", "bytes");
    }

    @Test
    void aColumnNamedTwice() throws Exception {
        assertNames(refusal(HEADER + ",amount\n" + ROW + ",100\n"), "amount", "twice");
    }

    @Test
    void aColumnAndItsChineseAlias() throws Exception {
        assertNames(refusal(HEADER + ",金额\n" + ROW + ",100\n"), "amount", "金额", "twice");
    }

    @Test
    void everyFaultOfTheHeaderInOneRefusal() throws Exception {
        String header = HEADER.replace(",doc_date", "").replace(",fund_code", "") + ",金额";
        assertNames(refusal(header + "\nI1,2018,d,650000,650102,100,100\n"), "amount (金额) is named twice", "also column fund_code",
                "also column doc_date");
    }

    /** Two columns the contract does not know, by one name (two 备注 of an export), are no fault: both kept in raw. */
    @Test
    void twoUnknownColumnsOfOneNameLoad() throws Exception {
        TestDrops.write(temp.resolve("notes"), "indicators.csv", HEADER + ",备注,备注,,", ROW + ",一,二,三,四");
        Path warehouse = temp.resolve("notes.duckdb");
        IngestReport report = TestDrops.ingest(warehouse, temp.resolve("notes"));
        assertEquals(1, report.rowsLoaded(), report.toString());
        assertEquals(List.of("{\"备注\":\"一\",\"备注 (column 10)\":\"二\",\"\":\"三\",\"(column 12)\":\"四\"}"),
                TestDrops.rows(warehouse, "SELECT unknown_columns FROM raw.indicators"));
    }

    @Test
    void aSymbolicLinkIsRefusedAndNotRead() throws Exception {
        Path outside = TestDrops.write(temp.resolve("outside"), "secret.csv", HEADER, ROW);
        Path drop = temp.resolve("drop");
        TestDrops.write(drop, "projects.csv", "project_id,county_code,name,in_plan,status", "PR1,650102,水渠,Y,实施");
        Files.createSymbolicLink(drop.resolve("indicators.csv"), outside);
        Files.createSymbolicLink(drop.resolve("payments.csv"), Path.of("/etc/passwd"));
        Path warehouse = temp.resolve("w.duckdb");
        IngestReport report = TestDrops.ingest(warehouse, drop);
        for (String name : List.of("indicators.csv", "payments.csv")) {
            FileReport link = report.files().stream().filter(file -> file.file().equals(name)).findFirst().orElseThrow();
            assertEquals("refused", link.outcome(), link.toString());
            assertNames(link.message(), name, "symbolic link");
            assertEquals("", link.sha256(), "nothing is read through the link, not even for a checksum");
        }
        assertEquals(List.of("0|0|1"), TestDrops.rows(warehouse, "SELECT (SELECT count(*) FROM raw.indicators),"
                + " (SELECT count(*) FROM raw.payments), (SELECT count(*) FROM raw.projects)"));
    }
}
