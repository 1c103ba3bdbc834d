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
    @TempDir
    Path temp;

    @Test
    void refundsOfPaymentsOfAnEarlierDropAreJudgedAgainstThem() throws Exception {
        String person = IngestBenchmark.personId("65010219800101001");
        Path first = temp.resolve("first");
        TestDrops.write(first, "indicators.csv", TestDrops.INDICATOR_HEADER, "I1,2018,新财农〔2018〕1号,,C01,650000,650102,1000,,2018-03-01,,2130501,,,,");
        TestDrops.write(first, "payments.csv", TestDrops.PAYMENT_HEADER,
                "P1,2018-06-01,650102,,I1,,C01,2130501,30299,person," + person + ",,,,500,,,",
                "P2,2018-06-01,650102,,I1,,C01,2130501,30299,person," + person + ",,,,300,,,",
                "R1,2018-06-05,650102,,I1,,C01,2130501,30299,person," + person + ",,,,-200,P1,,");
        Path warehouse = temp.resolve("w.duckdb");
        TestDrops.ingest(warehouse, first);

        Path second = temp.resolve("second");
        TestDrops.write(second, "payments.csv", TestDrops.PAYMENT_HEADER,
                "R2,2018-07-01,650102,,I1,,C01,2130501,30299,person," + person + ",,,,-250,P1,,",
                "R3,2018-07-01,650102,,I1,,C01,2130501,30299,person," + person + ",,,,-400,P2,,",
                "R4,2018-07-01,650102,,I1,,C01,2130501,30299,person," + person + ",,,,-100,P2,,",
                "R5,2018-07-01,650102,,I1,,C01,2130501,30299,person," + person + ",,,,-10,P9,,",
                "R6,2018-05-01,650102,,I1,,C01,2130501,30299,person," + person + ",,,,-10,P2,,");
        TestDrops.ingest(warehouse, second);

        // R2 takes P1's refunds to 450 of 500; R3 would take P2's past 300, and R4 after it (the running total of the
        // drop's refunds in date and id order); R5 names no payment; R6 is dated before P2
        assertEquals(List.of("R3|refund_exceeds_original", "R4|refund_exceeds_original", "R5|unknown_original_payment",
                "R6|refund_mismatch"), TestDrops.rows(warehouse, "SELECT 'R' || source_line || '|' || rule"
                + " FROM quarantine.rows WHERE batch_id = 2 ORDER BY source_line"));
        assertEquals(List.of("P1|500.00", "P2|300.00", "R1|-200.00", "R2|-250.00"),
                TestDrops.rows(warehouse, "SELECT payment_id || '|' || amount FROM clean.payments ORDER BY 1"));
    }
}
