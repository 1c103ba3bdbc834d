package io.fundtrace.ingest;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * refund_exceeds_original, which no single set-based statement says: whether a refund is held depends on
 * whether the refunds before it were, so the drop's refunds of each original are walked in order
 * (validation/refund_exceeds_original.sql gives them with what was left before the drop). A running total
 * over the drop's refunds would count a refund this rule holds as if its money had come back, and hold the
 * refunds after it that fit. The refunds are few (a small share of payments), so the walk is on the driver.
 */
final class RefundsLeft {
    static final String QUERY = "validation/refund_exceeds_original.sql";

    private final Sql sql;

    RefundsLeft(Sql sql) {
        this.sql = sql;
    }

    /**
     * Adds the refunds larger than what is left of their originals to work_violations; returns how many. A refund
     * the drop sends again (a later file) replaces the copy before it, as the clean load will: its money is given
     * back before the new copy is judged, and when the new copy is held the copy before stands.
     */
    int holdExcessRefunds(Map<String, String> values) {
        HeldRows held = new HeldRows(sql, "refund_exceeds_original", "amount");
        String original = null;
        BigDecimal left = BigDecimal.ZERO;
        Map<String, BigDecimal> taken = new HashMap<>();
        for (List<Object> refund : sql.rows(QUERY, values)) {
            String refundOf = (String) refund.get(0);
            if (!refundOf.equals(original)) {
                original = refundOf;
                left = decimal(refund.get(1));
                taken.clear();
            }
            BigDecimal amount = decimal(refund.get(2));
            String refundId = (String) refund.get(7);
            BigDecimal withoutCopyBefore = left.subtract(taken.getOrDefault(refundId, BigDecimal.ZERO));
            if (withoutCopyBefore.add(amount).signum() < 0) {
                held.add(refund.get(3), (String) refund.get(4), refund.get(5), (String) refund.get(6));
            } else {
                left = withoutCopyBefore.add(amount);
                taken.put(refundId, amount);
            }
        }
        return held.insert();
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal exact ? exact : new BigDecimal(value.toString());
    }
}
