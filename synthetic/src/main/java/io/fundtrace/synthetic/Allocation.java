package io.fundtrace.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Money of a county indicator arranged to a project (资金安排). */
record Allocation(String id, String indicatorId, String projectId, BigDecimal amount, LocalDate date,
        String handler, String reviewer) {
}
