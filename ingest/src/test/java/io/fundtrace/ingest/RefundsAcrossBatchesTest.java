package io.fundtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refund in a later drop names a payment loaded by an earlier one: the original is looked up among the
 * loaded payments (only those the drop's refunds name are taken), its earlier refunds count towards what
 * may be refunded, and a refund of an unknown payment waits.
 */
class RefundsAcrossBatchesTest {
    private static final String PERSON = IngestBenchmark.personId("65010219800101001");

    @TempDir
    Path temp;

    @Test
    void refundsOfPaymentsOfAnEarlierDropAreJudgedAgainstThem() throws Exception {
        Path first = temp.resolve("first");
        TestDrops.write(first, "indicators.csv", TestDrops.INDICATOR_HEADER, "I1,2018,新财农〔2018〕1号,,C01,650000,650102,1000,,2018-03-01,,2130501,,,,");
        TestDrops.write(first, "payments.csv", TestDrops.PAYMENT_HEADER,
                payment("P1", "2018-06-01", "500", ""),
                payment("P2", "2018-06-01", "300", ""),
                payment("R1", "2018-06-05", "-200", "P1"),
                payment("P3", "2018-06-01", "300", ""),
                payment("R7", "2018-08-01", "-250", "P3"));
        Path warehouse = temp.resolve("w.duckdb");
        TestDrops.ingest(warehouse, first);

        Path second = temp.resolve("second");
        TestDrops.write(second, "payments.csv", TestDrops.PAYMENT_HEADER,
                payment("R2", "2018-07-01", "-250", "P1"),
                payment("R3", "2018-07-01", "-400", "P2"),
                payment("R4", "2018-07-01", "-100", "P2"),
                payment("R5", "2018-07-01", "-10", "P9"),
                payment("R6", "2018-05-01", "-10", "P2"),
                payment("R8", "2018-07-15", "-100", "P3"));
        TestDrops.ingest(warehouse, second);

        // R2 takes P1's refunds to 450 of 500; R3 (400) is more than P2's 300 and is held, so R4 (100) after it
        // still fits: a held refund returned nothing; R5 names no payment; R6 is dated before P2; R8 (100) is
        // dated before the loaded R7 (250) but only 50 of P3 is left: the refunds never exceed the original
        // (the second file's line n holds Rn, and line 7 R8)
        assertEquals(List.of("3|refund_exceeds_original", "5|unknown_original_payment", "6|refund_mismatch",
                "7|refund_exceeds_original"), TestDrops.rows(warehouse, "SELECT source_line || '|' || rule"
                + " FROM quarantine.rows WHERE batch_id = 2 ORDER BY source_line"));
        assertEquals(List.of("P1|500.00", "P2|300.00", "P3|300.00", "R1|-200.00", "R2|-250.00", "R4|-100.00", "R7|-250.00"),
                TestDrops.rows(warehouse, "SELECT payment_id || '|' || amount FROM clean.payments ORDER BY 1"));
    }

    /**
     * A drop whose second file sends payments of the first again: the later row replaces the earlier (contract), so a
     * refund is judged once, against the version that stands. P1 comes twice alike and its refund of 60 fits; Q1 is
     * 100 then 200 and a refund of 80 fits the 200; V1 is 200 then 100 and a refund of 150 does not fit the 100. R2,
     * a refund sent again at 90 where it was 30, replaces its first copy: 90 of P2's 200 is taken once, not 120; R3
     * of 40 then fits the 110 left, and sent again at 120 does not, so its first copy stands and is what loads. Each copy was judged
     * against every copy of its original before (P1's refund held, the same line held twice), and which copy of
     * Q1 counted was up to the engine.
     */
    @Test
    void aPaymentSentInTwoFilesOfADropIsJudgedOnceAsTheVersionThatStands() throws Exception {
        Path drop = temp.resolve("drop");
        TestDrops.write(drop, "indicators.csv", TestDrops.INDICATOR_HEADER, "I1,2018,新财农〔2018〕1号,,C01,650000,650102,1000,,2018-03-01,,2130501,,,,");
        TestDrops.write(drop, "payments_a.csv", TestDrops.PAYMENT_HEADER,
                payment("P1", "2018-04-01", "100", ""),
                payment("R1", "2018-04-02", "-60", "P1"),
                payment("Q1", "2018-04-01", "100", ""),
                payment("S1", "2018-04-02", "-80", "Q1"),
                payment("V1", "2018-04-01", "200", ""),
                payment("W1", "2018-04-02", "-150", "V1"),
                payment("P2", "2018-04-01", "200", ""),
                payment("R2", "2018-04-02", "-30", "P2"),
                payment("R3", "2018-04-03", "-40", "P2"));
        TestDrops.write(drop, "payments_b.csv", TestDrops.PAYMENT_HEADER,
                payment("P1", "2018-04-01", "100", ""),
                payment("Q1", "2018-04-01", "200", ""),
                payment("V1", "2018-04-01", "100", ""),
                payment("R2", "2018-04-02", "-90", "P2"),
                payment("R3", "2018-04-03", "-120", "P2"));
        Path warehouse = temp.resolve("w.duckdb");
        IngestReport report = TestDrops.ingest(warehouse, drop);

        assertEquals(List.of("payments_a.csv|7|refund_exceeds_original", "payments_b.csv|6|refund_exceeds_original"),
                TestDrops.rows(warehouse, "SELECT source_file || '|' || source_line || '|' || rule FROM quarantine.rows ORDER BY 1"));
        assertEquals(List.of("P1|100.00", "P2|200.00", "Q1|200.00", "R1|-60.00", "R2|-90.00", "R3|-40.00", "S1|-80.00", "V1|100.00"),
                TestDrops.rows(warehouse, "SELECT payment_id || '|' || amount FROM clean.payments ORDER BY 1"));
        for (FileReport file : report.files()) {
            assertEquals(file.rowsRead(), file.rowsLoaded() + file.rowsQuarantined(), file.file());
        }
    }

    /** A payment of indicator I1 to one person; refundOf empty for an original. */
    private static String payment(String id, String date, String amount, String refundOf) {
        return id + "," + date + ",650102,,I1,,C01,2130501,30299,person," + PERSON + ",,,," + amount + "," + refundOf + ",,";
    }
}
