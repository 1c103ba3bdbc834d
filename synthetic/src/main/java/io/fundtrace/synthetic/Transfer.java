package io.fundtrace.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A treasury transfer (国库资金下达) that should mirror an indicator. */
record Transfer(String id, String docNo, String fundCode, String fromRegion, String toRegion, BigDecimal amount,
        LocalDate date) {
}
