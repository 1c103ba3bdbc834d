package io.fundtrace.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * Project-level anomalies: projects funded without performance targets (NO_PERFORMANCE_TARGET), ended
 * projects whose latest reading misses a target (TARGET_SHORTFALL), and ended projects left with arranged
 * but unpaid money (the project_ended form of SURPLUS_RECOVERY; the indicator itself is spent elsewhere).
 */
final class ProjectPlanter {
    private final PlantContext context;

    ProjectPlanter(PlantContext context) {
        this.context = context;
    }

    void plant() {
        for (int i = 0; i < context.times(); i++) {
            fundedFromTwoIndicatorsWithoutTargets();
            paidWithoutArrangementOrTargets();
            runningWithoutTargets();
            shortfall(Set.of(1), "T1");
            shortfall(Set.of(1, 3), "T1;T3");
            shortfall(Set.of(2, 4), "T2;T4");
            shortfallOfRunningProject();
            endedWithMoneyLeft(context.model.options.fromYear());
            endedWithMoneyLeft(context.model.options.toYear());
        }
    }

    private Indicator countyIndicator(String county, int year) {
        ReferenceData.Fund fund = context.chains.centralFund();
        BigDecimal amount = context.chains.amount(fund.code(), year);
        return context.chains.toCounty(fund.code(), year, county, amount, amount);
    }

    private void fundedFromTwoIndicatorsWithoutTargets() {
        int year = context.chains.year();
        String county = context.chains.county();
        Project project = context.library.createWithoutTargets(county, year, true, context.library.approvalDate(year),
                context.model.random.nextBoolean());
        Indicator first = countyIndicator(county, year);
        Indicator second = countyIndicator(county, year);
        LocalDate firstDate = first.receipt().plusDays(2);
        LocalDate secondDate = second.receipt().plusDays(2);
        if (secondDate.isBefore(firstDate)) {
            Indicator swap = first;
            first = second;
            second = swap;
            LocalDate swapDate = firstDate;
            firstDate = secondDate;
            secondDate = swapDate;
        }
        // Arranged in this order, so a tie on the date is broken by the earlier allocation_id.
        context.model.allocate(first, project.id(), first.povertyAmount(), firstDate);
        context.model.allocate(second, project.id(), second.povertyAmount(), secondDate);
        context.spender.pay(first, project.id(), first.povertyAmount(), firstDate);
        context.spender.pay(second, project.id(), second.povertyAmount(), secondDate);
        context.warn(Grain.project("NO_PERFORMANCE_TARGET", "orange", project, first,
                first.povertyAmount().add(second.povertyAmount()), null));
    }

    private void paidWithoutArrangementOrTargets() {
        int year = context.chains.year();
        String county = context.chains.county();
        Project project = context.library.createWithoutTargets(county, year, true, context.library.approvalDate(year), true);
        Indicator indicator = countyIndicator(county, year);
        context.spender.pay(indicator, project.id(), indicator.povertyAmount(), indicator.receipt().plusDays(5));
        context.warn(Grain.project("NO_PERFORMANCE_TARGET", "orange", project, indicator, indicator.povertyAmount(), null));
    }

    private void runningWithoutTargets() {
        int year = context.model.options.toYear();
        String county = context.chains.county();
        Project project = context.library.createWithoutTargets(county, year, true, context.library.approvalDate(year), false);
        Indicator indicator = countyIndicator(county, year);
        context.spender.allocateAndPay(indicator, project.id(), indicator.povertyAmount(), indicator.povertyAmount(),
                indicator.receipt().plusDays(3));
        context.warn(Grain.project("NO_PERFORMANCE_TARGET", "orange", project, indicator, indicator.povertyAmount(), null));
    }

    private void shortfall(Set<Integer> failing, String reason) {
        int year = context.chains.year();
        String county = context.chains.county();
        Project project = context.library.create(county, year, true, context.library.approvalDate(year), true, failing);
        Indicator indicator = countyIndicator(county, year);
        context.spender.allocateAndPay(indicator, project.id(), indicator.povertyAmount(), indicator.povertyAmount(),
                indicator.receipt().plusDays(3));
        context.warn(Grain.project("TARGET_SHORTFALL", "yellow", project, indicator, indicator.povertyAmount(), reason));
    }

    /** Missing targets of a project still running are not judged yet. */
    private void shortfallOfRunningProject() {
        int year = context.model.options.toYear();
        String county = context.chains.county();
        Project project = context.library.create(county, year, true, context.library.approvalDate(year), false, Set.of(1));
        Indicator indicator = countyIndicator(county, year);
        context.spender.allocateAndPay(indicator, project.id(), indicator.povertyAmount(), indicator.povertyAmount(),
                indicator.receipt().plusDays(3));
    }

    private void endedWithMoneyLeft(int year) {
        String county = context.chains.county();
        Project ended = context.library.create(county, year, true, context.library.approvalDate(year), true, Set.of());
        Project other = context.normalProject(county, year);
        Indicator indicator = countyIndicator(county, year);
        BigDecimal left = context.share(indicator.povertyAmount(), 0.1, 0.3);
        LocalDate arranged = indicator.receipt().plusDays(3);
        context.spender.allocateAndPay(indicator, ended.id(), indicator.povertyAmount(),
                indicator.povertyAmount().subtract(left), arranged);
        context.spender.pay(indicator, other.id(), left, arranged.plusDays(5));
        context.warn(Grain.indicatorProject(indicator, ended, left));
    }
}
