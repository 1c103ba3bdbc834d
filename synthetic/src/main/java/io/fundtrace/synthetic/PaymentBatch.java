package io.fundtrace.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Background payments of one indicator to one project, expanded only while writing (streamed). */
record PaymentBatch(Indicator indicator, String projectId, BigDecimal total, int count, LocalDate first,
        LocalDate last) {
}
