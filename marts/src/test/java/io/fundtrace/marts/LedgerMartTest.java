package io.fundtrace.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The master ledger (总台账): flows per month, running balance, year-to-date rows and progress. */
class LedgerMartTest {
    @TempDir
    Path folder;

    @Test
    void ledgerRowsFollowTheMoneyAndTieOut() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            built.fixture.indicator("P").fund("R01").from(CleanFixture.PROVINCE, CleanFixture.PREFECTURE)
                    .amount("1000.00").docDate(LocalDate.of(2018, 1, 10)).received(LocalDate.of(2018, 2, 5)).add()
                    .indicator("C").fund("R01").parent("P").from(CleanFixture.PREFECTURE, CleanFixture.COUNTY)
                    .amount("300.00").docDate(LocalDate.of(2018, 3, 1)).add()
                    .project("PR", CleanFixture.COUNTY, true, LocalDate.of(2018, 1, 1), "实施", null)
                    .allocation("A", "C", "PR", "200.00", LocalDate.of(2018, 3, 15))
                    .payment("PAY").fund("R01").indicator("C").project("PR").amount("150.00").date(LocalDate.of(2018, 3, 20)).add()
                    .payment("REF").fund("R01").indicator("C").project("PR").amount("-50.00").date(LocalDate.of(2018, 4, 2)).add();
            built.build(LocalDate.of(2018, 4, 30));
            List<Map<String, String>> prefecture = built.query("SELECT month, received, issued_down, allocated, paid, balance, "
                    + "issue_progress, spend_progress FROM marts.ledger WHERE region_code = '650100' ORDER BY month NULLS LAST");
            assertEquals(List.of(
                    row("2", "1000.00", "0.00", "0.00", "0.00", "1000.00", "0.0000", "0.0000"),
                    row("3", "0.00", "300.00", "0.00", "0.00", "700.00", "0.3000", "0.0000"),
                    row("4", "0.00", "0.00", "0.00", "0.00", "700.00", "0.3000", "0.0000"),
                    row(null, "1000.00", "300.00", "0.00", "0.00", "700.00", "0.3000", "0.0000")), prefecture);
            List<Map<String, String>> county = built.query("SELECT month, received, allocated, paid, balance, spend_progress "
                    + "FROM marts.ledger WHERE region_code = '650101' ORDER BY month NULLS LAST");
            assertEquals("0.5000", county.get(0).get("spend_progress"));
            assertEquals("-50.00", county.get(1).get("paid"));
            assertEquals("200.00", county.get(2).get("balance"));
            assertEquals("0.3333", county.get(2).get("spend_progress"));
            // The province's own budget: received on the doc date, issued down the same day.
            List<Map<String, String>> province = built.query("SELECT month, received, issued_down, balance "
                    + "FROM marts.ledger WHERE region_code = '650000' AND month = 1");
            assertEquals("1000.00", province.get(0).get("received"));
            assertEquals("0.00", province.get(0).get("balance"));
            List<Map<String, String>> subtree = built.query("SELECT month, received, paid, cumulative_paid, spend_progress, "
                    + "time_progress, short_progress FROM marts.progress WHERE region_code = '650100' AND month = 4");
            assertEquals("0.00", subtree.get(0).get("received"));
            assertEquals("-50.00", subtree.get(0).get("paid"));
            assertEquals("100.00", subtree.get(0).get("cumulative_paid"));
            assertEquals("0.1000", subtree.get(0).get("spend_progress"));
            assertEquals("0.3333", subtree.get(0).get("time_progress"));
            assertEquals("0.2333", subtree.get(0).get("short_progress"));
            assertEquals("1000.00", built.query("SELECT SUM(received) AS r FROM marts.progress WHERE region_code = '650000'")
                    .get(0).get("r"));
        }
    }

    @Test
    void anIndicatorARegionIssuesToItselfIsReceivedAndNeverIssuedDown() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            // A county's own matching funds (rules.md v1.2): no parent, issuer = recipient = the county.
            built.fixture.fund("L01", "local", null)
                    .indicator("OWN").fund("L01").from(CleanFixture.COUNTY, CleanFixture.COUNTY).amount("50.00")
                    .docDate(LocalDate.of(2018, 3, 1)).add()
                    .payment("PAY").fund("L01").indicator("OWN").project(null).amount("20.00").date(LocalDate.of(2018, 4, 1)).add();
            built.build(LocalDate.of(2018, 4, 30));
            List<Map<String, String>> county = built.query("SELECT month, received, issued_down, allocated, paid, balance, "
                    + "issue_progress, spend_progress FROM marts.ledger WHERE fund_code = 'L01' ORDER BY region_code, month NULLS LAST");
            assertEquals(List.of(
                    row("3", "50.00", "0.00", "0.00", "0.00", "50.00", "0.0000", "0.0000"),
                    row("4", "0.00", "0.00", "0.00", "20.00", "30.00", "0.0000", "0.4000"),
                    row(null, "50.00", "0.00", "0.00", "20.00", "30.00", "0.0000", "0.4000")), county);
            // progress: the own funds enter the county's subtree (and its prefecture's) on their receipt, as the ledger has them
            List<Map<String, String>> progress = built.query("SELECT region_code, month, received, paid, spend_progress"
                    + " FROM marts.progress WHERE fund_code = 'L01' AND region_code IN ('650100', '650101') ORDER BY region_code, month");
            assertEquals(List.of("650100 3 50.00 0.00 0.0000", "650100 4 0.00 20.00 0.4000",
                            "650101 3 50.00 0.00 0.0000", "650101 4 0.00 20.00 0.4000"),
                    progress.stream().map(r -> String.join(" ", r.values())).toList());
        }
    }

    @Test
    void aMonthWhosePaymentsCancelOutStillOpensTheLedgerAndTheProgress() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            // The ledger and progress read payments summed per month (payment_month): a month whose payments sum to
            // zero is still the first event of the fund at the county, before the indicator's receipt.
            built.fixture.indicator("I").fund("R01").from(CleanFixture.PREFECTURE, CleanFixture.COUNTY)
                    .amount("100.00").docDate(LocalDate.of(2018, 5, 2)).add()
                    .payment("PAY").fund("R01").indicator("I").project(null).amount("10.00").date(LocalDate.of(2018, 3, 5)).add()
                    .payment("REF").fund("R01").indicator("I").project(null).amount("-10.00").date(LocalDate.of(2018, 3, 9)).add();
            built.build(LocalDate.of(2018, 5, 31));
            assertEquals(List.of("3 0.00 0.00 0.00", "4 0.00 0.00 0.00", "5 100.00 0.00 100.00", "null 100.00 0.00 100.00"),
                    built.query("SELECT month, received, paid, balance FROM marts.ledger WHERE region_code = '650101'"
                            + " ORDER BY month NULLS LAST").stream().map(r -> String.join(" ", r.values())).toList());
            assertEquals(List.of("3 0.00 0.00", "4 0.00 0.00", "5 100.00 0.00"),
                    built.query("SELECT month, received, paid FROM marts.progress WHERE region_code = '650101' ORDER BY month")
                            .stream().map(r -> String.join(" ", r.values())).toList());
        }
    }

    @Test
    void aBuildWhoseDataTestFailsChangesNoMartAndNamesTheTestAndItsRows() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            built.fixture.indicator("I1").add();
            built.build(LocalDate.of(2018, 6, 30));
            List<Map<String, String>> ledger = built.query("SELECT * FROM marts.ledger ORDER BY ALL");
            List<Map<String, String>> builds = built.query("SELECT * FROM audit.mart_builds ORDER BY ALL");
            built.fixture.payment("ORPHAN").indicator("NO_SUCH_INDICATOR").add();

            DataTestFailure failure = assertThrows(DataTestFailure.class,
                    () -> new MartRunner(built.warehouse).build(LocalDate.of(2018, 6, 30)));

            assertEquals(List.of("facts_reference_dimensions"), failure.failed().stream().map(DataTestResult::test).toList());
            assertTrue(failure.getMessage().startsWith("data test facts_reference_dimensions failed ("), failure.getMessage());
            assertTrue(failure.getMessage().contains("payment, ORPHAN, indicator_id"), failure.getMessage());
            assertEquals(ledger, built.query("SELECT * FROM marts.ledger ORDER BY ALL"), "the previous build's ledger stays");
            assertEquals(builds, built.query("SELECT * FROM audit.mart_builds ORDER BY ALL"), "the failed build is not recorded");
        }
    }

    private static Map<String, String> row(String month, String received, String issued, String allocated, String paid,
                                           String balance, String issueProgress, String spendProgress) {
        Map<String, String> row = new java.util.LinkedHashMap<>();
        row.put("month", month);
        row.put("received", received);
        row.put("issued_down", issued);
        row.put("allocated", allocated);
        row.put("paid", paid);
        row.put("balance", balance);
        row.put("issue_progress", issueProgress);
        row.put("spend_progress", spendProgress);
        return row;
    }
}
