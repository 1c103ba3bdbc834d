package io.fundtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each file's rows read, loaded and quarantined are what raw and the quarantine hold of it, whether every
 * row is valid (counted from the scanner's records, no query) or some row breaks a rule (counted by
 * load/work_counts.sql) - in files where records and lines differ (blank lines, a quoted line break).
 */
class EntityLoadTest {
    @TempDir
    Path temp;

    private static final String SPANNING = TestDrops.indicator("I3", "C01", "100", "2018-03-01")
            .replace("2130501,,,,", "2130501,,\"扫描件\n第二页\",,");

    @Test
    void everyRowValidIsCountedPerFileFromItsRecords() throws Exception {
        Path drop = temp.resolve("valid");
        TestDrops.write(drop, "indicators_a.csv", TestDrops.INDICATOR_HEADER, TestDrops.indicator("I1", "C01", "100", "2018-03-01"), "",
                SPANNING, "", TestDrops.indicator("I5", "C01", "5", "2018-03-02"));
        TestDrops.write(drop, "indicators_b.csv", TestDrops.INDICATOR_HEADER, TestDrops.indicator("I6", "C01", "6", "2018-03-03"),
                TestDrops.indicator("I7", "C01", "7", "2018-03-04"));
        Path warehouse = temp.resolve("valid.duckdb");
        IngestReport report = TestDrops.ingest(warehouse, drop);

        assertEquals(List.of("indicators_a.csv|3|3|0", "indicators_b.csv|2|2|0"), counts(report));
        assertEquals(List.of("indicators_a.csv|3", "indicators_b.csv|2"), rawRows(warehouse));
        assertEquals(List.of("I1|2", "I3|4", "I5|7", "I6|2", "I7|3"),
                TestDrops.rows(warehouse, "SELECT indicator_id || '|' || source_line FROM clean.indicators ORDER BY 1"));
    }

    @Test
    void aRowBreakingARuleIsCountedPerFileByTheQuery() throws Exception {
        Path drop = temp.resolve("dirty");
        TestDrops.write(drop, "indicators_a.csv", TestDrops.INDICATOR_HEADER, TestDrops.indicator("I1", "C01", "100", "2018-03-01"), "",
                SPANNING, TestDrops.indicator("I2", "C01", "abc", "2018-03-01"));
        TestDrops.write(drop, "indicators_b.csv", TestDrops.INDICATOR_HEADER, TestDrops.indicator("I6", "C01", "6", "2018-03-03"));
        Path warehouse = temp.resolve("dirty.duckdb");
        IngestReport report = TestDrops.ingest(warehouse, drop);

        assertEquals(List.of("indicators_a.csv|3|2|1", "indicators_b.csv|1|1|0"), counts(report));
        assertEquals(List.of("indicators_a.csv|3", "indicators_b.csv|1"), rawRows(warehouse));
        assertEquals(List.of("indicators_a.csv|6|unparseable_number"),
                TestDrops.rows(warehouse, "SELECT source_file || '|' || source_line || '|' || rule FROM quarantine.rows ORDER BY 1"));
    }

    private static List<String> counts(IngestReport report) {
        List<String> out = new ArrayList<>();
        for (FileReport file : report.files()) {
            out.add(file.file() + "|" + file.rowsRead() + "|" + file.rowsLoaded() + "|" + file.rowsQuarantined());
        }
        return out;
    }

    private static List<String> rawRows(Path warehouse) throws Exception {
        return TestDrops.rows(warehouse, "SELECT source_file || '|' || count(*) FROM raw.indicators WHERE batch_id > 0 GROUP BY source_file ORDER BY 1");
    }
}
