package io.fundtrace.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules.md v1.2 "Deep-poverty growth so far this year": the year-to-date comparison, never a warning. */
class DeepPovertyGrowthYearToDateTest {
    private static final String COLUMNS = "fund_code, province_code, fiscal_year, all_previous, all_current, deep_previous,"
            + " deep_current, growth_all, growth_deep, gap, shortfall, lagging, skipped_reason, as_of, comparison_date";

    @TempDir
    Path folder;

    private static void countyMoney(CleanFixture fixture, String id, String fund, String county, int year, String amount, LocalDate doc) {
        fixture.indicator(id).fund(fund).from(CleanFixture.PREFECTURE, county).year(year).amount(amount).docDate(doc).add();
    }

    @Test
    void onTheTwentyNinthOfFebruaryTheYearBeforeIsCountedToTheTwentyEighth() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            built.fixture.deepPoverty(CleanFixture.COUNTY, LocalDate.of(2017, 1, 1), null).fund("C02", "central", null);
            // 2019 up to 28 Feb 2019: all p = 300, deep p' = 100; the 1 Mar row comes later in the year.
            countyMoney(built.fixture, "A19", "C01", CleanFixture.COUNTY, 2019, "100.00", LocalDate.of(2019, 2, 28));
            countyMoney(built.fixture, "B19", "C01", CleanFixture.OTHER_COUNTY, 2019, "200.00", LocalDate.of(2019, 2, 28));
            countyMoney(built.fixture, "C19", "C01", CleanFixture.COUNTY, 2019, "999.00", LocalDate.of(2019, 3, 1));
            // 2020 up to 29 Feb 2020, an advance indicator of December 2019 included: a = 505, a' = 105.
            countyMoney(built.fixture, "D20", "C01", CleanFixture.COUNTY, 2020, "105.00", LocalDate.of(2020, 2, 29));
            countyMoney(built.fixture, "E20", "C01", CleanFixture.OTHER_COUNTY, 2020, "300.00", LocalDate.of(2020, 2, 29));
            countyMoney(built.fixture, "G20", "C01", CleanFixture.OTHER_COUNTY, 2020, "100.00", LocalDate.of(2019, 12, 20));
            countyMoney(built.fixture, "F20", "C01", CleanFixture.COUNTY, 2020, "50.00", LocalDate.of(2020, 3, 1));
            countyMoney(built.fixture, "N20", "C02", CleanFixture.COUNTY, 2020, "10.00", LocalDate.of(2020, 1, 5));
            built.build(LocalDate.of(2020, 2, 29));
            List<Map<String, String>> rows = built.query("SELECT " + COLUMNS + " FROM marts.deep_poverty_growth_ytd ORDER BY fund_code");
            // growth_all 205/300 = 0.68333, growth_deep 5/100 = 0.05, gap (505*100 - 105*300)/(300*100) = 0.63333,
            // shortfall 505*100/300 - 105 = 63.333 -> 63.33; lagging: 105*300 < 505*100.
            assertEquals(Arrays.asList("C01", CleanFixture.PROVINCE, "2020", "300.00", "505.00", "100.00", "105.00", "0.6833", "0.0500",
                    "0.6333", "63.33", "true", null, "2020-02-29", "2019-02-28"), new ArrayList<>(rows.get(0).values()));
            assertEquals(Arrays.asList("C02", CleanFixture.PROVINCE, "2020", "0.00", "10.00", "0.00", "10.00", null, null,
                    null, null, "false", "no_base_year", "2020-02-29", "2019-02-28"), new ArrayList<>(rows.get(1).values()));
            assertEquals(2, rows.size());
            assertTrue(built.query("SELECT * FROM marts.warnings WHERE rule = 'DEEP_POVERTY_GROWTH_LAG'").isEmpty(), "never a warning");
            built.build(LocalDate.of(2020, 3, 1));
            Map<String, String> march = built.query("SELECT all_previous, deep_previous, all_current, comparison_date"
                    + " FROM marts.deep_poverty_growth_ytd WHERE fund_code = 'C01'").get(0);
            assertEquals(List.of("1299.00", "1099.00", "555.00", "2019-03-01"), List.copyOf(march.values()));
        }
    }
}
