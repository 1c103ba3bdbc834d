package io.fundtrace.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.warehouse.DuckDbEngine;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dispatch, due dates, overdue and the status as of D (rules.md "Warning lifecycle"). The scenario: an
 * orange OUT_OF_SCOPE payment P1 hitting from 10 Feb 2018, a yellow IDLE_FUNDS indicator I2 (regional
 * fund, balance 100) hitting from 1 Apr, a blue DOC_NOT_ATTACHED indicator I3 from 1 Jan; the April
 * cycle dispatches all three on 30 Apr. Expected values by hand.
 */
class LifecycleDispatchTest {
    private static final YearMonth APRIL = YearMonth.of(2018, 4);
    private static final String ORANGE = WarningIds.of("OUT_OF_SCOPE|P1");
    private static final String YELLOW = WarningIds.of("IDLE_FUNDS|I2");
    private static final String BLUE = WarningIds.of("DOC_NOT_ATTACHED|I3");

    @TempDir
    Path folder;

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2018, month, dayOfMonth);
    }

    private static void scenario(BuiltWarehouse built) {
        built.fixture.indicator("I1").from(CleanFixture.PROVINCE, CleanFixture.COUNTY).amount("1000.00").add()
                .payment("P1").indicator("I1").date(day(2, 10)).add()
                .indicator("I2").fund("R01").from(CleanFixture.PREFECTURE, CleanFixture.COUNTY).add()
                .indicator("I3").from(CleanFixture.PROVINCE, CleanFixture.COUNTY).noAttachment().add();
    }

    /** dispatched_on due_on status status_on overdue_days ("-" for empty). */
    private static String lifecycle(BuiltWarehouse built, String warningId) {
        Map<String, String> row = built.warning(warningId);
        return String.join(" ", List.of("dispatched_on", "due_on", "status", "status_on", "overdue_days").stream()
                .map(column -> row.get(column) == null ? "-" : row.get(column)).toList());
    }

    @Test
    void aDispatchShowsAtOnceWithTheDueDateOfItsLevelAndBlueHasNone() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            scenario(built);
            DispatchResult result = built.dispatch(APRIL);
            assertTrue(result.recorded());
            assertEquals(day(4, 30), result.monthEnd());
            assertEquals(result.warningsHit(), result.warningsDispatched(), "the first month dispatches every hit");
            assertEquals(List.of("warning_dispatch", "warning_lifecycle", "feedback", "warning_status", "warnings", "ledger"),
                    result.rebuild().marts().stream().map(MartBuild::mart).toList(), "only the marts downstream of the record");
            // marts.warnings as of the month end, without another build
            assertEquals("2018-04-30 2018-05-30 open - -", lifecycle(built, ORANGE));
            assertEquals("2018-04-30 2018-06-29 open - -", lifecycle(built, YELLOW));
            assertEquals("2018-04-30 - open - -", lifecycle(built, BLUE));
            assertEquals("orange", built.warning(ORANGE).get("dispatched_level"));
            built.build(day(6, 30));
            assertEquals("2018-04-30 2018-05-30 open - 31", lifecycle(built, ORANGE));
            assertEquals("2018-04-30 2018-06-29 open - 1", lifecycle(built, YELLOW));
            assertEquals("2018-04-30 - open - -", lifecycle(built, BLUE));
        }
    }

    @Test
    void aWarningIsOverdueFromTheDayAfterItsDueDate() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            scenario(built);
            built.dispatch(APRIL);
            built.build(day(5, 30));
            assertEquals("2018-04-30 2018-05-30 open - -", lifecycle(built, ORANGE));
            built.build(day(5, 31));
            assertEquals("2018-04-30 2018-05-30 open - 1", lifecycle(built, ORANGE));
            built.build(day(6, 29));
            assertEquals("2018-04-30 2018-06-29 open - -", lifecycle(built, YELLOW));
            built.build(day(6, 30));
            assertEquals("2018-04-30 2018-06-29 open - 1", lifecycle(built, YELLOW));
        }
    }

    @Test
    void overdueCountsWhileConfirmedOrRectifyingAndNotOnceClosed() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            scenario(built);
            built.fixture.rectification(ORANGE, day(5, 2), "rectifying").rectification(YELLOW, day(5, 2), "confirmed_violation")
                    .rectification(YELLOW, day(7, 1), "rectified");
            built.dispatch(APRIL);
            built.build(day(6, 30));
            assertEquals("2018-04-30 2018-05-30 rectifying 2018-05-02 31", lifecycle(built, ORANGE));
            assertEquals("2018-04-30 2018-06-29 confirmed_violation 2018-05-02 1", lifecycle(built, YELLOW));
            built.build(day(7, 1));
            assertEquals("2018-04-30 2018-06-29 rectified 2018-07-01 -", lifecycle(built, YELLOW));
        }
    }

    @Test
    void theLevelRecordedAtDispatchWinsOverALaterLevel() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            // I4 received 1 Mar, due to be issued by 31 Mar: outstanding (orange) at the April cycle, issued
            // late on 10 May (yellow from then). I5 received 15 Apr is issued late on 20 May, never dispatched.
            built.fixture.indicator("I4").received(day(3, 1)).add()
                    .indicator("I4C").parent("I4").from(CleanFixture.PROVINCE, CleanFixture.PREFECTURE).docDate(day(5, 10)).add()
                    .indicator("I5").received(day(4, 15)).docDate(day(4, 15)).add()
                    .indicator("I5C").parent("I5").from(CleanFixture.PROVINCE, CleanFixture.PREFECTURE).docDate(day(5, 20)).add();
            String dispatched = WarningIds.of("ISSUE_OVERDUE|I4");
            String notDispatched = WarningIds.of("ISSUE_OVERDUE|I5");
            built.fixture.rectification(dispatched, day(6, 1), "rectified").rectification(notDispatched, day(6, 1), "rectified");
            built.dispatch(APRIL);
            assertEquals("orange", built.warning(dispatched).get("level"));
            built.build(day(6, 30));
            Map<String, String> row = built.warning(dispatched);
            assertEquals(List.of("yellow", "orange", "issued_late"), List.of(row.get("level"), row.get("dispatched_level"), row.get("reason")));
            // the notice said orange: 30 days, and closing needs evidence
            assertEquals("2018-04-30 2018-05-30 open - 31", lifecycle(built, dispatched));
            assertEquals("no_evidence", built.query("SELECT f.reason FROM marts.feedback f WHERE f.warning_id = '" + dispatched + "'")
                    .get(0).get("reason"));
            assertEquals("yellow", built.warning(notDispatched).get("level"));
            assertEquals("- - rectified 2018-06-01 -", lifecycle(built, notDispatched));
        }
    }

    @Test
    void aDispatchedWarningThatNoLongerHitsIsResolvedByDataWithTheFieldsOfItsLastRecordedHit() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            scenario(built);
            // I2 issues 30 down on 20 May (balance 70, still idle at the May cycle) and pays on 10 June.
            built.fixture.indicator("I2C").fund("R01").parent("I2").from(CleanFixture.COUNTY, CleanFixture.OTHER_COUNTY)
                    .amount("30.00").docDate(day(5, 20)).add()
                    .payment("PAY2").fund("R01").indicator("I2").date(day(6, 10)).add();
            built.dispatch(APRIL);
            assertEquals("100.00", built.warning(YELLOW).get("amount"));
            built.dispatch(YearMonth.of(2018, 5));
            built.build(day(6, 30));
            Map<String, String> row = built.warning(YELLOW);
            assertEquals("2018-04-30 2018-06-29 resolved_by_data - -", lifecycle(built, YELLOW));
            assertEquals(List.of("false", "2018-05-31", "70.00", "yellow", "IDLE_FUNDS", "2018-06-30"),
                    List.of(row.get("hit"), row.get("last_hit_on"), row.get("amount"), row.get("level"), row.get("rule"), row.get("as_of")));
            // the ledger counts only warnings that hit as of D: reconciliation of I2 and P2 out of scope, not the idle one
            assertEquals("3", built.query("SELECT COUNT(*) AS n FROM marts.warnings WHERE fund_code = 'R01' AND region_code = '"
                    + CleanFixture.COUNTY + "'").get(0).get("n"));
            assertEquals("2", built.query("SELECT DISTINCT open_warnings FROM marts.ledger WHERE fund_code = 'R01' AND region_code = '"
                    + CleanFixture.COUNTY + "'").get(0).get("open_warnings"));
            // before it was dispatched and after it stopped, a warning is not listed at all
            built.build(day(3, 31));
            assertEquals(Map.of(), built.warning(YELLOW));
        }
    }

    @Test
    void aClosedWarningStaysClosedWhenItStopsHitting() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            scenario(built);
            built.fixture.rectification(YELLOW, day(5, 5), "rectified").payment("PAY2").fund("R01").indicator("I2").date(day(6, 10)).add();
            built.dispatch(APRIL);
            built.build(day(6, 30));
            assertEquals("2018-04-30 2018-06-29 rectified 2018-05-05 -", lifecycle(built, YELLOW));
            assertEquals("false", built.warning(YELLOW).get("hit"));
        }
    }

    @Test
    void aMonthIsDispatchedOnceAndOnlyAfterTheLatestDispatchedMonth() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            scenario(built);
            WarningDispatch dispatch = new WarningDispatch(DuckDbEngine.over(built.warehouse));
            assertEquals(Optional.empty(), dispatch.latestDispatchedMonth());
            built.dispatch(APRIL);
            List<Map<String, String>> record = record(built);
            DispatchResult again = built.dispatch(APRIL);
            assertFalse(again.recorded());
            assertEquals(null, again.rebuild());
            assertEquals(record, record(built));
            built.dispatch(YearMonth.of(2018, 6));
            List<Map<String, String>> afterJune = record(built);
            assertNotEquals(record, afterJune);
            assertFalse(built.dispatch(YearMonth.of(2018, 5)).recorded(), "an earlier month after a later one");
            assertEquals(afterJune, record(built));
            assertEquals(Optional.of(YearMonth.of(2018, 6)), dispatch.latestDispatchedMonth());
            // still dispatched on 30 Apr, once
            assertEquals(List.of(Map.of("dispatched_on", "2018-04-30")),
                    built.query("SELECT dispatched_on FROM audit.warning_dispatches WHERE warning_id = '" + ORANGE + "'"));
        }
    }

    @Test
    void aBuildAsOfAnEarlierDateAfterLaterDispatchesShowsThatDatesState() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            scenario(built);
            built.fixture.rectification(ORANGE, day(5, 10), "rectifying").rectification(ORANGE, day(6, 5), "rectified", "e.pdf")
                    .payment("PAY2").fund("R01").indicator("I2").date(day(6, 10)).add();
            built.dispatch(APRIL);
            built.build(day(5, 15));
            List<Map<String, String>> warnings = built.query("SELECT * FROM marts.warnings ORDER BY warning_id");
            List<Map<String, String>> feedback = built.query("SELECT * FROM marts.feedback ORDER BY warning_id, 2");
            built.dispatch(YearMonth.of(2018, 5));
            built.dispatch(YearMonth.of(2018, 6));
            assertEquals("rectified", built.warning(ORANGE).get("status"));
            built.build(day(5, 15));
            assertEquals(warnings, built.query("SELECT * FROM marts.warnings ORDER BY warning_id"));
            assertEquals(feedback, built.query("SELECT * FROM marts.feedback ORDER BY warning_id, 2"));
            assertEquals("2018-04-30 2018-05-30 rectifying 2018-05-10 -", lifecycle(built, ORANGE));
            assertEquals("2018-04-30 2018-06-29 open - -", lifecycle(built, YELLOW));
        }
    }

    private static List<Map<String, String>> record(BuiltWarehouse built) {
        List<Map<String, String>> rows = new java.util.ArrayList<>();
        rows.addAll(built.query("SELECT month_end, warnings_hit, warnings_dispatched FROM audit.dispatch_months ORDER BY 1"));
        rows.addAll(built.query("SELECT * FROM audit.warning_dispatches ORDER BY 1"));
        rows.addAll(built.query("SELECT month_end, warning_id, amount FROM audit.warning_month_end_hits ORDER BY 1, 2"));
        return rows;
    }
}
