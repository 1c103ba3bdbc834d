package io.fundtrace.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Spends county money the way the background does: arranged to projects of the county, paid in full between
 * the arrangement and 20 December at the county's pace ({@link SpendingPace}). Plants pay evenly over at most
 * 85 days from the date they give. The number of payments follows the scale (1.0 = about a million).
 */
final class Spender {
    static final double PAYMENTS_AT_SCALE_ONE = 1_000_000;
    private final DropModel model;
    private final ProjectLibrary library;
    private final double paymentsPerFen;
    private final SpendingPace pace;

    Spender(DropModel model, ProjectLibrary library, List<Indicator> countyIndicators) {
        this(model, library, countyIndicators, PAYMENTS_AT_SCALE_ONE);
    }

    /** Spends the given county indicators in about paymentsAtScaleOne payments at scale 1. */
    Spender(DropModel model, ProjectLibrary library, List<Indicator> countyIndicators, double paymentsAtScaleOne) {
        this.model = model;
        this.library = library;
        long totalFen = 0;
        for (Indicator indicator : countyIndicators) {
            totalFen += Money.fen(indicator.povertyAmount());
        }
        paymentsPerFen = paymentsAtScaleOne * model.options.scale() / Math.max(1, totalFen);
        pace = new SpendingPace(model.options.seed());
    }

    /** The whole poverty share of a background county indicator, over one to three projects. */
    void spendInFull(Indicator indicator) {
        List<Project> candidates = new ArrayList<>(library.fundedProjects(indicator.recipient(), indicator.fiscalYear()));
        int count = 1 + model.random.nextInt(Math.min(3, candidates.size()));
        double[] weights = new double[count];
        for (int i = 0; i < count; i++) {
            weights[i] = 1 + model.random.nextInt(4);
        }
        BigDecimal[] parts = Money.split(indicator.povertyAmount(), weights);
        for (int i = 0; i < count; i++) {
            Project project = candidates.remove(model.random.nextInt(candidates.size()));
            LocalDate allocated = indicator.receipt().plusDays(1 + model.random.nextInt(15));
            arrange(indicator, project.id(), parts[i], allocated);
            LocalDate last = SpendingPace.lastDay(indicator.fiscalYear());
            batch(indicator, project.id(), parts[i], allocated, last.isBefore(allocated) ? allocated : last,
                    pace.shareBeforeRush(indicator.recipient(), indicator.fundCode()));
        }
    }

    /** Arranges allocate (0 = no arrangement) and pays pay to one project, starting on the arrangement date. */
    void allocateAndPay(Indicator indicator, String projectId, BigDecimal allocate, BigDecimal pay, LocalDate allocated) {
        arrange(indicator, projectId, allocate, allocated);
        if (pay.signum() > 0) {
            pay(indicator, projectId, pay, allocated);
        }
    }

    private void arrange(Indicator indicator, String projectId, BigDecimal allocate, LocalDate allocated) {
        if (allocate.signum() > 0) {
            if (model.random.nextInt(6) == 0 && allocate.compareTo(new BigDecimal("100.00")) > 0) {
                BigDecimal first = Money.part(allocate, 0.5);
                model.allocate(indicator, projectId, first, allocated);
                model.allocate(indicator, projectId, allocate.subtract(first), allocated.plusDays(model.random.nextInt(10)));
            } else {
                model.allocate(indicator, projectId, allocate, allocated);
            }
        }
    }

    void pay(Indicator indicator, String projectId, BigDecimal total, LocalDate first) {
        LocalDate yearEnd = LocalDate.of(indicator.fiscalYear(), 12, 20);
        LocalDate last = first.plusDays(85).isAfter(yearEnd) ? yearEnd : first.plusDays(85);
        batch(indicator, projectId, total, first, last.isBefore(first) ? first : last, PaymentBatch.UNPACED);
    }

    private void batch(Indicator indicator, String projectId, BigDecimal total, LocalDate first, LocalDate last,
            double shareBeforeRush) {
        long fen = Money.fen(total);
        // At least 100 yuan a payment, so that every split part is positive.
        int count = (int) Math.max(1, Math.min(fen / 10_000, Math.round(fen * paymentsPerFen)));
        model.batches.add(new PaymentBatch(indicator, projectId, total, count, first, last, shareBeforeRush));
    }
}
