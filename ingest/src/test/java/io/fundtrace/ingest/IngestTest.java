package io.fundtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {
    @TempDir
    Path temp;

    @Test
    void loadsShippedReferenceAndADrop() throws Exception {
        Path drop = temp.resolve("drop");
        TestDrops.write(drop, "indicators_2018.csv", TestDrops.INDICATOR_HEADER,
                TestDrops.indicator("I1", "C01", "\"1,234.50\"", "2018-09-07"),
                TestDrops.indicator("I2", "C99", "100", "2018/9/7"));
        TestDrops.write(drop.resolve("_keys"), "payments.csv", "not,a,payment");
        TestDrops.write(drop, "notes.txt", "hello");
        // a hidden file names no entity either (contract: reported and skipped), whatever it looks like
        TestDrops.write(drop, ".payments_2018.csv", "left by an editor");
        IngestReport report = TestDrops.ingest(temp.resolve("w.duckdb"), drop);
        FileReport indicators = report.files().stream().filter(f -> f.file().equals("indicators_2018.csv")).findFirst().orElseThrow();
        assertEquals(2, indicators.rowsRead());
        assertEquals(1, indicators.rowsLoaded());
        assertEquals(1, indicators.rowsQuarantined());
        // a subfolder is not part of the drop (the generator keeps its keys there): not read, not reported
        assertEquals(List.of(".payments_2018.csv|unknown_entity", "notes.txt|unknown_entity"), report.files().stream()
                .filter(f -> !f.outcome().equals("loaded")).map(f -> f.file() + "|" + f.outcome()).toList());
        assertEquals(List.of("I1|1234.50|1234.50|2018-09-07|false|新财农〔2018〕1号"),
                TestDrops.rows(temp.resolve("w.duckdb"), "SELECT indicator_id, amount, poverty_amount, doc_date, exempt, doc_no_normalised FROM clean.indicators"));
        assertEquals(List.of("indicators_2018.csv|3|unknown_fund|fund_code|C99"),
                TestDrops.rows(temp.resolve("w.duckdb"), "SELECT source_file, source_line, rule, column_name, value FROM quarantine.rows"));
        assertTrue(Integer.parseInt(TestDrops.rows(temp.resolve("w.duckdb"), "SELECT count(*) FROM clean.staff").get(0)) > 500);
    }
}
