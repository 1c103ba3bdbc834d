package io.fundtrace.ingest.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Payment-level anomalies: OVERSPEND (a county paying more than its poverty share, also where the indicator
 * is only partly poverty money; a prefecture issuing more than it received), PAID_BEFORE_RECEIVED, and
 * DUPLICATE_PAYEE in both forms. Noise: an overpayment refunded, a payment on the receipt day, the same
 * person twice in other months or projects, four persons on one account, five spread over two years.
 */
final class PaymentPlanter {
    private final PlantContext context;

    PaymentPlanter(PlantContext context) {
        this.context = context;
    }

    void plant() {
        for (int i = 0; i < context.times(); i++) {
            countyOverspends(false);
            countyOverspends(true);
            prefectureIssuesMoreThanReceived();
            overpaidAndRefunded();
            paidBeforeReceived(true);
            paidBeforeReceived(false);
            paidBeforeReceived(true);
            samePersonTwiceInAMonth(2);
            samePersonTwiceInAMonth(3);
            samePersonTwiceInAMonth(2);
            sharedAccount(5, true);
            sharedAccount(6, true);
            sharedAccount(4, false);
            sharedAccountAcrossNewYear();
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
                : person(indicator, project.id(), early, null);
        Payment onTheDay = person(indicator, project.id(), indicator.receipt(), null);
        context.addPayment(before);
        context.addPayment(onTheDay);
        context.warn(Grain.payment("PAID_BEFORE_RECEIVED", "yellow", before, indicator, null));
        BigDecimal rest = amount.subtract(before.amount()).subtract(onTheDay.amount());
        context.spender.allocateAndPay(indicator, project.id(), amount, rest, indicator.receipt().plusDays(1));
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
            month.add(person(county, project.id(), monthStart.plusDays(i == 0 ? 1 : 1 + 8 * (i - 1)), personId));
        }
        List<Payment> all = new ArrayList<>(month);
        all.add(person(county, project.id(), monthStart.plusMonths(1).plusDays(3), personId));
        all.add(person(county, otherProject.id(), monthStart.plusDays(20), personId));
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
            toAccount.add(person(county, project.id(), day.plusDays(i * 4L), null).withAccount(account));
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
            Payment payment = person(county, project.id(), day, null).withAccount(account);
            context.addPayment(payment);
            paid = paid.add(payment.amount());
        }
        context.spender.allocateAndPay(county, project.id(), amount, amount.subtract(paid), county.receipt().plusDays(2));
    }

    private String sharedAccountNumber(String county) {
        return "6230" + county + "8888" + String.format("%07d", context.model.count("shared account"));
    }

    private Payment person(Indicator indicator, String projectId, LocalDate day, String personId) {
        String id = personId != null ? personId : context.model.identities.plantedPerson(indicator.recipient());
        BigDecimal amount = BigDecimal.valueOf(1_000 + context.model.random.nextInt(8_000)).setScale(2);
        return context.payments.person(context.payments.nextPlantedId(indicator.fiscalYear()), indicator, projectId, id,
                Identities.personAccount(id), amount, day);
    }
}
