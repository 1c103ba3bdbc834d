package io.fundtrace.cli.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.cli.Fundtrace;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest, quarantine, batches and receipts commands as a user runs them. */
class IngestCommandsTest {
    @TempDir
    Path temp;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int exit = Fundtrace.execute(args);
            return new Run(exit, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** A drop folder with an indicators.csv of the given rows. */
    private Path indicatorsDrop(String... rows) throws Exception {
        Path drop = Files.createDirectories(temp.resolve("drop"));
        Files.writeString(drop.resolve("indicators.csv"), "indicator_id,fiscal_year,doc_no,fund_code,issuer_region,recipient_region,amount,doc_date\n"
                + String.join("\n", rows) + "\n");
        return drop;
    }

    @Test
    void ingestPrintsOneLinePerFileAndABalancedTotal() throws Exception {
        Path drop = indicatorsDrop("I1,2018,d,C01,650000,650102,100,2018-03-01", "I2,2018,d,C01,650000,650102,abc,2018-03-01");
        Files.writeString(drop.resolve("memo.csv"), "x\n1\n");
        String warehouse = temp.resolve("w.duckdb").toString();
        Run ingest = run("ingest", drop.toString(), "--warehouse", warehouse, "--today", "2018-12-31");
        assertEquals(0, ingest.exit(), ingest.err());
        assertTrue(ingest.out().lines().anyMatch(line -> line.matches("indicators\\.csv[\\s|]+indicators[\\s|]+UTF-8[\\s|]+2[\\s|]+1[\\s|]+0[\\s|]+1[\\s|]+loaded")), ingest.out());
        assertTrue(ingest.out().lines().anyMatch(line -> line.matches("memo\\.csv[\\s|]+-[\\s|]+-[\\s|]+0[\\s|]+0[\\s|]+0[\\s|]+0[\\s|]+unknown_entity")), ingest.out());
        assertTrue(ingest.out().lines().anyMatch(line -> line.startsWith("total (batch 1)") && line.endsWith("read = loaded + quarantined")), ingest.out());

        Run csv = run("quarantine", "--format", "csv", "--warehouse", warehouse);
        assertEquals(0, csv.exit(), csv.err());
        String[] lines = csv.out().split("\r?\n");
        assertTrue(lines[0].startsWith("\uFEFFfile,line,entity,rule,column,value"), lines[0]);
        assertTrue(lines[1].startsWith("indicators.csv,3,indicators,unparseable_number,amount,abc"), lines[1]);
        assertEquals(2, lines.length, csv.out());

        Run batches = run("batches", "--warehouse", warehouse);
        assertTrue(batches.out().contains("indicators.csv") && batches.out().contains("staff.csv"), batches.out());
    }

    /**
     * The quarantine and the audit under --role (the gate's policy): leader and pfo only, payee identity
     * masked for the leader, and no quarantined value a spreadsheet would run as a formula.
     */
    @Test
    void quarantineAndBatchesFollowTheRolePolicy() throws Exception {
        Path drop = Files.createDirectories(temp.resolve("drop"));
        Files.writeString(drop.resolve("indicators.csv"), "indicator_id,fiscal_year,doc_no,fund_code,issuer_region,recipient_region,amount,doc_date\n"
                + "I1,2018,d,C01,650000,650102,100,2018-03-01\n");
        Files.writeString(drop.resolve("payments.csv"), "payment_id,pay_date,region_code,indicator_id,fund_code,func_class,econ_class,"
                + "payee_type,payee_id,payee_name,payee_account,amount\n"
                + "PX1,2018-04-01,650102,I1,C01,2130599,30299,person,65010219900101123X,王五,6228480012345678,10\n"
                + "PX2,2018-04-02,650102,I1,C01,2130599,30299,person,650102199001011239,赵六,6228480099998888,=1+2\n");
        String warehouse = temp.resolve("w.duckdb").toString();
        assertEquals(0, run("ingest", drop.toString(), "--warehouse", warehouse, "--today", "2018-12-31").exit());

        Run leader = run("quarantine", "--entity", "payments", "--format", "csv", "--warehouse", warehouse);
        assertEquals(0, leader.exit(), leader.err());
        for (String identity : List.of("65010219900101123X", "王五", "6228480012345678", "650102199001011239", "赵六")) {
            assertFalse(leader.out().contains(identity), identity + " in " + leader.out());
        }
        assertTrue(leader.out().contains(",bad_person_id,payee_id,6501**********123X,"), leader.out());
        assertTrue(leader.out().contains(",unparseable_number,amount,'=1+2,"), "a formula is text in a spreadsheet: " + leader.out());
        Run pfo = run("quarantine", "--entity", "payments", "--format", "csv", "--role", "pfo", "--warehouse", warehouse);
        assertTrue(pfo.out().contains(",bad_person_id,payee_id,65010219900101123X,") && pfo.out().contains("赵六"), pfo.out());

        for (String[] refused : List.of(new String[] {"quarantine", "analyst", "quarantine.rows"},
                new String[] {"batches", "region:650100", "audit.batches"}, new String[] {"batches", "evaluator", "audit.batches"})) {
            Run run = run(refused[0], "--role", refused[1], "--warehouse", warehouse);
            assertEquals(1, run.exit(), run.out());
            assertEquals("fundtrace: role " + refused[1] + " may not read " + refused[2] + " (readers: leader, pfo; rules.md, Access)",
                    run.err().strip());
            assertEquals("", run.out());
        }
        assertTrue(run("batches", "--role", "pfo", "--warehouse", warehouse).out().contains("payments.csv"));
    }

    @Test
    void aMissingDropIsOneLineOnStderr() {
        Run ingest = run("ingest", temp.resolve("nowhere").toString(), "--warehouse", temp.resolve("w.duckdb").toString());
        assertEquals(1, ingest.exit());
        assertEquals(1, ingest.err().lines().count(), ingest.err());
        assertTrue(ingest.err().startsWith("fundtrace: drop folder"), ingest.err());
    }

    @Test
    void aRefusedFileIsOnStderrAndExitsThreeWhileTheOtherFilesLoad() throws Exception {
        Path drop = indicatorsDrop("I1,2018,d,C01,650000,650102,100,2018-03-01");
        Files.writeString(drop.resolve("projects.csv"), "project_id,county_code,name,in_plan\nPR1,650102,路,Y\n");
        String warehouse = temp.resolve("w.duckdb").toString();
        Run ingest = run("ingest", drop.toString(), "--warehouse", warehouse, "--today", "2018-12-31");
        assertEquals(3, ingest.exit(), ingest.out() + ingest.err());
        assertEquals("fundtrace: projects.csv: refused: column status (状态) is missing; expected a header naming every required column of projects", ingest.err().strip());
        assertFalse(ingest.out().contains("refused: line"), ingest.out());
        assertTrue(ingest.out().lines().anyMatch(line -> line.matches("indicators\\.csv[\\s|]+indicators[\\s|]+UTF-8[\\s|]+1[\\s|]+1[\\s|]+0[\\s|]+0[\\s|]+loaded")), ingest.out());
        assertTrue(ingest.out().lines().anyMatch(line -> line.matches("projects\\.csv[\\s|]+projects[\\s|]+UTF-8[\\s|]+0[\\s|]+0[\\s|]+0[\\s|]+0[\\s|]+refused")), ingest.out());
    }

    /**
     * Two 16-digit amounts of one reconciliation key summed past the marts' DECIMAL(18,2) and stopped every
     * build; an amount of 15 or more digits before the point (a bank account typed into the column) is held
     * as unparseable, and two of the largest accepted, 14 digits, build.
     */
    @Test
    void anAmountLargerThanANationalBudgetIsHeldAndTheBuildRuns() throws Exception {
        Path drop = indicatorsDrop("I1,2018,d,C01,650000,650102,99999999999999.99,2018-03-01",
                "I2,2018,d,C01,650000,650102,99999999999999.99,2018-03-01",
                "I3,2018,e,C01,650000,650102,9999999999999999.99,2018-03-01",
                "I4,2018,e,C01,650000,650102,6228480012345678,2018-03-01");
        String warehouse = temp.resolve("w.duckdb").toString();
        Run ingest = run("ingest", drop.toString(), "--warehouse", warehouse, "--today", "2018-12-31");
        assertTrue(ingest.out().lines().anyMatch(line -> line.matches("indicators\\.csv[\\s|]+indicators[\\s|]+UTF-8[\\s|]+4[\\s|]+2[\\s|]+0[\\s|]+2[\\s|]+loaded")),
                ingest.out() + ingest.err());
        Run held = run("quarantine", "--role", "pfo", "--warehouse", warehouse);
        assertEquals(2, held.out().lines().filter(line -> line.contains("unparseable_number")).count(), held.out());
        Run build = run("build", "--warehouse", warehouse);
        assertEquals(0, build.exit(), build.out() + build.err());
        Run warnings = run("warnings", "--rule", "RECONCILIATION", "--as-of", "2018-12-31", "--format", "csv", "--warehouse", warehouse);
        assertTrue(warnings.out().contains(",199999999999999.98,"), warnings.out());
    }

    @Test
    void readOnlyCommandsRefuseAWarehouseThatIsNotThereAndCreateNone() {
        Path typo = temp.resolve("wherehouse.duckdb");
        List<List<String>> commands = List.of(List.of("batches"), List.of("quarantine"), List.of("warnings"), List.of("ledger"),
                List.of("build"), List.of("metrics", "--year", "2018"), List.of("report", "--month", "2018-10", "--out", temp.toString()),
                List.of("notices", "--month", "2018-10", "--out", temp.toString()), List.of("sql", "SELECT 1"),
                List.of("receipts", "--batch", "1", "--out", temp.toString()),
                List.of("batches", "--engine", "spark"));
        for (List<String> command : commands) {
            Run run = run(Stream.concat(command.stream(), Stream.of("--warehouse", typo.toString())).toArray(String[]::new));
            assertEquals(1, run.exit(), command + ": " + run.out() + run.err());
            assertEquals(1, run.err().lines().count(), command + ": " + run.err());
            assertTrue(run.err().contains("no warehouse at " + typo), command + ": " + run.err());
            assertFalse(Files.exists(typo), command + " created " + typo);
        }
    }

    @Test
    void aWarehouseFileNamedAfterASchemaIngestsAndBuilds() throws Exception {
        Path drop = indicatorsDrop("I1,2018,d,C01,650000,650102,100,2018-03-01");
        for (String schema : List.of("clean", "marts")) {
            String warehouse = temp.resolve(schema + ".duckdb").toString();
            for (List<String> command : List.of(List.of("ingest", drop.toString(), "--today", "2018-12-31"), List.of("build"),
                    List.of("ledger"), List.of("quarantine"))) {
                Run run = run(Stream.concat(command.stream(), Stream.of("--warehouse", warehouse)).toArray(String[]::new));
                assertEquals(0, run.exit(), schema + " " + command + ": " + run.err());
            }
        }
    }

    /**
     * 天山区 (650102) sends two payments, one with a bad amount and a bad ID; 沙依巴克区 (650103) has
     * received C01, C02 and classified R08 money and sends a payment of C01 only. Each gets its receipt: the
     * quarantined line with its reason in words and the ID masked; the fund with money but no payment row
     * named, the classified one only as a total.
     */
    @Test
    void oneReceiptPerRegionWithTheQuarantineAndTheFundsWithoutPayments() throws Exception {
        Path drop = Files.createDirectories(temp.resolve("drop"));
        Files.writeString(drop.resolve("indicators.csv"), "indicator_id,fiscal_year,doc_no,fund_code,issuer_region,recipient_region,amount,doc_date\n"
                + "I1,2018,d1,C01,650000,650102,100,2018-03-01\n"
                + "I2,2018,d2,C01,650000,650103,200,2018-03-01\n"
                + "I3,2018,d3,C02,650000,650103,300,2018-03-02\n"
                + "I4,2018,d4,R08,650000,650103,400,2018-03-03\n"
                + "I5,2018,d5,C01,100000,650000,1000,2018-02-20\n");
        Files.writeString(drop.resolve("payments.csv"), "payment_id,pay_date,region_code,indicator_id,fund_code,func_class,econ_class,"
                + "payee_type,payee_id,payee_name,payee_account,amount\n"
                + "PX1,2018-04-01,650102,I1,C01,2130599,30299,person,650102199001011239,王五,6228480012345678,10\n"
                + "PX2,2018-04-02,650102,I1,C01,2130599,30299,person,65010219900101123X,赵六,6228480099998888,abc\n"
                + "PX3,2018-04-02,650103,I2,C01,2130599,30299,person,650103199001011235,钱七,6228480011112222,20\n");
        String warehouse = temp.resolve("w.duckdb").toString();
        Run ingest = run("ingest", drop.toString(), "--warehouse", warehouse, "--today", "2018-04-30", "--receipts",
                temp.resolve("at-ingest").toString());
        assertEquals(0, ingest.exit(), ingest.err());
        assertTrue(ingest.out().contains("receipt-1-650102.html"), "the ingest writes its batch's receipts: " + ingest.out());

        Run receipts = run("receipts", "--batch", "1", "--warehouse", warehouse, "--out", temp.resolve("r").toString());
        assertEquals(0, receipts.exit(), receipts.err());
        List<String> files = receipts.out().lines().map(line -> Path.of(line).getFileName().toString()).toList();
        assertTrue(files.contains("receipt-1-650102.html") && files.contains("receipt-1-650103.html"), files.toString());
        String tianshan = Files.readString(temp.resolve("r/receipt-1-650102.html"), StandardCharsets.UTF_8);
        assertTrue(tianshan.contains("天山区财政局："), tianshan);
        assertTrue(tianshan.contains("<td>支付明细（payments）</td>") && tianshan.contains("请对隔离数据逐条更正后重新报送"), tianshan);
        assertTrue(tianshan.contains("第1批数据（drop，2018年4月30日）") && !tianshan.contains(temp.toString()),
                "the folder by its name, the drop's date: " + tianshan);
        assertTrue(tianshan.contains("<td>payments.csv</td><td class=\"n\">3</td>"), "file and line of the bad row");
        assertTrue(tianshan.contains("数值格式错误"), "the reason in words");
        assertFalse(tianshan.contains("65010219900101123X") || tianshan.contains("赵六"), "payee identity masked for the leader");
        assertTrue(Files.readString(temp.resolve("r/receipt-1-650000.html"), StandardCharsets.UTF_8).contains("新疆维吾尔自治区财政厅："),
                "a province's finance office is its 财政厅");
        String shayibake = Files.readString(temp.resolve("r/receipt-1-650103.html"), StandardCharsets.UTF_8);
        assertFalse(shayibake.contains("请对隔离数据逐条更正"), "nothing of its rows was held: no request to correct them");
        String silent = shayibake.substring(shayibake.indexOf("本批次无支付数据的资金"));
        assertTrue(silent.contains("C02") && !silent.contains("<td>C01</td>"), silent);
        // the receipt goes to the county: a classified fund is one total there, without its code or name
        assertTrue(silent.contains("涉密资金（合计）") && !silent.contains("R08") && !silent.contains("护边员"), silent);

        Run again = run("receipts", "--batch", "1", "--warehouse", warehouse, "--out", temp.resolve("r2").toString());
        assertEquals(0, again.exit(), again.err());
        for (String file : files) {
            byte[] bytes = Files.readAllBytes(temp.resolve("r").resolve(file));
            assertArrayEquals(bytes, Files.readAllBytes(temp.resolve("r2").resolve(file)), file);
            assertArrayEquals(bytes, Files.readAllBytes(temp.resolve("at-ingest").resolve(file)), "as the ingest wrote it: " + file);
        }
        Run missing = run("receipts", "--batch", "9", "--warehouse", warehouse, "--out", temp.resolve("r3").toString());
        assertEquals(1, missing.exit());
        assertEquals("fundtrace: no batch 9 in the warehouse", missing.err().strip());
    }
}
