package io.fundtrace.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * OVERSPEND: a county paying more than its poverty share (also where the indicator is only partly
 * poverty money, the excess staying within its whole amount) and a prefecture issuing more than it
 * received. Noise: an overpayment refunded later, which leaves nothing overspent.
 */
final class OverspendPlanter {
    private final PlantContext context;

    OverspendPlanter(PlantContext context) {
        this.context = context;
    }

    void plant() {
        for (int i = 0; i < context.times(); i++) {
            countyOverspends(false);
            countyOverspends(true);
            prefectureIssuesMoreThanReceived();
            overpaidAndRefunded();
        }
    }

    private void countyOverspends(boolean partlyPoverty) {
        Chains chains = context.chains;
        ReferenceData.Fund fund = chains.centralFund();
        int year = chains.year();
        BigDecimal poverty = chains.amount(fund.code(), year);
        BigDecimal amount = partlyPoverty ? poverty.add(Money.part(poverty, 0.25)) : poverty;
        Indicator county = chains.toCounty(fund.code(), year, chains.county(), amount, poverty);
        // Where the indicator is partly poverty money, the excess stays within its whole amount.
        BigDecimal excess = context.share(poverty, 0.05, 0.2);
        Project project = context.normalProject(county.recipient(), year);
        context.spender.allocateAndPay(county, project.id(), poverty.add(excess), poverty.add(excess),
                county.receipt().plusDays(3));
        context.warn(Grain.indicator("OVERSPEND", "orange", county, excess, null, null));
    }

    private void prefectureIssuesMoreThanReceived() {
        Chains chains = context.chains;
        ReferenceData.Fund fund = chains.centralFund();
        int year = chains.year();
        String county = chains.county();
        BigDecimal amount = chains.amount(fund.code(), year);
        BigDecimal excess = context.share(amount, 0.05, 0.3);
        Indicator central = chains.central(fund.code(), year, amount, amount, chains.start(year));
        Indicator prefecture = chains.down(central, context.model.reference.regions.get(county).parent(), amount, amount,
                central.receipt().plusDays(9));
        context.spendAll(chains.down(prefecture, county, amount, amount, prefecture.receipt().plusDays(9)));
        context.spendAll(chains.down(prefecture, county, excess, excess, prefecture.receipt().plusDays(11)));
        context.warn(Grain.indicator("OVERSPEND", "orange", prefecture, excess, null, null));
    }

    private void overpaidAndRefunded() {
        Chains chains = context.chains;
        ReferenceData.Fund fund = chains.centralFund();
        int year = chains.year();
        BigDecimal amount = chains.amount(fund.code(), year).add(BigDecimal.valueOf(100_000));
        Indicator county = chains.toCounty(fund.code(), year, chains.county(), amount, amount);
        Project project = context.normalProject(county.recipient(), year);
        BigDecimal planted = BigDecimal.valueOf(60_000).setScale(2);
        BigDecimal excess = BigDecimal.valueOf(15_000).setScale(2);
        LocalDate day = county.receipt().plusDays(5);
        Payment overpaid = context.payments.organisation(context.payments.nextPlantedId(year), county, project.id(), true, 3,
                planted.add(excess), day);
        context.addPayment(overpaid);
        context.addPayment(context.payments.refund(context.payments.nextPlantedId(year), overpaid, excess, day.plusDays(9)));
        context.spender.allocateAndPay(county, project.id(), amount, amount.subtract(planted), day);
    }
}
