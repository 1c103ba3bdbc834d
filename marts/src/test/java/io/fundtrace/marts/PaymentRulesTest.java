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

/** OUT_OF_SCOPE, PAID_BEFORE_RECEIVED and DUPLICATE_PAYEE: the rules on single payments. */
class PaymentRulesTest {
    private static final LocalDate PAID = LocalDate.of(2018, 6, 1);

    @TempDir
    Path folder;

    private static Map<String, String> byPayment(List<Map<String, String>> hits, String column) {
        return hits.stream().collect(Collectors.toMap(h -> h.get("payment_id"), h -> String.valueOf(h.get(column))));
    }

    @Test
    void outOfScopeListsEveryReasonInTheDefinedOrder() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            built.fixture.fund("C36", "central", "special_poverty")
                    .scopeRule("special_poverty", "econ_deny", "3010")
                    .scopeRule("special_poverty", "func_allow", "21305")
                    .indicator("I1").fund("C36").from(CleanFixture.PREFECTURE, CleanFixture.COUNTY).add()
                    .indicator("I0").from(CleanFixture.PREFECTURE, CleanFixture.COUNTY).add()
                    .project("OK", CleanFixture.COUNTY, true, PAID, "实施", null)
                    .project("BAD", CleanFixture.OTHER_COUNTY, false, PAID.plusDays(1), "实施", null)
                    .payment("CLEAN").indicator("I1").fund("C36").project("OK").add()
                    .payment("ALL").indicator("I1").fund("C36").project("BAD").econ("30101").func("2080101").add()
                    .payment("NONE").indicator("I1").fund("C36").add()
                    .payment("GHOST").indicator("I0").project("NOT_IN_LIBRARY").econ("30101").func("2080101").add()
                    .payment("REFUND").indicator("I1").fund("C36").econ("30101").project("OK").amount("-5.00").add();
            built.build(PAID);
            Map<String, String> reasons = byPayment(built.warnings("OUT_OF_SCOPE"), "reason");
            assertEquals(Map.of(
                    "ALL", "econ_denied;func_not_allowed;project_not_in_plan;project_not_approved;project_other_county",
                    "NONE", "project_missing",
                    "GHOST", "project_missing"), reasons);
        }
    }

    @Test
    void paidBeforeReceivedComparesWithTheReceiptOrTheDocDate() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            built.fixture.indicator("LATE_RECEIPT").from(CleanFixture.PREFECTURE, CleanFixture.COUNTY)
                    .docDate(LocalDate.of(2018, 5, 1)).received(PAID.plusDays(1)).add()
                    .indicator("NO_RECEIPT").from(CleanFixture.PREFECTURE, CleanFixture.COUNTY).docDate(PAID).add()
                    .payment("EARLY").indicator("LATE_RECEIPT").add()
                    .payment("SAME_DAY").indicator("NO_RECEIPT").add();
            built.build(PAID.plusDays(5));
            assertEquals(Map.of("EARLY", "10.00"), byPayment(built.warnings("PAID_BEFORE_RECEIVED"), "amount"));
        }
    }

    @Test
    void samePersonTwiceInAMonthForOneFundAndProject() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            built.fixture.indicator("I1").from(CleanFixture.PREFECTURE, CleanFixture.COUNTY).add()
                    .project("PR", CleanFixture.COUNTY, true, LocalDate.of(2018, 1, 1), "实施", null)
                    .payment("P3").indicator("I1").project("PR").payee("person", "X", null).date(LocalDate.of(2018, 6, 20)).amount("30.00").add()
                    .payment("P1").indicator("I1").project("PR").payee("person", "X", null).date(LocalDate.of(2018, 6, 2)).amount("10.00").add()
                    .payment("P2").indicator("I1").project("PR").payee("person", "X", null).date(LocalDate.of(2018, 6, 2)).amount("20.00").add()
                    .payment("P4").indicator("I1").project("PR").payee("person", "X", null).date(LocalDate.of(2018, 7, 1)).add()
                    .payment("P5").indicator("I1").project("PR").payee("enterprise", "Y", null).add()
                    .payment("P6").indicator("I1").project("PR").payee("enterprise", "Y", null).add();
            built.build(LocalDate.of(2018, 7, 31));
            List<Map<String, String>> hits = built.warnings("DUPLICATE_PAYEE");
            assertEquals(1, hits.size(), hits.toString());
            assertEquals("same_month", hits.get(0).get("reason"));
            assertEquals("P2", hits.get(0).get("payment_id"));
            assertEquals("50.00", hits.get(0).get("amount"));
        }
    }

    @Test
    void candidateGroupsThatAreNoDuplicates() {
        // The rule first keeps the payees paid twice in a month and the accounts with five person payments in
        // a year, then groups those exactly: two projects in one month, or one person paid five times into an
        // account, pass the first step and must not hit.
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            built.fixture.indicator("I1").from(CleanFixture.PREFECTURE, CleanFixture.COUNTY).add()
                    .indicator("I2").fund("R01").from(CleanFixture.PREFECTURE, CleanFixture.COUNTY).add()
                    .project("PR", CleanFixture.COUNTY, true, LocalDate.of(2018, 1, 1), "实施", null)
                    .project("PQ", CleanFixture.COUNTY, true, LocalDate.of(2018, 1, 1), "实施", null)
                    .payment("A1").indicator("I1").project("PR").payee("person", "X", null).date(LocalDate.of(2018, 6, 2)).add()
                    .payment("A2").indicator("I1").project("PQ").payee("person", "X", null).date(LocalDate.of(2018, 6, 3)).add()
                    .payment("A3").indicator("I2").fund("R01").project("PR").payee("person", "X", null).date(LocalDate.of(2018, 6, 4)).add()
                    .payment("A4").indicator("I1").payee("person", "X", null).date(LocalDate.of(2018, 6, 5)).add();
            for (int payment = 1; payment <= 5; payment++) {
                built.fixture.payment("B" + payment).indicator("I1").payee("person", "P" + (payment % 2), "ACC")
                        .date(LocalDate.of(2018, payment, 10)).add();
            }
            built.build(LocalDate.of(2018, 12, 31));
            assertTrue(built.warnings("DUPLICATE_PAYEE").isEmpty(), built.warnings("DUPLICATE_PAYEE").toString());
        }
    }

    @Test
    void oneAccountForFivePeopleInAYear() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            built.fixture.indicator("I1").from(CleanFixture.PREFECTURE, CleanFixture.COUNTY).add();
            for (int person = 1; person <= 5; person++) {
                built.fixture.payment("S" + person).indicator("I1").payee("person", "X" + person, "ACC")
                        .date(LocalDate.of(2018, person, 10)).add();
                built.fixture.payment("T" + person).indicator("I1").payee("person", "Z" + person, "ACC2")
                        .date(LocalDate.of(2018 + person / 5, person, 10)).add();
            }
            built.fixture.payment("U1").indicator("I1").payee("unit", "UNIT", "ACC").date(LocalDate.of(2018, 1, 5)).add();
            built.build(LocalDate.of(2019, 12, 31));
            List<Map<String, String>> hits = built.warnings("DUPLICATE_PAYEE");
            assertEquals(1, hits.size(), hits.toString());
            assertEquals("shared_account", hits.get(0).get("reason"));
            assertEquals("U1", hits.get(0).get("payment_id"));
            assertEquals("60.00", hits.get(0).get("amount"));
            assertEquals("2018", hits.get(0).get("fiscal_year"));
            built.build(LocalDate.of(2018, 5, 9));
            assertTrue(built.warnings("DUPLICATE_PAYEE").isEmpty(), "the fifth person is paid after D");
        }
    }

    /**
     * rules.md: the handler and reviewer "of the row the grain names, or of its indicator where that row has
     * none" - a payment's are optional, so an empty one is its indicator's, field by field, in every rule on
     * payments.
     */
    @Test
    void aPaymentWithoutHandlerOrReviewerNamesItsIndicatorsInItsWarnings() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            built.fixture.indicator("I1").from(CleanFixture.PREFECTURE, CleanFixture.COUNTY).received(PAID.plusDays(1)).add()
                    .payment("NOBODY").indicator("I1").staff(null, null).add()
                    .payment("HANDLED").indicator("I1").staff("PH-HANDLED", null).add()
                    .payment("BOTH").indicator("I1").add()
                    .payment("TWICE1").indicator("I1").payee("person", "X", null).staff(null, null).add()
                    .payment("TWICE2").indicator("I1").payee("person", "X", null).staff(null, "PR-TWICE2").add();
            built.build(PAID.plusDays(5));
            List<Map<String, String>> hits = built.warnings("PAID_BEFORE_RECEIVED");
            assertEquals(Map.of("NOBODY", "H-I1|V-I1", "HANDLED", "PH-HANDLED|V-I1", "BOTH", "PH-BOTH|PR-BOTH",
                    "TWICE1", "H-I1|V-I1", "TWICE2", "H-I1|PR-TWICE2"), staff(hits));
            assertEquals(Map.of("NOBODY", "H-I1|V-I1", "HANDLED", "PH-HANDLED|V-I1", "BOTH", "PH-BOTH|PR-BOTH",
                    "TWICE1", "H-I1|V-I1", "TWICE2", "H-I1|PR-TWICE2"), staff(built.warnings("OUT_OF_SCOPE")), "no project: out of scope");
            // P-0 (BOTH, HANDLED, NOBODY: the second is HANDLED) and X (TWICE1, TWICE2)
            assertEquals(Map.of("HANDLED", "PH-HANDLED|V-I1", "TWICE2", "H-I1|PR-TWICE2"), staff(built.warnings("DUPLICATE_PAYEE")));
        }
    }

    private static Map<String, String> staff(List<Map<String, String>> hits) {
        return hits.stream().collect(Collectors.toMap(h -> h.get("payment_id"), h -> h.get("handler_id") + "|" + h.get("reviewer_id")));
    }
}
