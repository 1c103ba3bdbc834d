package io.fundtrace.cli.monitor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.cli.Fundtrace;
import io.fundtrace.warehouse.DisplayWidth;
import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.Warehouse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MartCommandsTest {
    @TempDir
    Path folder;

    private Path warehouse;

    @BeforeEach
    void loadSmallDrop() throws Exception {
        warehouse = folder.resolve("w.duckdb");
        try (Warehouse opened = Warehouse.open(warehouse); Statement statement = opened.connection().createStatement()) {
            for (String insert : SqlResource.statements(SqlResource.read("small_drop.sql"))) {
                statement.execute(insert);
            }
        }
    }

    private byte[] run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            String[] withWarehouse = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                    java.util.stream.Stream.of("--warehouse", warehouse.toString())).toArray(String[]::new);
            int exit = args[0].equals("rules") ? Fundtrace.execute(args) : Fundtrace.execute(withWarehouse);
            assertEquals(0, exit, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
        return captured.toByteArray();
    }

    @Test
    void twoBuildsGiveByteIdenticalWarningsCsv() {
        run("build");
        byte[] first = run("warnings", "--format", "csv");
        run("build");
        byte[] second = run("warnings", "--format", "csv");
        assertArrayEquals(first, second);
        String csv = new String(first, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFwarning_id,rule,level,fiscal_year,fund_code,region_code,project_id,indicator_id,"
                + "payment_id,amount,days,reason,department,handler_id,reviewer_id,evidence,status,dispatched_on,due_on,status_on,"
                + "overdue_days,hit\r\n"), csv);
        assertTrue(csv.contains(",ISSUE_OVERDUE,orange,2018,C01,650000,,I1,,100.00,51,outstanding,农业处,S1,S2,indicator:I1,new,,,,,true\r\n"), csv);
    }

    @Test
    void warningsAsOfAnEarlierDateRebuildAndFilterByRegionSubtree() {
        run("build");
        String early = new String(run("warnings", "--as-of", "2018-02-01", "--format", "csv"), StandardCharsets.UTF_8);
        assertEquals(List.of("DOC_NOT_ATTACHED", "RECONCILIATION"), early.lines().skip(1).map(l -> l.split(",")[1]).toList());
        String prefecture = new String(run("warnings", "--region", "650100", "--format", "json"), StandardCharsets.UTF_8);
        assertTrue(prefecture.contains("\"region_code\": \"650101\"") && !prefecture.contains("\"region_code\": \"650000\""),
                prefecture);
        String province = new String(run("warnings", "--region", "650000", "--rule", "ISSUE_OVERDUE", "--format", "json"),
                StandardCharsets.UTF_8);
        assertTrue(province.contains("\"amount\": 100.00, \"days\": 51"), province);
    }

    /**
     * The small drop's county receives 60.00 on 3 March and pays 25.50 on 1 April: the year so far at March's
     * end has spent nothing of it, a quarter of the year gone (短进度 0.2500); the whole year 0.4250 and 0.5750.
     * At January's end the province's indicator was received and is not yet late, so C01 is on time (1.0000),
     * a twelfth of the year gone; over the year it was issued down late (0.0000) after 50 days, and of the 100.00
     * the levels kept (160.00 received less 60.00 issued down) 25.50 was paid, so 0.2550 spent and 0.7450 left.
     */
    @Test
    void metricsAreTheYearSoFarAsOfAMonthsEndOrTheWholeYear() {
        String march = new String(run("metrics", "--month", "2018-03", "--by", "county"), StandardCharsets.UTF_8);
        String year = new String(run("metrics", "--year", "2018", "--by", "county"), StandardCharsets.UTF_8);
        assertEquals("\uFEFF县代码,县,分配进度,支出进度,短进度,按时下达率,平均下达天数,绩效目标完成率,绩效目标达标率,结转率,每亿元预警数,整改率",
                march.lines().findFirst().orElseThrow());
        assertTrue(march.contains("\r\n650101,某县,0.0000,0.0000,0.2500,"), march);
        assertTrue(year.contains("\r\n650101,某县,0.0000,0.4250,0.5750,"), year);
        String january = new String(run("metrics", "--month", "2018-01"), StandardCharsets.UTF_8);
        assertTrue(january.contains("\r\nC01,中央财政专项扶贫资金,0.0000,0.0000,0.0833,1.0000,"), january);
        String wholeYear = new String(run("metrics", "--year", "2018"), StandardCharsets.UTF_8);
        assertTrue(wholeYear.contains("\r\nC01,中央财政专项扶贫资金,0.3750,0.2550,0.7450,0.0000,50.0000,"), wholeYear);
    }

    /**
     * A month's report, notices and metrics are as of its last day: before that day they would count days not yet
     * passed (the issue deadline, the idle days) and print as overdue what is not. Refused, as the cycle refuses it.
     */
    @Test
    void aMonthNotYetEndedIsRefusedByTheReportTheNoticesAndTheMetrics() {
        String next = java.time.YearMonth.now().plusMonths(1).toString();
        Path out = folder.resolve("out");
        for (String[] command : List.of(new String[] {"report", "--month", next, "--out", out.toString()},
                new String[] {"notices", "--month", next, "--out", out.toString()}, new String[] {"metrics", "--month", next})) {
            PrintStream original = System.err;
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            int exit;
            try {
                exit = Fundtrace.execute(java.util.stream.Stream.concat(java.util.Arrays.stream(command),
                        java.util.stream.Stream.of("--warehouse", warehouse.toString())).toArray(String[]::new));
            } finally {
                System.setErr(original);
            }
            String error = captured.toString(StandardCharsets.UTF_8);
            assertEquals(1, exit, error);
            assertTrue(error.contains(command[0] + (command[0].equals("metrics") ? " --month " : " ") + next
                    + " refused: the month has not ended (today is " + java.time.LocalDate.now() + ")"), error);
        }
        assertFalse(java.nio.file.Files.exists(out), "nothing written");
        run("metrics", "--year", java.time.YearMonth.now().getYear() + "");
    }

    @Test
    void ledgerAndRulesPrintTheirFields() {
        String ledger = new String(run("ledger", "--fund", "C01", "--region", "650101"), StandardCharsets.UTF_8);
        assertEquals(List.of("fund_code", "region_code", "year", "month", "received", "issued_down", "allocated", "paid", "balance"),
                Arrays.stream(ledger.lines().findFirst().orElseThrow().split("\\|")).map(String::strip).limit(9).toList(), ledger);
        assertTrue(ledger.contains("25.50"), ledger);
        String rules = new String(run("rules", "--format", "csv"), StandardCharsets.UTF_8);
        assertTrue(rules.contains("ISSUE_OVERDUE,yellow/orange,1,中央资金指标未在规定期限内分解下达"), rules);
        assertTrue(rules.contains("issue_deadline_days=30"), rules);
        String table = new String(run("rules"), StandardCharsets.UTF_8);
        List<Integer> widths = table.lines().limit(3).map(DisplayWidth::of).toList();
        assertTrue(widths.get(1) <= widths.get(0) + 80, table);
    }

    @Test
    void aBuildWhoseDataTestFailsKeepsThePreviousMartsAndSaysWhichTestFailedOnStderr() throws Exception {
        run("build");
        byte[] before = run("ledger", "--format", "csv");
        try (Warehouse opened = Warehouse.open(warehouse); Statement statement = opened.connection().createStatement()) {
            statement.execute("INSERT INTO clean.payments SELECT * REPLACE ('ORPHAN' AS payment_id, 'NO_SUCH_INDICATOR' AS indicator_id)"
                    + " FROM clean.payments WHERE payment_id = 'P1'");
        }
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Fundtrace.execute("build", "--warehouse", warehouse.toString());
        } finally {
            System.setErr(originalErr);
        }
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, exit, message);
        assertTrue(message.startsWith("fundtrace: data test facts_reference_dimensions failed"), message);
        assertTrue(message.contains("ORPHAN"), "the first failing rows are shown: " + message);
        assertArrayEquals(before, run("ledger", "--format", "csv"), "the previous build's marts stay");
    }
}
