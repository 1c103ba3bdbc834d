package io.fundtrace.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A monitored value of a performance target on a date. */
record PerformanceActual(String projectId, String targetId, LocalDate asOf, BigDecimal actualValue) {
}
