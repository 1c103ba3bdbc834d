package io.fundtrace.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * PAID_BEFORE_RECEIVED: a payment dated before its indicator's receipt, once against a received_date and
 * once against the doc_date where received_date is empty. Noise: a payment on the receipt day itself.
 */
final class PaidBeforeReceivedPlanter {
    private final PlantContext context;

    PaidBeforeReceivedPlanter(PlantContext context) {
        this.context = context;
    }

    void plant() {
        for (int i = 0; i < context.times(); i++) {
            paidBeforeReceived(true);
            paidBeforeReceived(false);
            paidBeforeReceived(true);
        }
    }

    private void paidBeforeReceived(boolean receivedLater) {
        DropModel model = context.model;
        Chains chains = context.chains;
        ReferenceData.Fund fund = chains.centralFund();
        int year = chains.year();
        String county = chains.county();
        BigDecimal amount = chains.amount(fund.code(), year).add(BigDecimal.valueOf(100_000));
        Indicator central = chains.central(fund.code(), year, amount, amount, chains.start(year));
        Indicator prefecture = chains.down(central, model.reference.regions.get(county).parent(), amount, amount,
                central.receipt().plusDays(10));
        LocalDate doc = prefecture.receipt().plusDays(10);
        Indicator indicator = model.issue(fund.code(), year,
                model.documentNumbers.next(prefecture.recipient(), fund.department(), year), prefecture,
                prefecture.recipient(), county, amount, amount, doc, receivedLater ? doc.plusDays(12) : null);
        Project project = context.normalProject(county, year);
        LocalDate early = receivedLater ? doc.plusDays(4) : doc.minusDays(2);
        Payment before = receivedLater
                ? context.payments.organisation(context.payments.nextPlantedId(year), indicator, project.id(), false, 1,
                        BigDecimal.valueOf(30_000).setScale(2), early)
                : context.plantedPerson(indicator, project.id(), early, null);
        Payment onTheDay = context.plantedPerson(indicator, project.id(), indicator.receipt(), null);
        context.addPayment(before);
        context.addPayment(onTheDay);
        context.warn(Grain.payment("PAID_BEFORE_RECEIVED", "yellow", before, indicator, null));
        BigDecimal rest = amount.subtract(before.amount()).subtract(onTheDay.amount());
        context.spender.allocateAndPay(indicator, project.id(), amount, rest, indicator.receipt().plusDays(1));
    }
}
