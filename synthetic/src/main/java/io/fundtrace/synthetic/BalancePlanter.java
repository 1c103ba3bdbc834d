package io.fundtrace.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * County money left unspent: part of it (CARRYOVER in the last year, the first form of SURPLUS_RECOVERY two
 * years on) or all of it (also IDLE_FUNDS). Noise: next year's advance indicators received shortly before D,
 * unpaid and without their transfer yet, which no rule may flag.
 */
final class BalancePlanter {
    private final PlantContext context;

    BalancePlanter(PlantContext context) {
        this.context = context;
    }

    void plant() {
        int from = context.model.options.fromYear();
        int to = context.model.options.toYear();
        for (int i = 0; i < context.times(); i++) {
            partlySpent(from);
            partlySpent(to);
            idle(from);
            idle(to);
            idle(context.chains.year());
        }
        advanceIndicatorsJustReceived();
    }

    private void partlySpent(int year) {
        Chains chains = context.chains;
        ReferenceData.Fund fund = chains.centralFund();
        BigDecimal amount = chains.amount(fund.code(), year);
        Indicator county = chains.toCounty(fund.code(), year, chains.county(), amount, amount);
        BigDecimal unspent = context.share(amount, 0.1, 0.4);
        BigDecimal spent = amount.subtract(unspent);
        Project project = context.normalProject(county.recipient(), year);
        context.spender.allocateAndPay(county, project.id(), spent, spent, county.receipt().plusDays(4));
        context.warn(Grain.balance(county, unspent, context.lastDate()));
    }

    private void idle(int year) {
        Chains chains = context.chains;
        ReferenceData.Fund fund = chains.centralFund();
        BigDecimal amount = chains.amount(fund.code(), year);
        Indicator county = chains.toCounty(fund.code(), year, chains.county(), amount, amount);
        context.warn(Grain.indicator("IDLE_FUNDS", "yellow", county, amount, null, null));
        context.warn(Grain.balance(county, amount, context.lastDate()));
    }

    private void advanceIndicatorsJustReceived() {
        DropModel model = context.model;
        int next = model.options.toYear() + 1;
        LocalDate last = context.lastDate();
        ReferenceData.Fund central = context.chains.centralFund();
        BigDecimal amount = Money.wan(500 + model.random.nextInt(5000));
        // Received five days before D: within the grace days, so its missing transfer is no warning yet.
        model.indicatorWithoutTransfer(central.code(), next,
                model.documentNumbers.next("100000", central.department(), next), null, "100000", "650000", amount, amount,
                last.minusDays(8), last.minusDays(5));
        ReferenceData.Fund regional = model.reference.funds.stream().filter(f -> f.origin().equals("regional")).findFirst()
                .orElseThrow();
        String county = context.chains.county();
        String prefecture = model.reference.regions.get(county).parent();
        BigDecimal small = Money.wan(20 + model.random.nextInt(200));
        Indicator toPrefecture = model.issue(regional.code(), next,
                model.documentNumbers.next("650000", regional.department(), next), null, "650000", prefecture, small, small,
                last.minusDays(40), last.minusDays(38));
        // Received 30 days before D and not yet paid: not idle before 90 days.
        model.issue(regional.code(), next, model.documentNumbers.next(prefecture, regional.department(), next),
                toPrefecture, prefecture, county, small, small, last.minusDays(32), last.minusDays(30));
    }
}
