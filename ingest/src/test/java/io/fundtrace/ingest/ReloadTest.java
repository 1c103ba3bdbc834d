package io.fundtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-ingesting, corrected extracts, late references and refused files. */
class ReloadTest {
    @TempDir
    Path temp;

    private static final String HEADER = "indicator_id,fiscal_year,doc_no,fund_code,issuer_region,recipient_region,amount,doc_date";
    private static final String[] SCHEMAS = {"raw", "clean", "quarantine"};

    @Test
    void sameBytesAgainChangeNoTable() throws Exception {
        Path warehouse = temp.resolve("w.duckdb");
        Path drop = temp.resolve("drop");
        TestDrops.write(drop, "indicators.csv", HEADER, "I1,2018,d,C01,650000,650102,100,2018-03-01", "I2,2018,d,C99,650000,650102,100,2018-03-01");
        TestDrops.ingest(warehouse, drop);
        List<String> before = TestDrops.snapshot(warehouse, SCHEMAS);
        IngestReport again = TestDrops.ingest(warehouse, drop);
        assertEquals(before, TestDrops.snapshot(warehouse, SCHEMAS));
        assertEquals("skipped", again.files().get(0).outcome());
        assertEquals(List.of("1|loaded", "2|skipped"), TestDrops.rows(warehouse,
                "SELECT batch_id || '|' || outcome FROM audit.batch_files WHERE file_name = 'indicators.csv' ORDER BY batch_id"));
    }

    @Test
    void correctionReplacesTheRowAndKeepsHistory() throws Exception {
        Path warehouse = temp.resolve("w.duckdb");
        TestDrops.write(temp.resolve("d1"), "indicators.csv", HEADER, "I1,2018,d,C01,650000,650102,100,2018-03-01", "I2,2018,d,C01,650000,650102,5,2018-03-01");
        TestDrops.write(temp.resolve("d2"), "indicators_fix.csv", HEADER, "I1,2018,d,C01,650000,650102,150,2018-03-01", "I2,2018,d,C01,650000,650102,5,2018-03-01");
        TestDrops.ingest(warehouse, temp.resolve("d1"));
        IngestReport fix = TestDrops.ingest(warehouse, temp.resolve("d2"));
        assertEquals(1, fix.rowsReplaced());
        assertEquals(2, fix.rowsLoaded());
        assertEquals(List.of("I1|150.00|2", "I2|5.00|1"), TestDrops.rows(warehouse,
                "SELECT indicator_id, amount, batch_id FROM clean.indicators ORDER BY 1"));
        assertEquals(List.of("I1|100.00|1|2"), TestDrops.rows(warehouse,
                "SELECT indicator_id, amount, batch_id, replaced_by_batch_id FROM clean.indicators_history"));
    }

    @Test
    void laterFileOfADropWinsForTheSameKey() throws Exception {
        Path warehouse = temp.resolve("w.duckdb");
        TestDrops.write(temp.resolve("d"), "indicators_1.csv", HEADER, "I1,2018,d,C01,650000,650102,100,2018-03-01");
        TestDrops.write(temp.resolve("d"), "indicators_2.csv", HEADER, "I1,2018,d,C01,650000,650102,200,2018-03-01");
        TestDrops.ingest(warehouse, temp.resolve("d"));
        assertEquals(List.of("200.00|indicators_2.csv"), TestDrops.rows(warehouse, "SELECT amount, source_file FROM clean.indicators"));
    }

    @Test
    void lateReferenceReleasesHeldRows() throws Exception {
        Path warehouse = temp.resolve("w.duckdb");
        TestDrops.write(temp.resolve("d1"), "allocations.csv", "allocation_id,indicator_id,project_id,amount,alloc_date", "A1,I1,PR1,100,2018-05-01");
        TestDrops.write(temp.resolve("d2"), "indicators.csv", HEADER, "I1,2018,d,C01,650000,650102,100,2018-03-01");
        TestDrops.write(temp.resolve("d3"), "projects.csv", "project_id,county_code,name,in_plan,status", "PR1,650102,水渠,Y,实施");
        TestDrops.ingest(warehouse, temp.resolve("d1"));
        assertEquals(List.of("unknown_indicator|", "unknown_project|"), TestDrops.rows(warehouse,
                "SELECT rule || '|' || coalesce(CAST(released_batch_id AS VARCHAR), '') FROM quarantine.rows ORDER BY rule"));
        IngestReport second = TestDrops.ingest(warehouse, temp.resolve("d2"));
        assertEquals(0, second.rowsReleased(), "the row still waits for its project");
        assertEquals(List.of(), TestDrops.rows(warehouse, "SELECT * FROM clean.allocations"));
        // the reason the indicator's arrival resolved is released; the row waits for the other one only
        assertEquals(List.of("unknown_indicator|2", "unknown_project|"), TestDrops.rows(warehouse,
                "SELECT rule || '|' || coalesce(CAST(released_batch_id AS VARCHAR), '') FROM quarantine.rows ORDER BY rule"));
        IngestReport third = TestDrops.ingest(warehouse, temp.resolve("d3"));
        assertEquals(1, third.rowsReleased());
        assertEquals(List.of("A1|I1|PR1|100.00"), TestDrops.rows(warehouse, "SELECT allocation_id, indicator_id, project_id, amount FROM clean.allocations"));
        assertEquals(List.of("unknown_indicator|2", "unknown_project|3"), TestDrops.rows(warehouse,
                "SELECT rule || '|' || released_batch_id FROM quarantine.rows ORDER BY rule"));
    }

    /**
     * A new prefecture under a parent that does not exist holds its new county and that county's child
     * (unknown_region, down the chain); the parent's arrival releases all three in one batch.
     */
    @Test
    void aChainOfNewRegionsWaitsForItsRootAndLoadsWithIt() throws Exception {
        Path warehouse = temp.resolve("w.duckdb");
        String header = "region_code,name,level,parent_code";
        TestDrops.write(temp.resolve("d1"), "regions.csv", header, "659930,新设地区,prefecture,659000",
                "659931,新设县,county,659930", "659932,新设县二,county,659931");
        TestDrops.write(temp.resolve("d2"), "regions.csv", header, "659000,新设直辖,province,100000");
        IngestReport first = TestDrops.ingest(warehouse, temp.resolve("d1"));
        assertEquals(3, first.rowsQuarantined());
        assertEquals(List.of("659930|unknown_region", "659931|unknown_region", "659932|unknown_region"), TestDrops.rows(warehouse,
                "SELECT json_extract_string(raw_values, '$.region_code') || '|' || rule FROM quarantine.rows ORDER BY 1"));
        IngestReport second = TestDrops.ingest(warehouse, temp.resolve("d2"));
        assertEquals(3, second.rowsReleased());
        assertEquals(List.of("659000", "659930", "659931", "659932"), TestDrops.rows(warehouse,
                "SELECT region_code FROM clean.regions WHERE region_code LIKE '659%' ORDER BY 1"));
    }

    /**
     * A held row whose reference comes but which then breaks a rule the reference lets be checked (its fund is
     * not its indicator's) is not loaded, and the quarantine says why: the reason it waited for is released,
     * the new one recorded under the row's own batch, file and line - and the row waits for nothing more.
     */
    @Test
    void aHeldRowThatBreaksARuleOnceItsReferenceComesKeepsOnlyTheTrueReason() throws Exception {
        Path warehouse = temp.resolve("w.duckdb");
        TestDrops.write(temp.resolve("d1"), "payments.csv", TestDrops.PAYMENT_HEADER,
                "P1,2018-11-01,650100,,I9,,C02,2130505,310,unit,91350100M000100Y43,,,,100,,,");
        TestDrops.write(temp.resolve("d2"), "indicators.csv", HEADER, "I9,2018,d,C01,650000,650100,1000,2018-09-07");
        TestDrops.write(temp.resolve("d3"), "indicators_more.csv", HEADER, "I8,2018,d,C01,650000,650100,10,2018-09-07");
        TestDrops.ingest(warehouse, temp.resolve("d1"));
        IngestReport second = TestDrops.ingest(warehouse, temp.resolve("d2"));
        assertEquals(0, second.rowsReleased());
        String quarantine = "SELECT batch_id || '|' || source_file || '|' || source_line || '|' || rule || '|' || column_name || '|' || value"
                + " || '|' || coalesce(CAST(released_batch_id AS VARCHAR), '') FROM quarantine.rows ORDER BY rule";
        List<String> expected = List.of("1|payments.csv|2|fund_mismatch|fund_code|C02|", "1|payments.csv|2|unknown_indicator|indicator_id|I9|2");
        assertEquals(expected, TestDrops.rows(warehouse, quarantine));
        assertEquals(List.of(), TestDrops.rows(warehouse, "SELECT * FROM clean.payments"));
        assertEquals(List.of("C02"), TestDrops.rows(warehouse,
                "SELECT json_extract_string(raw_values, '$.fund_code') FROM quarantine.rows WHERE rule = 'fund_mismatch'"));
        // no longer held for a reference: a later ingest leaves it as it is
        IngestReport third = TestDrops.ingest(warehouse, temp.resolve("d3"));
        assertEquals(0, third.rowsReleased());
        assertEquals(expected, TestDrops.rows(warehouse, quarantine));
    }

    @Test
    void aHeldRowReleasedLateDoesNotUndoANewerLoadOfItsKey() throws Exception {
        Path warehouse = temp.resolve("w.duckdb");
        TestDrops.write(temp.resolve("d1"), "indicators.csv", HEADER, "I1,2018,d,C77,650000,650102,100,2018-03-01");
        TestDrops.write(temp.resolve("d2"), "indicators.csv", HEADER, "I1,2018,d,C01,650000,650102,300,2018-03-01");
        TestDrops.write(temp.resolve("d3"), "funds.csv", "fund_code,name,origin,department,classified", "C77,配套资金,地方,农业处,N");
        TestDrops.ingest(warehouse, temp.resolve("d1"));
        TestDrops.ingest(warehouse, temp.resolve("d2"));
        TestDrops.ingest(warehouse, temp.resolve("d3"));
        assertEquals(List.of("I1|C01|300.00"), TestDrops.rows(warehouse, "SELECT indicator_id, fund_code, amount FROM clean.indicators"));
        assertEquals(List.of("C77|local"), TestDrops.rows(warehouse, "SELECT fund_code, origin FROM clean.funds WHERE fund_code = 'C77'"));
    }

    /**
     * The same within a drop: a later file's row replaces an earlier file's (contract), so the earlier one, held for
     * a fund that comes only with the next drop, does not replace it when it is released. It did: I1 went back to
     * the first file's 100.
     */
    @Test
    void aHeldRowOfAnEarlierFileReleasedLateDoesNotUndoTheLaterFileOfItsDrop() throws Exception {
        Path warehouse = temp.resolve("w.duckdb");
        TestDrops.write(temp.resolve("d1"), "indicators_1.csv", HEADER, "I1,2018,d,C77,650000,650102,100,2018-03-01");
        TestDrops.write(temp.resolve("d1"), "indicators_2.csv", HEADER, "I1,2018,d,C01,650000,650102,300,2018-03-01");
        TestDrops.write(temp.resolve("d2"), "funds.csv", "fund_code,name,origin,department,classified", "C77,配套资金,地方,农业处,N");
        TestDrops.ingest(warehouse, temp.resolve("d1"));
        TestDrops.ingest(warehouse, temp.resolve("d2"));
        assertEquals(List.of("I1|C01|300.00|indicators_2.csv"),
                TestDrops.rows(warehouse, "SELECT indicator_id, fund_code, amount, source_file FROM clean.indicators"));
    }

    @Test
    void missingRequiredColumnRefusesTheWholeFile() throws Exception {
        Path warehouse = temp.resolve("w.duckdb");
        TestDrops.write(temp.resolve("d"), "indicators.csv", "indicator_id,fiscal_year,doc_no,fund_code,issuer_region,recipient_region,doc_date",
                "I1,2018,d,C01,650000,650102,2018-03-01");
        TestDrops.write(temp.resolve("d"), "payments.csv", "payment_id", "P1");
        IngestReport report = TestDrops.ingest(warehouse, temp.resolve("d"));
        FileReport indicators = report.files().get(0);
        assertEquals("refused", indicators.outcome());
        assertTrue(indicators.message().contains("indicators.csv") && indicators.message().contains("amount (金额)"), indicators.message());
        assertEquals(List.of("0"), TestDrops.rows(warehouse, "SELECT count(*) FROM raw.indicators"));
        assertEquals("refused", report.files().get(1).outcome());
    }

    @Test
    void malformedCsvRefusesThatFileAndLoadsTheRest() throws Exception {
        Path warehouse = temp.resolve("w.duckdb");
        TestDrops.write(temp.resolve("d"), "indicators.csv", HEADER, "I1,2018,d,C01,650000,650102,100,2018-03-01");
        TestDrops.write(temp.resolve("d"), "projects.csv", "project_id,county_code,name,in_plan,status",
                "PR1,650102,\"水渠\n二期\",Y,实施", "PR2,650102,\"路\"x,Y,实施");
        IngestReport report = TestDrops.ingest(warehouse, temp.resolve("d"));
        assertEquals("loaded", report.files().get(0).outcome());
        FileReport projects = report.files().get(1);
        assertEquals("refused", projects.outcome());
        // PR1's quoted name spans lines 2 and 3, so PR2 is on line 4 in an editor
        assertTrue(projects.message().startsWith("projects.csv: refused: line 4 has text after the closing quote"), projects.message());
        assertEquals(List.of("1", "0"), TestDrops.rows(warehouse, "SELECT count(*) FROM clean.indicators UNION ALL SELECT count(*) FROM raw.projects"));
    }

    /** A record of another width after a field over two lines: held on the line an editor shows, the file's other rows loaded. */
    @Test
    void aRaggedRecordAfterAQuotedLineBreakIsHeldOnItsLine() throws Exception {
        Path warehouse = temp.resolve("w.duckdb");
        TestDrops.write(temp.resolve("d"), "projects.csv", "project_id,county_code,name,in_plan,status",
                "PR1,650102,\"水渠\n二期\",Y,实施", "PR2,650102,路,Y,实施,extra");
        IngestReport report = TestDrops.ingest(warehouse, temp.resolve("d"));
        assertEquals(List.of(2L, 1L, 1L), List.of(report.rowsRead(), report.rowsLoaded(), report.rowsQuarantined()));
        assertEquals(List.of("projects.csv|4|wrong_field_count|6 fields; the header has 5"), TestDrops.rows(warehouse,
                "SELECT source_file, source_line, rule, value FROM quarantine.rows"));
        assertEquals(List.of("实施,extra"), TestDrops.rows(warehouse, "SELECT status FROM raw.projects WHERE project_id = 'PR2'"));
    }

    @Test
    void quotedLineBreaksAreOneRecordAndTheLinesInsideCount() throws Exception {
        Path warehouse = temp.resolve("w.duckdb");
        TestDrops.write(temp.resolve("d"), "projects.csv", "project_id,county_code,name,in_plan,status",
                "PR1,650102,\"水渠\n二期\",Y,实施", "PR2,650102,路,Y,实施");
        TestDrops.ingest(warehouse, temp.resolve("d"));
        assertEquals(List.of("PR1|水渠\n二期|2", "PR2|路|4"), TestDrops.rows(warehouse, "SELECT project_id, name, source_line FROM clean.projects ORDER BY 1"));
    }

    @Test
    void shippedPovertyStatusIsReplacedByADropsRowsOfItsRegion() throws Exception {
        Path warehouse = temp.resolve("w.duckdb");
        TestDrops.write(temp.resolve("d"), "poverty_status.csv", "区划代码,类别,起始日期,截止日期", "650521,深度贫困县,2017-01-01,");
        TestDrops.ingest(warehouse, temp.resolve("d"));
        assertEquals(List.of("deep_poverty|2017-01-01|null"), TestDrops.rows(warehouse,
                "SELECT status, valid_from, valid_to FROM clean.poverty_status WHERE region_code = '650521'"));
        assertEquals(List.of("1"), TestDrops.rows(warehouse, "SELECT count(*) FROM clean.poverty_status_history WHERE region_code = '650521'"));
    }
}
