package io.fundtrace.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssueOverdueRuleTest {
    private static final LocalDate RECEIVED = LocalDate.of(2018, 3, 1);

    @TempDir
    Path folder;

    @Test
    void issuingOnDayThirtyIsOnTimeAndOnDayThirtyOneIsLate() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            built.fixture.indicator("ON_TIME").received(RECEIVED).add()
                    .indicator("ON_TIME_CHILD").parent("ON_TIME").from(CleanFixture.PROVINCE, CleanFixture.COUNTY)
                    .docDate(RECEIVED.plusDays(30)).add()
                    .indicator("LATE").received(RECEIVED).add()
                    .indicator("LATE_CHILD").parent("LATE").from(CleanFixture.PROVINCE, CleanFixture.COUNTY)
                    .docDate(RECEIVED.plusDays(31)).add();
            built.build(LocalDate.of(2018, 6, 30));
            List<Map<String, String>> hits = built.warnings("ISSUE_OVERDUE");
            assertEquals(1, hits.size(), hits.toString());
            Map<String, String> hit = hits.get(0);
            assertEquals("LATE", hit.get("indicator_id"));
            assertEquals("issued_late", hit.get("reason"));
            assertEquals("yellow", hit.get("level"));
            assertEquals("1", hit.get("days"));
            assertEquals("100.00", hit.get("amount"));
            assertEquals(CleanFixture.PROVINCE, hit.get("region_code"));
            assertEquals("H-LATE", hit.get("handler_id"));
            assertEquals("农业处", hit.get("department"));
            assertEquals("new", hit.get("status"), "never dispatched (rules.md v1.2)");
        }
    }

    @Test
    void partialIssuanceLeavesTheRestLateAndOutstandingCountsDaysToAsOf() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            built.fixture.indicator("PART").received(RECEIVED).amount("100.00").add()
                    .indicator("PART_CHILD").parent("PART").from(CleanFixture.PROVINCE, CleanFixture.COUNTY)
                    .amount("30.00").docDate(RECEIVED.plusDays(10)).add()
                    .payment("PAY").indicator("PART").amount("20.00").date(RECEIVED.plusDays(40)).add();
            LocalDate asOf = LocalDate.of(2018, 4, 30);
            built.build(asOf);
            Map<String, String> hit = built.warnings("ISSUE_OVERDUE").get(0);
            assertEquals("70.00", hit.get("amount"));
            assertEquals("outstanding", hit.get("reason"));
            assertEquals("orange", hit.get("level"));
            assertEquals(String.valueOf(asOf.toEpochDay() - RECEIVED.plusDays(30).toEpochDay()), hit.get("days"));
        }
    }

    @Test
    void issuedLateDaysStartWhenDistributionLastReachedTheAmount() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            // Paid in full on day 35, refunded on day 40, paid again on day 50: settled on day 50.
            built.fixture.indicator("DIP").received(RECEIVED).add()
                    .payment("P1").indicator("DIP").amount("100.00").date(RECEIVED.plusDays(35)).add()
                    .payment("P2").indicator("DIP").amount("-10.00").date(RECEIVED.plusDays(40)).add()
                    .payment("P3").indicator("DIP").amount("10.00").date(RECEIVED.plusDays(50)).add()
                    .indicator("EXEMPT").received(RECEIVED).exempt().add()
                    .indicator("REGIONAL").fund("R01").received(RECEIVED).add()
                    .indicator("COUNTY").from(CleanFixture.PREFECTURE, CleanFixture.COUNTY).received(RECEIVED).add();
            built.build(LocalDate.of(2018, 6, 30));
            List<Map<String, String>> hits = built.warnings("ISSUE_OVERDUE");
            assertEquals(1, hits.size(), hits.toString());
            assertEquals("issued_late", hits.get(0).get("reason"));
            assertEquals("20", hits.get(0).get("days"));
        }
    }

    @Test
    void notLateBeforeTheDeadlineHasPassed() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            built.fixture.indicator("WAIT").received(RECEIVED).add();
            built.build(RECEIVED.plusDays(30));
            assertTrue(built.warnings("ISSUE_OVERDUE").isEmpty());
            built.build(RECEIVED.plusDays(31));
            assertEquals(1, built.warnings("ISSUE_OVERDUE").size());
        }
    }
}
