package io.fundtrace.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Background payments of one indicator to one project, expanded only while writing (streamed). A paced
 * batch (shareBeforeRush in 0-1) is paid the way {@link SpendingPace} says, its first payment on first; an
 * unpaced one (a plant's, shareBeforeRush negative) evenly from first to last.
 */
record PaymentBatch(Indicator indicator, String projectId, BigDecimal total, int count, LocalDate first,
        LocalDate last, double shareBeforeRush) {
    static final double UNPACED = -1;

    boolean paced() {
        return shareBeforeRush >= 0;
    }
}
