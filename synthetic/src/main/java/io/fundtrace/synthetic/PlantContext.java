package io.fundtrace.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What every planter needs: the model, chains, projects, spending and payments, and the warnings it adds. */
final class PlantContext {
    final DropModel model;
    final Chains chains;
    final ProjectLibrary library;
    final Spender spender;
    final PaymentFactory payments;
    final List<Indicator> background;
    private final Set<String> touched = new HashSet<>();

    PlantContext(DropModel model, ProjectLibrary library, Spender spender, List<Indicator> background) {
        this.model = model;
        this.chains = new Chains(model);
        this.library = library;
        this.spender = spender;
        this.payments = new PaymentFactory(model);
        this.background = List.copyOf(background);
    }

    int times() {
        return model.options.plantRounds();
    }

    LocalDate lastDate() {
        return model.lastDate;
    }

    void warn(Warning warning) {
        if (warning != null) {
            model.warn(warning);
        }
    }

    /** A project like the background's: in the plan, approved the year before, meeting its targets. */
    Project normalProject(String county, int year) {
        return library.create(county, year, true, library.approvalDate(year),
                year < model.options.toYear() || model.random.nextBoolean(), Set.of());
    }

    /** Spends a county indicator's poverty share in full on a new normal project. */
    Project spendAll(Indicator county) {
        Project project = normalProject(county.recipient(), county.fiscalYear());
        spender.allocateAndPay(county, project.id(), county.povertyAmount(), county.povertyAmount(),
                county.receipt().plusDays(3));
        return project;
    }

    /** A background county indicator no other plant has changed. */
    Indicator untouchedBackground() {
        for (int attempt = 0; attempt < 1000; attempt++) {
            Indicator candidate = model.indicators.get(background.get(model.random.nextInt(background.size())).id());
            if (touched.add(candidate.id())) {
                return candidate;
            }
        }
        throw new IllegalStateException("no untouched background indicator left");
    }

    BigDecimal share(BigDecimal amount, double from, double to) {
        return Money.part(amount, from + (to - from) * model.random.nextDouble());
    }

    void addPayment(Payment payment) {
        model.plantedPayments.add(payment);
    }

    /** A planted payment to a person (a new one unless personId is given), with the person's own account. */
    Payment plantedPerson(Indicator indicator, String projectId, LocalDate day, String personId) {
        String id = personId != null ? personId : model.identities.plantedPerson(indicator.recipient());
        BigDecimal amount = BigDecimal.valueOf(1_000 + model.random.nextInt(8_000)).setScale(2);
        return payments.person(payments.nextPlantedId(indicator.fiscalYear()), indicator, projectId, id,
                Identities.personAccount(id), amount, day);
    }
}
