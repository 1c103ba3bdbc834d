package io.fundtrace.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the month-end rules need of the payments, gathered while a monthly drop writes them (a million
 * payments are never all in memory): per indicator and per indicator and project, the fen paid that the
 * warehouse holds from each month on (cumulated by {@link #finish}); the first month any payment of an
 * indicator or to a project is held; and, for indicators not held by a county (ISSUE_OVERDUE counts
 * their payments by the day), every payment with its date.
 */
final class PaymentTotals {
    record DatedPayment(LocalDate date, int visibleMonth, long fen) {
    }

    private final int months;
    private final Map<String, long[]> byIndicator = new HashMap<>();
    private final Map<String, long[]> byIndicatorProject = new HashMap<>();
    private final Map<String, Integer> firstByIndicator = new HashMap<>();
    private final Map<String, Integer> firstByProject = new HashMap<>();
    private final Map<String, List<DatedPayment>> datedByIndicator = new HashMap<>();

    PaymentTotals(int months) {
        this.months = months;
    }

    void add(Payment payment, int visibleMonth, boolean heldByCounty) {
        long fen = Money.fen(payment.amount());
        byIndicator.computeIfAbsent(payment.indicatorId(), id -> new long[months])[visibleMonth] += fen;
        firstByIndicator.merge(payment.indicatorId(), visibleMonth, Math::min);
        if (payment.projectId() != null) {
            byIndicatorProject.computeIfAbsent(pair(payment.indicatorId(), payment.projectId()), id -> new long[months])[visibleMonth] += fen;
            firstByProject.merge(payment.projectId(), visibleMonth, Math::min);
        }
        if (!heldByCounty) {
            datedByIndicator.computeIfAbsent(payment.indicatorId(), id -> new ArrayList<>())
                    .add(new DatedPayment(payment.payDate(), visibleMonth, fen));
        }
    }

    /** Turns the per-month totals into totals up to each month. */
    void finish() {
        for (long[] totals : byIndicator.values()) {
            cumulate(totals);
        }
        for (long[] totals : byIndicatorProject.values()) {
            cumulate(totals);
        }
    }

    private static void cumulate(long[] totals) {
        for (int month = 1; month < totals.length; month++) {
            totals[month] += totals[month - 1];
        }
    }

    /** Fen paid from the indicator that the warehouse holds by the month's cycle. */
    long paid(String indicatorId, int month) {
        long[] totals = byIndicator.get(indicatorId);
        return totals == null ? 0 : totals[month];
    }

    long paid(String indicatorId, String projectId, int month) {
        long[] totals = byIndicatorProject.get(pair(indicatorId, projectId));
        return totals == null ? 0 : totals[month];
    }

    /** Whether the warehouse holds any payment of the indicator by the month's cycle. */
    boolean anyPayment(String indicatorId, int month) {
        return firstByIndicator.getOrDefault(indicatorId, Integer.MAX_VALUE) <= month;
    }

    /** The first month from which the warehouse holds a payment to the project (MAX_VALUE when never). */
    int firstPaymentToProject(String projectId) {
        return firstByProject.getOrDefault(projectId, Integer.MAX_VALUE);
    }

    /** Fen paid from an indicator not held by a county up to a day, as held by the month's cycle. */
    long paidByDay(String indicatorId, LocalDate day, int month) {
        long fen = 0;
        for (DatedPayment payment : datedByIndicator.getOrDefault(indicatorId, List.of())) {
            if (!payment.date().isAfter(day) && payment.visibleMonth() <= month) {
                fen += payment.fen();
            }
        }
        return fen;
    }

    private static String pair(String indicatorId, String projectId) {
        return indicatorId + "|" + projectId;
    }
}
