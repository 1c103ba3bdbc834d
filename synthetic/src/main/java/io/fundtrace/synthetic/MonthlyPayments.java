package io.fundtrace.synthetic;

import java.util.function.Consumer;

/**
 * The payments of a monthly drop, each into the file of its month, expanded in the order of the single
 * drop's payment files (fiscal year, then background batches, then planted payments) so that they are the
 * same payments; on the way, their totals for the month-end rules.
 */
final class MonthlyPayments {
    private final DropModel model;
    private final MonthlyFiles files;
    private final EntityRows rows;
    private final Deliveries deliveries;
    private final MonthRange range;

    MonthlyPayments(DropModel model, MonthlyFiles files, EntityRows rows, Deliveries deliveries, MonthRange range) {
        this.model = model;
        this.files = files;
        this.rows = rows;
        this.deliveries = deliveries;
        this.range = range;
    }

    PaymentTotals write() {
        PaymentTotals totals = new PaymentTotals(range.size());
        MonthlyFiles.EntityFiles payments = files.open("payments");
        Consumer<Payment> out = payment -> {
            payments.write(range.index(payment.payDate()), rows.payment(payment));
            Indicator indicator = model.indicators.get(payment.indicatorId());
            totals.add(payment, deliveries.paymentVisible(payment),
                    model.reference.regions.get(indicator.recipient()).level().equals("county"));
        };
        BatchExpander expander = new BatchExpander(model, new PaymentFactory(model));
        for (int year = model.options.fromYear(); year <= model.options.toYear(); year++) {
            for (PaymentBatch batch : model.batches) {
                if (batch.indicator().fiscalYear() == year) {
                    expander.expand(batch, out);
                }
            }
            for (Payment payment : model.plantedPayments) {
                if (model.indicators.get(payment.indicatorId()).fiscalYear() == year) {
                    out.accept(payment);
                }
            }
        }
        payments.close();
        totals.finish();
        return totals;
    }
}
