package io.fundtrace.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Expands a background batch into payments adding up exactly to its total: persons get subsidies of
 * 500-20,000 yuan (at most half the batch), enterprises and units the rest. Now and then an organisation
 * is overpaid and refunds the excess later, which leaves the total unchanged.
 */
final class BatchExpander {
    private final DropModel model;
    private final PaymentFactory factory;
    private final SplittableRandom random;

    BatchExpander(DropModel model, PaymentFactory factory) {
        this.model = model;
        this.factory = factory;
        this.random = new SplittableRandom(model.options.seed() * 31 + 4);
    }

    void expand(PaymentBatch batch, Consumer<Payment> out) {
        long total = Money.fen(batch.total());
        int count = batch.count();
        int persons = count >= 3 ? count * 6 / 10 : 0;
        long personCap = Math.max(1, total / (2L * count));
        long given = 0;
        String county = batch.indicator().recipient();
        SpendingPace.Schedule schedule = batch.paced() ? new SpendingPace.Schedule(batch, random) : null;
        for (int i = 0; i < persons; i++) {
            long amount = Math.min(personCap, 50_000 + random.nextLong(1_950_000));
            given += amount;
            String personId = model.identities.backgroundPerson(county);
            String account = random.nextInt(10) == 0 ? null : Identities.personAccount(personId);
            out.accept(factory.person(nextId(batch), batch.indicator(), batch.projectId(), personId, account,
                    Money.yuan(amount), date(batch, schedule, amount)));
        }
        int organisations = count - persons;
        double[] weights = new double[organisations];
        for (int i = 0; i < organisations; i++) {
            weights[i] = 1 + random.nextInt(10);
        }
        BigDecimal[] parts = Money.split(Money.yuan(total - given), weights);
        for (int i = 0; i < parts.length; i++) {
            BigDecimal part = parts[i];
            boolean enterprise = random.nextInt(3) != 0;
            Payment payment = factory.organisation(nextId(batch), batch.indicator(), batch.projectId(), enterprise,
                    random.nextInt(enterprise ? 30 : 10), part, date(batch, schedule, Money.fen(part)));
            if (random.nextInt(100) == 0 && Money.fen(part) >= 100_000) {
                BigDecimal excess = Money.part(part, 0.2);
                Payment overpaid = factory.organisation(payment.id(), batch.indicator(), batch.projectId(), enterprise, 0,
                        part.add(excess), payment.payDate());
                out.accept(overpaid);
                LocalDate refundDate = payment.payDate().plusDays(3 + random.nextInt(12));
                out.accept(factory.refund(nextId(batch), overpaid, excess,
                        refundDate.isAfter(model.lastDate) ? model.lastDate : refundDate));
            } else {
                out.accept(payment);
            }
        }
    }

    private String nextId(PaymentBatch batch) {
        return model.nextId("ZF", batch.indicator().fiscalYear(), 8);
    }

    private LocalDate date(PaymentBatch batch, SpendingPace.Schedule schedule, long fen) {
        return schedule == null ? SpendingPace.uniform(batch.first(), batch.last(), random) : schedule.next(fen);
    }
}
