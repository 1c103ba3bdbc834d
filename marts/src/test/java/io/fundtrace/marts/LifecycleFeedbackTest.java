package io.fundtrace.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feedback checks of rules.md "Warning lifecycle": one test per path of the state machine, on
 * warnings that hit as of D without a dispatch (their lifecycle level is their level as of D).
 * Orange warnings are OUT_OF_SCOPE payments without a project, hitting from 10 Feb 2018; a yellow one
 * is PAID_BEFORE_RECEIVED, a blue one DOC_NOT_ATTACHED. Each log row reads
 * "at status outcome reason status_before status_after" ("-" for empty); expected values by hand.
 */
class LifecycleFeedbackTest {
    private static final LocalDate AS_OF = LocalDate.of(2018, 6, 30);
    private static final LocalDate PAID = LocalDate.of(2018, 2, 10);

    @TempDir
    Path folder;

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2018, month, dayOfMonth);
    }

    /** Orange warnings OUT_OF_SCOPE|P1 .. P<count>, one per payment without a project, hitting from PAID. */
    private static String[] orange(BuiltWarehouse built, int count) {
        built.fixture.indicator("I1").from(CleanFixture.PROVINCE, CleanFixture.COUNTY).amount("1000.00").add();
        String[] ids = new String[count];
        for (int i = 1; i <= count; i++) {
            built.fixture.payment("P" + i).indicator("I1").date(PAID).add();
            ids[i - 1] = WarningIds.of("OUT_OF_SCOPE|P" + i);
        }
        return ids;
    }

    private static List<String> log(BuiltWarehouse built, String warningId) {
        return built.query("SELECT f.at, f.status, f.outcome, f.reason, f.status_before, f.status_after FROM marts.feedback f"
                        + " WHERE f.warning_id = '" + warningId + "' ORDER BY f.at").stream()
                .map(row -> row.values().stream().map(v -> v == null ? "-" : v).collect(Collectors.joining(" ")))
                .toList();
    }

    private static String statusOf(BuiltWarehouse built, String warningId) {
        Map<String, String> row = built.warning(warningId);
        return row.get("status") + " " + (row.get("status_on") == null ? "-" : row.get("status_on"));
    }

    @Test
    void fromOpenEveryStatusIsAccepted() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            String[] w = orange(built, 4);
            built.fixture.rectification(w[0], day(3, 1), "confirmed_violation")
                    .rectification(w[1], day(3, 2), "rectifying")
                    .rectification(w[2], day(3, 3), "rectified", "evidence/w2.pdf")
                    .rectification(w[3], day(3, 4), "confirmed_normal", "evidence/w3.pdf");
            built.build(AS_OF);
            assertEquals(List.of("2018-03-01 confirmed_violation accepted - open confirmed_violation"), log(built, w[0]));
            assertEquals(List.of("2018-03-02 rectifying accepted - open rectifying"), log(built, w[1]));
            assertEquals(List.of("2018-03-03 rectified accepted - open rectified"), log(built, w[2]));
            assertEquals(List.of("2018-03-04 confirmed_normal accepted - open confirmed_normal"), log(built, w[3]));
            assertEquals("confirmed_violation 2018-03-01", statusOf(built, w[0]));
            assertEquals("rectifying 2018-03-02", statusOf(built, w[1]));
            assertEquals("rectified 2018-03-03", statusOf(built, w[2]));
            assertEquals("confirmed_normal 2018-03-04", statusOf(built, w[3]));
        }
    }

    @Test
    void theAllowedTransitionsAfterOpenAreAccepted() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            String[] w = orange(built, 3);
            built.fixture.rectification(w[0], day(3, 1), "confirmed_violation").rectification(w[0], day(3, 5), "rectifying")
                    .rectification(w[1], day(3, 1), "confirmed_violation").rectification(w[1], day(3, 6), "rectified", "e.pdf")
                    .rectification(w[2], day(3, 1), "rectifying").rectification(w[2], day(3, 7), "rectified", "e.pdf");
            built.build(AS_OF);
            assertEquals(List.of("2018-03-01 confirmed_violation accepted - open confirmed_violation",
                    "2018-03-05 rectifying accepted - confirmed_violation rectifying"), log(built, w[0]));
            assertEquals(List.of("2018-03-01 confirmed_violation accepted - open confirmed_violation",
                    "2018-03-06 rectified accepted - confirmed_violation rectified"), log(built, w[1]));
            assertEquals(List.of("2018-03-01 rectifying accepted - open rectifying",
                    "2018-03-07 rectified accepted - rectifying rectified"), log(built, w[2]));
            assertEquals("rectifying 2018-03-05", statusOf(built, w[0]));
            assertEquals("rectified 2018-03-06", statusOf(built, w[1]));
            assertEquals("rectified 2018-03-07", statusOf(built, w[2]));
        }
    }

    @Test
    void theRefusedTransitionsAreRejectedAndChangeNothing() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            String[] w = orange(built, 3);
            built.fixture.rectification(w[0], day(3, 1), "confirmed_violation")
                    .rectification(w[0], day(3, 5), "confirmed_normal", "e.pdf")
                    .rectification(w[1], day(3, 1), "rectifying").rectification(w[1], day(3, 5), "confirmed_violation")
                    .rectification(w[2], day(3, 1), "rectifying").rectification(w[2], day(3, 5), "confirmed_normal", "e.pdf")
                    // after a refused row the status is what it was: a repeat is accepted without a new status_on
                    .rectification(w[2], day(3, 9), "rectifying");
            built.build(AS_OF);
            assertEquals(List.of("2018-03-01 confirmed_violation accepted - open confirmed_violation",
                    "2018-03-05 confirmed_normal rejected bad_transition confirmed_violation confirmed_violation"), log(built, w[0]));
            assertEquals(List.of("2018-03-01 rectifying accepted - open rectifying",
                    "2018-03-05 confirmed_violation rejected bad_transition rectifying rectifying"), log(built, w[1]));
            assertEquals(List.of("2018-03-01 rectifying accepted - open rectifying",
                    "2018-03-05 confirmed_normal rejected bad_transition rectifying rectifying",
                    "2018-03-09 rectifying accepted - rectifying rectifying"), log(built, w[2]));
            assertEquals("confirmed_violation 2018-03-01", statusOf(built, w[0]));
            assertEquals("rectifying 2018-03-01", statusOf(built, w[1]));
            assertEquals("rectifying 2018-03-01", statusOf(built, w[2]));
        }
    }

    @Test
    void aRowRepeatingTheStatusIsAcceptedAndKeepsStatusOn() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            String[] w = orange(built, 2);
            built.fixture.rectification(w[0], day(3, 1), "confirmed_violation").rectification(w[0], day(4, 1), "confirmed_violation")
                    .rectification(w[1], day(3, 2), "rectifying").rectification(w[1], day(4, 2), "rectifying");
            built.build(AS_OF);
            assertEquals(List.of("2018-03-01 confirmed_violation accepted - open confirmed_violation",
                    "2018-04-01 confirmed_violation accepted - confirmed_violation confirmed_violation"), log(built, w[0]));
            assertEquals(List.of("2018-03-02 rectifying accepted - open rectifying",
                    "2018-04-02 rectifying accepted - rectifying rectifying"), log(built, w[1]));
            assertEquals("confirmed_violation 2018-03-01", statusOf(built, w[0]));
            assertEquals("rectifying 2018-03-02", statusOf(built, w[1]));
        }
    }

    @Test
    void aClosedWarningRejectsEveryLaterRowAsAfterClosed() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            String[] w = orange(built, 2);
            built.fixture.rectification(w[0], day(3, 1), "rectified", "e.pdf")
                    .rectification(w[0], day(3, 5), "rectifying")
                    // also a repeat of the closing status, and a row that lacks evidence: after_closed comes first
                    .rectification(w[0], day(3, 9), "rectified")
                    .rectification(w[1], day(3, 1), "confirmed_normal", "e.pdf")
                    .rectification(w[1], day(3, 5), "confirmed_violation");
            built.build(AS_OF);
            assertEquals(List.of("2018-03-01 rectified accepted - open rectified",
                    "2018-03-05 rectifying rejected after_closed rectified rectified",
                    "2018-03-09 rectified rejected after_closed rectified rectified"), log(built, w[0]));
            assertEquals(List.of("2018-03-01 confirmed_normal accepted - open confirmed_normal",
                    "2018-03-05 confirmed_violation rejected after_closed confirmed_normal confirmed_normal"), log(built, w[1]));
            assertEquals("rectified 2018-03-01", statusOf(built, w[0]));
            assertEquals("confirmed_normal 2018-03-01", statusOf(built, w[1]));
        }
    }

    @Test
    void anOrangeWarningClosesOnlyWithEvidenceAndBadTransitionComesFirst() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            String[] w = orange(built, 3);
            built.fixture.rectification(w[0], day(3, 1), "rectified")
                    .rectification(w[0], day(3, 5), "rectified", "  ")
                    .rectification(w[0], day(3, 9), "rectified", "evidence/w0.pdf")
                    // the first row short of evidence changes nothing: confirmed_normal is still asked from open
                    .rectification(w[1], day(3, 1), "confirmed_normal")
                    .rectification(w[1], day(3, 5), "confirmed_normal", "evidence/w1.pdf")
                    .rectification(w[2], day(3, 1), "confirmed_violation")
                    .rectification(w[2], day(3, 5), "confirmed_normal");
            built.build(AS_OF);
            assertEquals(List.of("2018-03-01 rectified rejected no_evidence open open",
                    "2018-03-05 rectified rejected no_evidence open open",
                    "2018-03-09 rectified accepted - open rectified"), log(built, w[0]));
            assertEquals(List.of("2018-03-01 confirmed_normal rejected no_evidence open open",
                    "2018-03-05 confirmed_normal accepted - open confirmed_normal"), log(built, w[1]));
            assertEquals(List.of("2018-03-01 confirmed_violation accepted - open confirmed_violation",
                    "2018-03-05 confirmed_normal rejected bad_transition confirmed_violation confirmed_violation"), log(built, w[2]));
            assertEquals("rectified 2018-03-09", statusOf(built, w[0]));
        }
    }

    @Test
    void yellowAndBlueWarningsCloseWithoutEvidence() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            built.fixture.indicator("I2").from(CleanFixture.PROVINCE, CleanFixture.COUNTY).received(day(3, 1)).add()
                    .payment("EARLY").indicator("I2").date(PAID).add()
                    .indicator("I3").from(CleanFixture.PROVINCE, CleanFixture.COUNTY).noAttachment().add();
            String yellow = WarningIds.of("PAID_BEFORE_RECEIVED|EARLY");
            String blue = WarningIds.of("DOC_NOT_ATTACHED|I3");
            built.fixture.rectification(yellow, day(4, 1), "rectified").rectification(blue, day(4, 1), "confirmed_normal");
            built.build(AS_OF);
            assertEquals("yellow", built.warning(yellow).get("level"));
            assertEquals(List.of("2018-04-01 rectified accepted - open rectified"), log(built, yellow));
            assertEquals(List.of("2018-04-01 confirmed_normal accepted - open confirmed_normal"), log(built, blue));
        }
    }

    @Test
    void aRowOfNoKnownWarningIsListedAsUnknownWithoutStatusOrRegion() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            orange(built, 1);
            built.fixture.rectification("0000000000000000", day(3, 1), "rectified", "e.pdf");
            built.build(AS_OF);
            List<Map<String, String>> rows = built.query("SELECT f.at, f.outcome, f.reason, f.status_before, f.status_after,"
                    + " f.by_staff, f.evidence, f.region_code, f.fund_code FROM marts.feedback f WHERE f.warning_id = '0000000000000000'");
            Map<String, String> expected = new java.util.LinkedHashMap<>();
            expected.put("at", "2018-03-01");
            expected.put("outcome", "rejected");
            expected.put("reason", "unknown_warning");
            expected.put("status_before", null);
            expected.put("status_after", null);
            expected.put("by_staff", "S1");
            expected.put("evidence", "e.pdf");
            expected.put("region_code", null);
            expected.put("fund_code", null);
            assertEquals(List.of(expected), rows);
            assertEquals(Map.of(), built.warning("0000000000000000"));
        }
    }

    @Test
    void aRowDatedBeforeItsWarningExistedIsAcceptedOnceTheWarningExists() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            String[] w = orange(built, 1);
            built.fixture.rectification(w[0], day(1, 20), "rectifying");
            built.build(day(2, 9));
            assertEquals(List.of("2018-01-20 rectifying rejected unknown_warning - -"), log(built, w[0]));
            built.build(PAID);
            assertEquals(List.of("2018-01-20 rectifying accepted - open rectifying"), log(built, w[0]));
            assertEquals("rectifying 2018-01-20", statusOf(built, w[0]));
            Map<String, String> row = built.query("SELECT f.region_code, f.fund_code, f.department, f.lifecycle_level, f.rule"
                    + " FROM marts.feedback f WHERE f.warning_id = '" + w[0] + "'").get(0);
            assertEquals(List.of(CleanFixture.COUNTY, "C01", "农业处", "orange", "OUT_OF_SCOPE"), List.copyOf(row.values()));
        }
    }
}
