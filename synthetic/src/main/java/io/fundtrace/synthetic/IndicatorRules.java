package io.fundtrace.synthetic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The generator's own reading of the rules of rules.md about one indicator's money - ISSUE_OVERDUE,
 * CARRYOVER, the first form of SURPLUS_RECOVERY, IDLE_FUNDS, OVERSPEND - at a month end, over the rows
 * the warehouse holds after that month's cycle. Written from rules.md, not from the marts' SQL, so that
 * the two can be compared.
 */
final class IndicatorRules {
    private static final int ISSUE_DEADLINE_DAYS = 30;
    private static final int IDLE_DAYS = 90;

    private final DropModel model;
    private final MonthRange range;
    private final Deliveries deliveries;
    private final PaymentTotals payments;
    private final Map<String, List<Indicator>> children = new HashMap<>();
    private final Map<String, List<Allocation>> allocations = new HashMap<>();

    IndicatorRules(DropModel model, MonthRange range, Deliveries deliveries, PaymentTotals payments) {
        this.model = model;
        this.range = range;
        this.deliveries = deliveries;
        this.payments = payments;
        for (Indicator indicator : model.indicators.values()) {
            if (indicator.parentId() != null) {
                children.computeIfAbsent(indicator.parentId(), id -> new ArrayList<>()).add(indicator);
            }
        }
        for (Allocation allocation : model.allocations) {
            allocations.computeIfAbsent(allocation.indicatorId(), id -> new ArrayList<>()).add(allocation);
        }
    }

    /** Adds warning_id -> level of every hit at the month's end. */
    void hits(int month, Map<String, String> out) {
        LocalDate end = range.end(month);
        for (Indicator indicator : model.indicators.values()) {
            if (deliveries.indicatorMonth(indicator) > month) {
                continue;
            }
            long poverty = Money.fen(indicator.povertyAmount());
            long issuedDown = issuedDown(indicator, end);
            long paid = payments.paid(indicator.id(), month);
            long balance = poverty - issuedDown - paid;
            String level = model.reference.regions.get(indicator.recipient()).level();
            issueOverdue(indicator, level, poverty, month, end, out);
            LocalDate yearEnd = LocalDate.of(indicator.fiscalYear(), 12, 31);
            if (balance > 0 && !end.isBefore(yearEnd.plusYears(1))) {
                out.put(id("SURPLUS_RECOVERY", indicator), "orange");
            } else if (balance > 0 && !end.isBefore(yearEnd)) {
                out.put(id("CARRYOVER", indicator), "yellow");
            }
            if (level.equals("county") && ChronoUnit.DAYS.between(indicator.receipt(), end) >= IDLE_DAYS && balance > 0
                    && !payments.anyPayment(indicator.id(), month)) {
                out.put(id("IDLE_FUNDS", indicator), "yellow");
            }
            if (paid > poverty - issuedDown) {
                out.put(id("OVERSPEND", indicator), "orange");
            }
        }
    }

    /**
     * Central money at province or prefecture level must be distributed (issued down, allocated, paid)
     * within 30 days of receipt: a hit once the deadline has passed with money left undistributed by it;
     * yellow when all of it is distributed by the month end (issued late), else orange (outstanding).
     */
    private void issueOverdue(Indicator indicator, String level, long poverty, int month, LocalDate end,
            Map<String, String> out) {
        if (!model.fund(indicator.fundCode()).central() || indicator.exempt()
                || !(level.equals("province") || level.equals("prefecture"))) {
            return;
        }
        LocalDate deadline = indicator.receipt().plusDays(ISSUE_DEADLINE_DAYS);
        if (!deadline.isBefore(end) || poverty - distributed(indicator, deadline, month) <= 0) {
            return;
        }
        out.put(id("ISSUE_OVERDUE", indicator), distributed(indicator, end, month) >= poverty ? "yellow" : "orange");
    }

    private long distributed(Indicator indicator, LocalDate day, int month) {
        long fen = issuedDown(indicator, day);
        for (Allocation allocation : allocations.getOrDefault(indicator.id(), List.of())) {
            if (!allocation.date().isAfter(day) && deliveries.allocationVisible(allocation) <= month) {
                fen += Money.fen(allocation.amount());
            }
        }
        return fen + payments.paidByDay(indicator.id(), day, month);
    }

    /** The poverty share issued down to children dated on or before the day (a child is delivered in its own month). */
    private long issuedDown(Indicator indicator, LocalDate day) {
        long fen = 0;
        for (Indicator child : children.getOrDefault(indicator.id(), List.of())) {
            if (!child.docDate().isAfter(day)) {
                fen += Money.fen(child.povertyAmount());
            }
        }
        return fen;
    }

    private static String id(String rule, Indicator indicator) {
        return Warning.warningId(rule, List.of(indicator.id()));
    }
}
