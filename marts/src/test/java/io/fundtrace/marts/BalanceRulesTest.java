package io.fundtrace.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CARRYOVER, SURPLUS_RECOVERY, IDLE_FUNDS and OVERSPEND: the rules on an indicator's balance. */
class BalanceRulesTest {
    @TempDir
    Path folder;

    private CleanFixture countyIndicator(BuiltWarehouse built, String id, String amount, String poverty) {
        return built.fixture.indicator(id).from(CleanFixture.PREFECTURE, CleanFixture.COUNTY)
                .amount(amount).poverty(poverty).received(LocalDate.of(2018, 2, 1)).add();
    }

    @Test
    void aRefundRaisesTheBalanceAndOnlyThePovertyShareCounts() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            countyIndicator(built, "I1", "500.00", "100.00")
                    .payment("P1").indicator("I1").amount("80.00").add()
                    .payment("P2").indicator("I1").amount("-30.00").date(LocalDate.of(2018, 7, 1)).add();
            built.build(LocalDate.of(2018, 12, 31));
            Map<String, String> hit = built.warnings("CARRYOVER").get(0);
            assertEquals("50.00", hit.get("amount"));
            assertEquals("yellow", hit.get("level"));
            assertTrue(built.warnings("SURPLUS_RECOVERY").isEmpty());
            assertTrue(built.warnings("OVERSPEND").isEmpty());
        }
    }

    @Test
    void carryoverTurnsIntoSurplusRecoveryOnTheSecondYearEnd() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            countyIndicator(built, "I1", "100.00", "100.00").payment("P1").indicator("I1").amount("40.00").add();
            built.build(LocalDate.of(2018, 12, 30));
            assertTrue(built.warnings("CARRYOVER").isEmpty());
            built.build(LocalDate.of(2019, 12, 30));
            assertEquals(1, built.warnings("CARRYOVER").size());
            assertTrue(built.warnings("SURPLUS_RECOVERY").isEmpty());
            built.build(LocalDate.of(2019, 12, 31));
            assertTrue(built.warnings("CARRYOVER").isEmpty());
            Map<String, String> hit = built.warnings("SURPLUS_RECOVERY").get(0);
            assertEquals("60.00", hit.get("amount"));
            assertEquals(null, hit.get("reason"));
            assertEquals("orange", hit.get("level"));
        }
    }

    @Test
    void anEndedProjectWithAllocatedButUnpaidMoneyIsRecovered() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            countyIndicator(built, "I1", "100.00", "100.00")
                    .project("PR1", CleanFixture.OTHER_COUNTY, true, LocalDate.of(2018, 1, 1), "完工", LocalDate.of(2018, 9, 30))
                    .project("PR2", CleanFixture.COUNTY, true, LocalDate.of(2018, 1, 1), "实施", null)
                    .allocation("A1", "I1", "PR1", "60.00", LocalDate.of(2018, 3, 1))
                    .allocation("A2", "I1", "PR2", "40.00", LocalDate.of(2018, 3, 1))
                    .payment("P1").indicator("I1").project("PR1").amount("45.00").add();
            built.build(LocalDate.of(2018, 9, 29));
            assertTrue(built.warnings("SURPLUS_RECOVERY").isEmpty());
            built.build(LocalDate.of(2018, 9, 30));
            List<Map<String, String>> hits = built.warnings("SURPLUS_RECOVERY");
            assertEquals(1, hits.size(), hits.toString());
            assertEquals("project_ended", hits.get(0).get("reason"));
            assertEquals("15.00", hits.get(0).get("amount"));
            assertEquals("PR1", hits.get(0).get("project_id"));
            assertEquals(CleanFixture.OTHER_COUNTY, hits.get(0).get("region_code"));
        }
    }

    @Test
    void idleFundsNeedNinetyDaysWithoutAnyPayment() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            countyIndicator(built, "IDLE", "100.00", "100.00");
            countyIndicator(built, "USED", "100.00", "100.00").payment("P1").indicator("USED").amount("1.00").date(LocalDate.of(2018, 3, 1)).add();
            LocalDate received = LocalDate.of(2018, 2, 1);
            built.build(received.plusDays(89));
            assertTrue(built.warnings("IDLE_FUNDS").isEmpty());
            built.build(received.plusDays(90));
            List<Map<String, String>> hits = built.warnings("IDLE_FUNDS");
            assertEquals(1, hits.size(), hits.toString());
            assertEquals("IDLE", hits.get(0).get("indicator_id"));
        }
    }

    @Test
    void overspendCountsWhatWasIssuedDown() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            built.fixture.indicator("TOP").from(CleanFixture.PROVINCE, CleanFixture.PREFECTURE).amount("100.00").add()
                    .indicator("DOWN").parent("TOP").from(CleanFixture.PREFECTURE, CleanFixture.COUNTY).amount("70.00").add()
                    .payment("P1").indicator("TOP").amount("50.00").add();
            built.build(LocalDate.of(2018, 6, 30));
            Map<String, String> hit = built.warnings("OVERSPEND").get(0);
            assertEquals("TOP", hit.get("indicator_id"));
            assertEquals("20.00", hit.get("amount"));
        }
    }
}
