package io.fundtrace.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * DUPLICATE_PAYEE in both forms: one person paid two or three times in a month by one fund and project
 * (same_month), one account receiving payments for five or six persons in a year (shared_account).
 * Noise: the same person in another month or project, four persons on one account, five over two years.
 */
final class DuplicatePayeePlanter {
    private final PlantContext context;

    DuplicatePayeePlanter(PlantContext context) {
        this.context = context;
    }

    void plant() {
        for (int i = 0; i < context.times(); i++) {
            samePersonTwiceInAMonth(2);
            samePersonTwiceInAMonth(3);
            samePersonTwiceInAMonth(2);
            sharedAccount(5, true);
            sharedAccount(6, true);
            sharedAccount(4, false);
            sharedAccountAcrossNewYear();
        }
    }

    private void samePersonTwiceInAMonth(int payments) {
        Chains chains = context.chains;
        ReferenceData.Fund fund = chains.centralFund();
        int year = chains.year();
        BigDecimal amount = chains.amount(fund.code(), year).add(BigDecimal.valueOf(100_000));
        Indicator county = chains.toCounty(fund.code(), year, chains.county(), amount, amount);
        Project project = context.normalProject(county.recipient(), year);
        Project otherProject = context.normalProject(county.recipient(), year);
        String personId = context.model.identities.plantedPerson(county.recipient());
        LocalDate monthStart = county.receipt().withDayOfMonth(1).plusMonths(1);
        List<Payment> month = new ArrayList<>();
        for (int i = 0; i < payments; i++) {
            // The first two on one day: the order then follows payment_id.
            month.add(context.plantedPerson(county, project.id(), monthStart.plusDays(i == 0 ? 1 : 1 + 8 * (i - 1)), personId));
        }
        List<Payment> all = new ArrayList<>(month);
        all.add(context.plantedPerson(county, project.id(), monthStart.plusMonths(1).plusDays(3), personId));
        all.add(context.plantedPerson(county, otherProject.id(), monthStart.plusDays(20), personId));
        BigDecimal paidToProject = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        for (Payment payment : all) {
            context.addPayment(payment);
            paid = paid.add(payment.amount());
            if (payment.projectId().equals(project.id())) {
                paidToProject = paidToProject.add(payment.amount());
            }
        }
        month.sort(Comparator.comparing(Payment::payDate).thenComparing(Payment::id));
        BigDecimal repeated = BigDecimal.ZERO;
        for (Payment payment : month.subList(1, month.size())) {
            repeated = repeated.add(payment.amount());
        }
        context.warn(Grain.sameMonth(month.get(1), county, repeated));
        BigDecimal rest = amount.subtract(paid);
        context.spender.allocateAndPay(county, project.id(), rest.add(paidToProject), rest, county.receipt().plusDays(2));
    }

    private void sharedAccount(int persons, boolean warned) {
        Chains chains = context.chains;
        ReferenceData.Fund fund = chains.centralFund();
        int year = chains.year();
        BigDecimal amount = chains.amount(fund.code(), year).add(BigDecimal.valueOf(100_000));
        Indicator county = chains.toCounty(fund.code(), year, chains.county(), amount, amount);
        Project project = context.normalProject(county.recipient(), year);
        String account = sharedAccountNumber(county.recipient());
        List<Payment> toAccount = new ArrayList<>();
        LocalDate day = county.receipt().plusDays(3);
        for (int i = 0; i < persons; i++) {
            toAccount.add(context.plantedPerson(county, project.id(), day.plusDays(i * 4L), null).withAccount(account));
        }
        toAccount.add(context.payments.organisation(context.payments.nextPlantedId(year), county, project.id(), false, 7,
                BigDecimal.valueOf(12_000).setScale(2), day.plusDays(2)).withAccount(account));
        BigDecimal paid = BigDecimal.ZERO;
        for (Payment payment : toAccount) {
            context.addPayment(payment);
            paid = paid.add(payment.amount());
        }
        if (warned) {
            toAccount.sort(Comparator.comparing(Payment::payDate).thenComparing(Payment::id));
            context.warn(Grain.sharedAccount(toAccount.get(0), toAccount.get(0).payDate().getYear(), paid));
        }
        context.spender.allocateAndPay(county, project.id(), amount, amount.subtract(paid), county.receipt().plusDays(2));
    }

    /** Five persons on one account, but three in December and two in January: under five in each year. */
    private void sharedAccountAcrossNewYear() {
        Chains chains = context.chains;
        ReferenceData.Fund fund = chains.centralFund();
        int year = chains.year();
        BigDecimal amount = chains.amount(fund.code(), year).add(BigDecimal.valueOf(100_000));
        Indicator county = chains.toCounty(fund.code(), year, chains.county(), amount, amount);
        Project project = context.normalProject(county.recipient(), year);
        String account = sharedAccountNumber(county.recipient());
        BigDecimal paid = BigDecimal.ZERO;
        for (int i = 0; i < 5; i++) {
            LocalDate day = i < 3 ? LocalDate.of(year, 12, 10 + i) : LocalDate.of(year + 1, 1, 10 + i);
            Payment payment = context.plantedPerson(county, project.id(), day, null).withAccount(account);
            context.addPayment(payment);
            paid = paid.add(payment.amount());
        }
        context.spender.allocateAndPay(county, project.id(), amount, amount.subtract(paid), county.receipt().plusDays(2));
    }

    private String sharedAccountNumber(String county) {
        return "6230" + county + "8888" + String.format("%07d", context.model.count("shared account"));
    }
}
