package io.fundtrace.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * ISSUE_OVERDUE: central money a region or prefecture passed on after the 30-day deadline (issued_late,
 * days = the late document's date - deadline) or never passed on in full (outstanding, days = D - deadline,
 * which also leaves a balance: CARRYOVER or SURPLUS_RECOVERY). Exempt indicators issued late are noise.
 */
final class IssueOverduePlanter {
    private static final int DEADLINE_DAYS = 30;
    private final PlantContext context;

    IssueOverduePlanter(PlantContext context) {
        this.context = context;
    }

    void plant() {
        for (int i = 0; i < context.times(); i++) {
            issuedLateByRegion();
            issuedLateInPartByPrefecture();
            outstandingAtRegion(context.model.options.toYear());
            outstandingAtPrefecture(context.model.options.fromYear());
            exemptIssuedLate();
        }
    }

    private void issuedLateByRegion() {
        Chains chains = context.chains;
        ReferenceData.Fund fund = chains.centralFund();
        int year = chains.year();
        String county = chains.county();
        BigDecimal amount = chains.amount(fund.code(), year);
        Indicator central = chains.central(fund.code(), year, amount, amount, chains.start(year));
        int late = 1 + context.model.random.nextInt(40);
        Indicator prefecture = chains.down(central, prefectureOf(county), amount, amount, deadline(central).plusDays(late));
        context.spendAll(chains.down(prefecture, county, amount, amount, prefecture.receipt().plusDays(10)));
        context.warn(Grain.indicator("ISSUE_OVERDUE", "yellow", central, amount, late, "issued_late"));
    }

    private void issuedLateInPartByPrefecture() {
        Chains chains = context.chains;
        ReferenceData.Fund fund = chains.centralFund();
        int year = chains.year();
        String county = chains.county();
        BigDecimal amount = chains.amount(fund.code(), year);
        Indicator central = chains.central(fund.code(), year, amount, amount, chains.start(year));
        Indicator prefecture = chains.down(central, prefectureOf(county), amount, amount, central.receipt().plusDays(10));
        BigDecimal onTime = context.share(amount, 0.4, 0.8);
        BigDecimal late = amount.subtract(onTime);
        int days = 1 + context.model.random.nextInt(30);
        context.spendAll(chains.down(prefecture, county, onTime, onTime, prefecture.receipt().plusDays(DEADLINE_DAYS)));
        context.spendAll(chains.down(prefecture, county, late, late, deadline(prefecture).plusDays(days)));
        context.warn(Grain.indicator("ISSUE_OVERDUE", "yellow", prefecture, late, days, "issued_late"));
    }

    private void outstandingAtRegion(int year) {
        Chains chains = context.chains;
        ReferenceData.Fund fund = chains.centralFund();
        String county = chains.county();
        BigDecimal amount = chains.amount(fund.code(), year);
        Indicator central = chains.central(fund.code(), year, amount, amount, chains.start(year));
        BigDecimal issued = context.share(amount, 0.3, 0.8);
        BigDecimal kept = amount.subtract(issued);
        Indicator prefecture = chains.down(central, prefectureOf(county), issued, issued, central.receipt().plusDays(12));
        context.spendAll(chains.down(prefecture, county, issued, issued, prefecture.receipt().plusDays(10)));
        context.warn(Grain.indicator("ISSUE_OVERDUE", "orange", central, kept, daysPastDeadline(central), "outstanding"));
        context.warn(Grain.balance(central, kept, context.lastDate()));
    }

    private void outstandingAtPrefecture(int year) {
        Chains chains = context.chains;
        ReferenceData.Fund fund = chains.centralFund();
        String county = chains.county();
        BigDecimal amount = chains.amount(fund.code(), year);
        Indicator central = chains.central(fund.code(), year, amount, amount, chains.start(year));
        Indicator prefecture = chains.down(central, prefectureOf(county), amount, amount, central.receipt().plusDays(8));
        BigDecimal issued = context.share(amount, 0.3, 0.8);
        BigDecimal kept = amount.subtract(issued);
        context.spendAll(chains.down(prefecture, county, issued, issued, prefecture.receipt().plusDays(20)));
        context.warn(Grain.indicator("ISSUE_OVERDUE", "orange", prefecture, kept, daysPastDeadline(prefecture), "outstanding"));
        context.warn(Grain.balance(prefecture, kept, context.lastDate()));
    }

    /** 据实结算 / disaster money is exempt: passing it on late is no warning. */
    private void exemptIssuedLate() {
        Chains chains = context.chains;
        ReferenceData.Fund fund = chains.centralFund();
        int year = chains.year();
        String county = chains.county();
        BigDecimal amount = chains.amount(fund.code(), year);
        Indicator central = chains.central(fund.code(), year, amount, amount, chains.start(year)).asExempt();
        context.model.replace(central);
        Indicator prefecture = chains.down(central, prefectureOf(county), amount, amount, deadline(central).plusDays(25));
        context.spendAll(chains.down(prefecture, county, amount, amount, prefecture.receipt().plusDays(10)));
    }

    private String prefectureOf(String county) {
        return context.model.reference.regions.get(county).parent();
    }

    private static LocalDate deadline(Indicator indicator) {
        return indicator.receipt().plusDays(DEADLINE_DAYS);
    }

    private int daysPastDeadline(Indicator indicator) {
        return (int) ChronoUnit.DAYS.between(deadline(indicator), context.lastDate());
    }
}
