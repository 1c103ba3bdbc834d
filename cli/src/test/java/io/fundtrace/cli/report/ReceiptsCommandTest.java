package io.fundtrace.cli.report;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `receipts --batch N` as a county clerk's office would get them. */
class ReceiptsCommandTest {
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

    /**
     * 天山区 (650102) sends two payments, one with a bad amount and a bad ID; 沙依巴克区 (650103) has
     * received C01 and C02 money and sends a payment of C01 only. Each gets its receipt: the quarantined
     * line with its reason in words and the ID masked; the fund with money but no payment row named.
     */
    @Test
    void oneReceiptPerRegionWithTheQuarantineAndTheFundsWithoutPayments() throws Exception {
        Path drop = Files.createDirectories(temp.resolve("drop"));
        Files.writeString(drop.resolve("indicators.csv"), "indicator_id,fiscal_year,doc_no,fund_code,issuer_region,recipient_region,amount,doc_date\n"
                + "I1,2018,d1,C01,650000,650102,100,2018-03-01\n"
                + "I2,2018,d2,C01,650000,650103,200,2018-03-01\n"
                + "I3,2018,d3,C02,650000,650103,300,2018-03-02\n");
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
        assertTrue(tianshan.contains("<td>payments.csv</td><td class=\"n\">3</td>"), "file and line of the bad row");
        assertTrue(tianshan.contains("数值格式错误"), "the reason in words");
        assertFalse(tianshan.contains("65010219900101123X") || tianshan.contains("赵六"), "payee identity masked for the leader");
        String shayibake = Files.readString(temp.resolve("r/receipt-1-650103.html"), StandardCharsets.UTF_8);
        String silent = shayibake.substring(shayibake.indexOf("本批次无支付数据的资金"));
        assertTrue(silent.contains("C02") && !silent.contains("<td>C01</td>"), silent);

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
