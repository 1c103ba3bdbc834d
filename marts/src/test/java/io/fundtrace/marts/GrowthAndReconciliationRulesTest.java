package io.fundtrace.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DEEP_POVERTY_GROWTH_LAG and RECONCILIATION: the rules that compare sums. */
class GrowthAndReconciliationRulesTest {
    @TempDir
    Path folder;

    private static void countyMoney(CleanFixture fixture, String id, String county, int year, String poverty) {
        fixture.indicator(id).from(CleanFixture.PREFECTURE, county).year(year)
                .amount(poverty).docDate(LocalDate.of(year, 3, 1)).add();
    }

    @Test
    void deepCountiesGrowingSlowerAreFlaggedWithTheShortfallInFen() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            // All counties: 300 -> 400 (+33.3%); deep county 650101: 100 -> 110 (+10%).
            // Shortfall = a*p'/p - a' = 400*100/300 - 110 = 23.333... -> 23.33.
            built.fixture.deepPoverty(CleanFixture.COUNTY, LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31));
            countyMoney(built.fixture, "A17", CleanFixture.COUNTY, 2017, "100.00");
            countyMoney(built.fixture, "B17", CleanFixture.OTHER_COUNTY, 2017, "200.00");
            countyMoney(built.fixture, "A18", CleanFixture.COUNTY, 2018, "110.00");
            countyMoney(built.fixture, "B18", CleanFixture.OTHER_COUNTY, 2018, "290.00");
            // 2019: the county left deep poverty on 31 Dec 2018, so DEEP is empty for 2019: skipped.
            countyMoney(built.fixture, "A19", CleanFixture.COUNTY, 2019, "10.00");
            built.build(LocalDate.of(2018, 12, 30));
            assertTrue(built.warnings("DEEP_POVERTY_GROWTH_LAG").isEmpty(), "2018 has not ended");
            built.build(LocalDate.of(2019, 12, 31));
            List<Map<String, String>> hits = built.warnings("DEEP_POVERTY_GROWTH_LAG");
            assertEquals(1, hits.size(), hits.toString());
            assertEquals("23.33", hits.get(0).get("amount"));
            assertEquals("2018", hits.get(0).get("fiscal_year"));
            assertEquals(CleanFixture.PROVINCE, hits.get(0).get("region_code"));
            Map<String, String> skipped = built.query(
                    "SELECT fiscal_year, skipped_reason FROM marts.deep_poverty_growth ORDER BY fiscal_year").stream()
                    .collect(Collectors.toMap(r -> r.get("fiscal_year"), r -> String.valueOf(r.get("skipped_reason"))));
            assertEquals(Map.of("2017", "no_base_year", "2018", "null", "2019", "no_deep_base"), skipped);
        }
    }

    @Test
    void theShortfallIsRoundedHalfUpOnceInExactDecimal() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            // a*p'/p = 300.00 * 100.01 / 200.00 = 150.015 exactly: half-up gives 150.02 (a DOUBLE gives
            // 150.01499..., which rounds to 150.01); minus a' = 100.00 leaves 50.02.
            built.fixture.deepPoverty(CleanFixture.COUNTY, LocalDate.of(2017, 1, 1), null)
                    .deepPoverty(CleanFixture.COUNTY, LocalDate.of(2018, 1, 1), null);
            countyMoney(built.fixture, "A17", CleanFixture.COUNTY, 2017, "100.01");
            countyMoney(built.fixture, "B17", CleanFixture.OTHER_COUNTY, 2017, "99.99");
            countyMoney(built.fixture, "A18", CleanFixture.COUNTY, 2018, "100.00");
            countyMoney(built.fixture, "B18", CleanFixture.OTHER_COUNTY, 2018, "200.00");
            built.build(LocalDate.of(2018, 12, 31));
            List<Map<String, String>> hits = built.warnings("DEEP_POVERTY_GROWTH_LAG");
            assertEquals(1, hits.size(), hits.toString());
            assertEquals("50.02", hits.get(0).get("amount"));
        }
    }

    @Test
    void aCountyThatLeftDeepPovertyIsOutOfTheDeepSetFromTheNextYearForBothYears() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            String third = "650103";
            built.fixture.region(third, "county", CleanFixture.PREFECTURE)
                    .deepPoverty(CleanFixture.COUNTY, LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31))
                    .deepPoverty(CleanFixture.OTHER_COUNTY, LocalDate.of(2017, 1, 1), null);
            countyMoney(built.fixture, "A18", CleanFixture.COUNTY, 2018, "100.00");
            countyMoney(built.fixture, "B18", CleanFixture.OTHER_COUNTY, 2018, "100.00");
            countyMoney(built.fixture, "C18", third, 2018, "100.00");
            countyMoney(built.fixture, "A19", CleanFixture.COUNTY, 2019, "100.00");
            countyMoney(built.fixture, "B19", CleanFixture.OTHER_COUNTY, 2019, "100.00");
            countyMoney(built.fixture, "C19", third, 2019, "400.00");
            built.build(LocalDate.of(2019, 12, 31));
            // DEEP(2019) = {650102} for 2018 and 2019: 600*100/300 - 100 = 100.00 (with 650101 still
            // in the set it would be 600*200/300 - 200 = 200.00).
            Map<String, String> row = built.query("SELECT * FROM marts.deep_poverty_growth WHERE fiscal_year = 2019").get(0);
            assertEquals("100.00", row.get("deep_previous"));
            assertEquals("100.00", built.warnings("DEEP_POVERTY_GROWTH_LAG").get(0).get("amount"));
            assertEquals("1.0000", row.get("growth_all"));
            assertEquals("0.0000", row.get("growth_deep"));
            assertEquals("1.0000", row.get("gap"));
        }
    }

    @Test
    void deepCountiesGrowingFasterAreNotFlagged() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            built.fixture.deepPoverty(CleanFixture.COUNTY, LocalDate.of(2017, 1, 1), null);
            countyMoney(built.fixture, "A17", CleanFixture.COUNTY, 2017, "100.00");
            countyMoney(built.fixture, "B17", CleanFixture.OTHER_COUNTY, 2017, "100.00");
            countyMoney(built.fixture, "A18", CleanFixture.COUNTY, 2018, "150.00");
            countyMoney(built.fixture, "B18", CleanFixture.OTHER_COUNTY, 2018, "150.00");
            built.build(LocalDate.of(2018, 12, 31));
            assertTrue(built.warnings("DEEP_POVERTY_GROWTH_LAG").isEmpty(), "equal growth is not a lag");
        }
    }

    @Test
    void reconciliationReportsEachReasonAndWaitsTheGraceDays() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            LocalDate received = LocalDate.of(2018, 4, 1);
            built.fixture.indicator("MATCH").docNo("D1").received(received).add()
                    .transfer("T1", "D1", "C01", CleanFixture.CENTRAL, CleanFixture.PROVINCE, "100.00", received)
                    .indicator("DIFF").docNo("D2").amount("100.00").poverty("60.00").received(received).add()
                    .transfer("T2", "D2", "C01", CleanFixture.CENTRAL, CleanFixture.PROVINCE, "90.00", received)
                    .indicator("WAIT").docNo("D3").received(received).add()
                    .transfer("T4", "D4", "C01", CleanFixture.CENTRAL, CleanFixture.PROVINCE, "33.00", received);
            built.build(received.plusDays(15));
            assertEquals(Map.of("D2", "amount_mismatch:10.00", "D4", "transfer_without_indicator:33.00"), reasons(built));
            built.build(received.plusDays(16));
            assertEquals(Map.of("D2", "amount_mismatch:10.00", "D3", "missing_transfer:100.00",
                    "D4", "transfer_without_indicator:33.00"), reasons(built));
        }
    }

    private static Map<String, String> reasons(BuiltWarehouse built) {
        return built.query("SELECT r.doc_no_normalised, w.reason, w.amount FROM marts.warnings w "
                        + "JOIN marts.reconciliation r ON r.status = w.reason AND r.fund_code = w.fund_code "
                        + "AND (r.indicator_id = w.indicator_id OR (r.indicator_id IS NULL AND w.indicator_id IS NULL)) "
                        + "WHERE w.rule = 'RECONCILIATION'").stream()
                .collect(Collectors.toMap(r -> r.get("doc_no_normalised"), r -> r.get("reason") + ":" + r.get("amount")));
    }
}
