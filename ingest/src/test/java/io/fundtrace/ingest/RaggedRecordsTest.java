package io.fundtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record with more or fewer fields than its header is a row like any other: read, kept in raw with all
 * of its text, held in the quarantine as wrong_field_count (that reason alone: its values stand in the
 * wrong columns) with its line, while the file's other rows load. The contract refuses a whole file only
 * when its header lacks a required column or it cannot be decoded.
 */
class RaggedRecordsTest {
    @TempDir
    Path temp;

    private static final String HEADER = "indicator_id,fiscal_year,doc_no,fund_code,issuer_region,recipient_region,amount,doc_date";

    @Test
    void aRecordOfAnotherWidthIsHeldAndTheOtherRowsLoad() throws Exception {
        Path drop = temp.resolve("drop");
        String text = String.join("\r\n", "\uFEFF" + HEADER,
                // a quote inside an unquoted value is text (it opens a field only at its start), as the engines read it
                "I1,2018,d 5\" x,C01,650000,650102,100,2018-03-01",
                // an unquoted thousands separator: 9 fields
                "I2,2018,d,C01,650000,650102,1,234.50,2018-03-01",
                "",
                // a field left out, after a blank line: 7 fields
                "I3,2018,d,C01,650000,650102,2018-03-01",
                // a line of only spaces: one field
                "   ",
                "I4,2018,\"新财,农\",C01,650000,650102,100,2018-03-01",
                "I5,2018,\"d,\"\"x\"\"\",C01,650000,650102,5,2018-03-01,\"more,\"\"q\"\"\",end") + "\r\n";
        Files.createDirectories(drop);
        Files.writeString(drop.resolve("indicators.csv"), text, StandardCharsets.UTF_8);
        // the same in GB18030, read through its transcoded copy
        Files.write(drop.resolve("indicators_gbk.csv"), text.replace("I", "K").replace("K1,", "J1,").getBytes(Charset.forName("GB18030")));
        Path warehouse = temp.resolve("w.duckdb");

        IngestReport report = TestDrops.ingest(warehouse, drop);

        for (FileReport file : report.files()) {
            assertEquals(List.of("loaded", 6L, 2L, 4L), List.of(file.outcome(), file.rowsRead(), file.rowsLoaded(), file.rowsQuarantined()),
                    file.toString());
        }
        assertEquals(List.of("I1", "I4", "J1", "K4"), TestDrops.rows(warehouse, "SELECT indicator_id FROM clean.indicators ORDER BY 1"));
        assertEquals(List.of(
                        "indicators.csv|3|wrong_field_count|null|9 fields; the header has 8",
                        "indicators.csv|5|wrong_field_count|null|7 fields; the header has 8",
                        "indicators.csv|6|wrong_field_count|null|1 fields; the header has 8",
                        "indicators.csv|8|wrong_field_count|null|10 fields; the header has 8",
                        "indicators_gbk.csv|3|wrong_field_count|null|9 fields; the header has 8",
                        "indicators_gbk.csv|5|wrong_field_count|null|7 fields; the header has 8",
                        "indicators_gbk.csv|6|wrong_field_count|null|1 fields; the header has 8",
                        "indicators_gbk.csv|8|wrong_field_count|null|10 fields; the header has 8"),
                TestDrops.rows(warehouse, "SELECT source_file, source_line, rule, coalesce(column_name, 'null'), value FROM quarantine.rows"
                        + " ORDER BY 1, 2"));
        // nothing of the text lost: a long record's last field holds the rest as it stands, a short one ends in empty fields
        assertEquals(List.of("3|1|234.50,2018-03-01", "5|2018-03-01|null", "6|null|null", "8|5|2018-03-01,\"more,\"\"q\"\"\",end"),
                TestDrops.rows(warehouse, "SELECT source_line, coalesce(amount, 'null'), coalesce(doc_date, 'null') FROM raw.indicators"
                        + " WHERE source_file = 'indicators.csv' AND source_line NOT IN (2, 7) ORDER BY 1"));
        assertEquals(List.of("   "), TestDrops.rows(warehouse, "SELECT indicator_id FROM raw.indicators WHERE source_file = 'indicators.csv'"
                + " AND source_line = 6"));
        assertEquals(List.of("d,\"x\""), TestDrops.rows(warehouse, "SELECT doc_no FROM raw.indicators WHERE source_file = 'indicators.csv'"
                + " AND source_line = 8"));
    }
}
