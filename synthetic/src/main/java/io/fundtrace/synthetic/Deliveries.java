package io.fundtrace.synthetic;

import java.util.HashMap;
import java.util.Map;

/**
 * When each row of a monthly drop reaches the warehouse. A dated row goes into the folder of its event
 * month (contract.md's event dates); a project and its targets, which carry no event date, into the month
 * of their approval or first use, whichever comes first (never later than a row that names them, which
 * the ingest would otherwise hold in the quarantine); the local funds into the first month. A row that
 * names an indicator delivered in a later month (a payment dated before its indicator's document) is held
 * by the ingest as an unknown reference and released by the cycle of that later month: it is visible to
 * the rules from then on.
 */
final class Deliveries {
    private final DropModel model;
    private final MonthRange range;
    private final Map<String, Integer> projectMonths = new HashMap<>();

    Deliveries(DropModel model, MonthRange range) {
        this.model = model;
        this.range = range;
        for (Project project : model.projects.values()) {
            if (project.approvedDate() != null) {
                earlier(project.id(), range.indexOrFirst(project.approvedDate()));
            }
        }
        for (Allocation allocation : model.allocations) {
            earlier(allocation.projectId(), range.index(allocation.date()));
        }
        for (PaymentBatch batch : model.batches) {
            earlier(batch.projectId(), range.index(batch.first()));
        }
        for (Payment payment : model.plantedPayments) {
            if (payment.projectId() != null) {
                earlier(payment.projectId(), range.index(payment.payDate()));
            }
        }
        for (PerformanceActual actual : model.actuals) {
            earlier(actual.projectId(), range.index(actual.asOf()));
        }
    }

    private void earlier(String projectId, int month) {
        projectMonths.merge(projectId, month, Math::min);
    }

    int indicatorMonth(Indicator indicator) {
        return range.index(indicator.docDate());
    }

    int indicatorMonth(String indicatorId) {
        return indicatorMonth(model.indicators.get(indicatorId));
    }

    /** The month a project (and its targets) is delivered in: approval or first use, the first month when neither. */
    int projectMonth(String projectId) {
        return projectMonths.getOrDefault(projectId, 0);
    }

    /** From which month's cycle an allocation is in the clean layer: its own month, or its indicator's if later. */
    int allocationVisible(Allocation allocation) {
        return Math.max(Math.max(range.index(allocation.date()), indicatorMonth(allocation.indicatorId())),
                projectMonth(allocation.projectId()));
    }

    /** From which month's cycle a payment is in the clean layer. */
    int paymentVisible(Payment payment) {
        return Math.max(range.index(payment.payDate()), indicatorMonth(payment.indicatorId()));
    }

    /** From which month's cycle a performance reading is in the clean layer. */
    int actualVisible(PerformanceActual actual) {
        return Math.max(range.index(actual.asOf()), projectMonth(actual.projectId()));
    }
}
