package io.fundtrace.synthetic;

import java.math.BigDecimal;

/** A performance target of a project; direction is one of >=, <=, =. */
record PerformanceTarget(String projectId, String targetId, String level1, String level2, String name,
        String direction, BigDecimal targetValue, String unit) {
}
