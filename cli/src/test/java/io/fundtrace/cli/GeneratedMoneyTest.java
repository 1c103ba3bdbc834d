package io.fundtrace.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.ingest.Ingest;
import io.fundtrace.marts.MartRunner;
import io.fundtrace.synthetic.GeneratorOptions;
import io.fundtrace.synthetic.SyntheticDrop;
import io.fundtrace.warehouse.Warehouse;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's money behaves like real money, read the way a leader reads it - from the progress mart
 * of a real ingest and build: spending lags receipt (the province behind time progress at mid-year), stands
 * at 60-80% at the end of October with 10-20% of counties more than 10 points behind time progress and a
 * few ahead, rushes in November-December (December the largest month), and is spent by the year's end but
 * for the planted balances (the answer key is the
 * plants', which EndToEndTest and MonthlyCycleTest check row for row on the same generator).
 */
final class GeneratedMoneyTest {
    private static final String PROVINCE = "650000";
    private static final MathContext RATIO = MathContext.DECIMAL64;

    @TempDir
    static Path folder;
    static Path warehousePath;

    @BeforeAll
    static void generateLoadAndBuild() {
        Path drop = folder.resolve("drop");
        new SyntheticDrop(new GeneratorOptions(11, 0.05, 2019, 2020, "utf-8", "en", 0)).writeTo(drop);
        warehousePath = folder.resolve("warehouse.duckdb");
        try (Warehouse warehouse = Warehouse.open(warehousePath)) {
            new Ingest().ingest(warehouse, drop, LocalDate.of(2021, 3, 31));
            new MartRunner(warehouse).build(LocalDate.of(2020, 12, 31));
        }
    }

    @Test
    void theProvinceLagsAtMidYearStandsAt60To80PercentInOctoberAndSpendsEverythingByDecember() throws SQLException {
        BigDecimal june = provinceSpend(6);
        BigDecimal october = provinceSpend(10);
        BigDecimal december = provinceSpend(12);
        assertTrue(june.compareTo(new BigDecimal("0.40")) < 0, "half the year gone, spending well behind: " + june);
        assertTrue(october.compareTo(new BigDecimal("0.60")) >= 0 && october.compareTo(new BigDecimal("0.80")) <= 0,
                "October: " + october);
        // What is left at the year's end is the planted balances (CARRYOVER, SURPLUS_RECOVERY, IDLE_FUNDS).
        assertTrue(december.compareTo(new BigDecimal("0.995")) >= 0, "spent by the year's end: " + december);
    }

    @Test
    void tenToTwentyPercentOfCountiesLagTimeProgressByMoreThanTenPointsInOctoberAndAFewAreAhead() throws SQLException {
        List<BigDecimal> spends = countySpends(10);
        BigDecimal time = new BigDecimal(10).divide(new BigDecimal(12), RATIO);
        long lagging = spends.stream().filter(spend -> time.subtract(spend).compareTo(new BigDecimal("0.10")) > 0).count();
        long ahead = spends.stream().filter(spend -> spend.subtract(time).compareTo(new BigDecimal("0.05")) > 0).count();
        assertTrue(spends.size() >= 90, "every county had money: " + spends.size());
        assertTrue(lagging * 10 >= spends.size() && lagging * 5 <= spends.size(), lagging + " of " + spends.size() + " lag");
        assertTrue(ahead >= 1 && ahead * 5 <= spends.size(), ahead + " of " + spends.size() + " ahead");
    }

    @Test
    void novemberAndDecemberPayAThirdMoreThanTheMonthlyAverageOfTheYearBeforeAndDecemberMost() throws SQLException {
        BigDecimal rush = paidInMonths(11, 12).divide(new BigDecimal(2), RATIO);
        BigDecimal before = paidInMonths(1, 10).divide(new BigDecimal(10), RATIO);
        assertTrue(rush.compareTo(before.multiply(new BigDecimal("1.3"))) > 0, "a month of the rush " + rush + ", before " + before);
        BigDecimal december = paidInMonths(12, 12);
        for (int month = 1; month <= 11; month++) {
            assertTrue(december.compareTo(paidInMonths(month, month)) > 0, "December pays most, not month " + month);
        }
    }

    private static BigDecimal provinceSpend(int month) throws SQLException {
        return single("SELECT SUM(cumulative_paid) / SUM(cumulative_received) FROM marts.progress "
                + "WHERE region_code = ? AND year = 2020 AND month = " + month, PROVINCE);
    }

    private static BigDecimal paidInMonths(int from, int to) throws SQLException {
        return single("SELECT SUM(paid) FROM marts.progress WHERE region_code = ? AND year = 2020 AND month BETWEEN "
                + from + " AND " + to, PROVINCE);
    }

    private static List<BigDecimal> countySpends(int month) throws SQLException {
        List<BigDecimal> spends = new ArrayList<>();
        try (Warehouse warehouse = Warehouse.open(warehousePath);
             PreparedStatement statement = warehouse.connection().prepareStatement(
                     "SELECT SUM(p.cumulative_paid), SUM(p.cumulative_received) FROM marts.progress p "
                     + "JOIN model.dim_region r ON r.region_code = p.region_code "
                     + "WHERE r.level = 'county' AND p.year = 2020 AND p.month = ? GROUP BY p.region_code "
                     + "HAVING SUM(p.cumulative_received) > 0")) {
            statement.setInt(1, month);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    spends.add(result.getBigDecimal(1).divide(result.getBigDecimal(2), RATIO));
                }
            }
        }
        return spends;
    }

    private static BigDecimal single(String select, String region) throws SQLException {
        try (Warehouse warehouse = Warehouse.open(warehousePath);
             PreparedStatement statement = warehouse.connection().prepareStatement(select)) {
            statement.setString(1, region);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return new BigDecimal(result.getString(1));
            }
        }
    }
}
