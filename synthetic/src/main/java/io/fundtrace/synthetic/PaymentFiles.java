package io.fundtrace.synthetic;

import java.util.ArrayList;
import java.util.List;

/**
 * payments_<year>.csv per fiscal year of the paying indicator. Background batches are expanded while writing,
 * so no more than one batch of payments is ever in memory.
 */
final class PaymentFiles {
    private final DropModel model;
    private final DropWriter writer;
    private final EntityRows rows;

    PaymentFiles(DropModel model, DropWriter writer, EntityRows rows) {
        this.model = model;
        this.writer = writer;
        this.rows = rows;
    }

    void write() {
        BatchExpander expander = new BatchExpander(model, new PaymentFactory(model));
        List<Integer> years = new ArrayList<>();
        for (int year = model.options.fromYear(); year <= model.options.toYear(); year++) {
            years.add(year);
        }
        for (int year : years) {
            CsvFile file = writer.open("payments", "payments_" + year + ".csv");
            for (PaymentBatch batch : model.batches) {
                if (batch.indicator().fiscalYear() == year) {
                    expander.expand(batch, payment -> file.write(rows.payment(payment)));
                }
            }
            for (Payment payment : model.plantedPayments) {
                if (model.indicators.get(payment.indicatorId()).fiscalYear() == year) {
                    file.write(rows.payment(payment));
                }
            }
            writer.close("payments", file, year == model.options.toYear());
        }
    }
}
