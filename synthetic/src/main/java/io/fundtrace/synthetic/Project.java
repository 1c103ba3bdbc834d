package io.fundtrace.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One project of a county's project library (项目库). */
record Project(String id, String county, String name, String category, boolean inPlan, LocalDate approvedDate,
        String status, LocalDate startDate, LocalDate endDate, String implementingUnit, BigDecimal budget) {

    /** Ended at D as rules.md reads it: 完工 or 终止 with an empty end_date or one on or before D. */
    boolean endedAt(LocalDate day) {
        return (status.equals("完工") || status.equals("终止")) && (endDate == null || !endDate.isAfter(day));
    }
}
