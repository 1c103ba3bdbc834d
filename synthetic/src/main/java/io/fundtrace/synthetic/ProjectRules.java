package io.fundtrace.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generator's reading of the rules about ended projects (rules.md): TARGET_SHORTFALL (a target whose
 * latest reading misses 0.8 of it, compared by cross-multiplying) and the project_ended form of
 * SURPLUS_RECOVERY (money arranged from an indicator to the project and not paid to it), at a month end.
 */
final class ProjectRules {
    private static final BigDecimal COMPLETION_MINIMUM = new BigDecimal("0.8");

    private final DropModel model;
    private final MonthRange range;
    private final Deliveries deliveries;
    private final PaymentTotals payments;
    private final Map<String, List<PerformanceTarget>> targets = new HashMap<>();
    private final Map<String, List<PerformanceActual>> actuals = new HashMap<>();
    private final Map<String, List<Allocation>> allocationsByPair = new LinkedHashMap<>();

    ProjectRules(DropModel model, MonthRange range, Deliveries deliveries, PaymentTotals payments) {
        this.model = model;
        this.range = range;
        this.deliveries = deliveries;
        this.payments = payments;
        for (PerformanceTarget target : model.targets) {
            targets.computeIfAbsent(target.projectId(), id -> new ArrayList<>()).add(target);
        }
        for (PerformanceActual actual : model.actuals) {
            actuals.computeIfAbsent(actual.projectId() + "|" + actual.targetId(), id -> new ArrayList<>()).add(actual);
        }
        for (Allocation allocation : model.allocations) {
            allocationsByPair.computeIfAbsent(allocation.indicatorId() + "|" + allocation.projectId(), id -> new ArrayList<>())
                    .add(allocation);
        }
    }

    void hits(int month, Map<String, String> out) {
        LocalDate end = range.end(month);
        for (Project project : model.projects.values()) {
            if (deliveries.projectMonth(project.id()) <= month && project.endedAt(end) && fallsShort(project, month, end)) {
                out.put(Warning.warningId("TARGET_SHORTFALL", List.of(project.id())), "yellow");
            }
        }
        for (List<Allocation> pair : allocationsByPair.values()) {
            Allocation first = pair.get(0);
            Project project = model.projects.get(first.projectId());
            if (project == null || !project.endedAt(end)) {
                continue;
            }
            long allocated = 0;
            for (Allocation allocation : pair) {
                if (deliveries.allocationVisible(allocation) <= month) {
                    allocated += Money.fen(allocation.amount());
                }
            }
            if (allocated - payments.paid(first.indicatorId(), first.projectId(), month) > 0) {
                out.put(Warning.warningId("SURPLUS_RECOVERY", List.of(first.indicatorId(), first.projectId())), "orange");
            }
        }
    }

    private boolean fallsShort(Project project, int month, LocalDate end) {
        for (PerformanceTarget target : targets.getOrDefault(project.id(), List.of())) {
            PerformanceActual latest = null;
            for (PerformanceActual actual : actuals.getOrDefault(project.id() + "|" + target.targetId(), List.of())) {
                if (!actual.asOf().isAfter(end) && deliveries.actualVisible(actual) <= month
                        && (latest == null || actual.asOf().isAfter(latest.asOf()))) {
                    latest = actual;
                }
            }
            if (latest != null && !met(target.direction(), target.targetValue(), latest.actualValue())) {
                return true;
            }
        }
        return false;
    }

    /** rules.md: >= met when actual >= 0.8 target (or target 0); <= when target >= 0.8 actual (or actual 0); = both ways. */
    static boolean met(String direction, BigDecimal target, BigDecimal actual) {
        return switch (direction) {
            case ">=" -> target.signum() == 0 || atLeastMinimumOf(actual, target);
            case "<=" -> actual.signum() == 0 || atLeastMinimumOf(target, actual);
            default -> actual.compareTo(target) == 0
                    || actual.signum() != 0 && target.signum() != 0 && atLeastMinimumOf(actual, target) && atLeastMinimumOf(target, actual);
        };
    }

    private static boolean atLeastMinimumOf(BigDecimal value, BigDecimal of) {
        return value.compareTo(COMPLETION_MINIMUM.multiply(of)) >= 0;
    }
}
