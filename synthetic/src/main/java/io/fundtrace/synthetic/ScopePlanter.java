package io.fundtrace.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * OUT_OF_SCOPE payments of the special poverty fund C36 (econ_deny and func_allow rules) and of a fund with
 * the default profile (debt only), each with the reasons rules.md lists in its order. The rest of the
 * indicator is spent normally, so the plant adds nothing but these payments' warnings.
 */
final class ScopePlanter {
    private record Planned(Payment payment, String reason) {
    }

    private final PlantContext context;

    ScopePlanter(PlantContext context) {
        this.context = context;
    }

    void plant() {
        for (int i = 0; i < context.times(); i++) {
            specialPovertyFund();
            defaultProfileFund();
        }
    }

    private void specialPovertyFund() {
        DropModel model = context.model;
        Chains chains = context.chains;
        int year = chains.year();
        String county = chains.county();
        BigDecimal amount = chains.amount("C36", year).add(BigDecimal.valueOf(500_000));
        Indicator indicator = chains.toCounty("C36", year, county, amount, amount);
        LocalDate day = indicator.receipt().plusDays(6);
        Project normal = context.normalProject(county, year);
        Project notInPlan = context.library.create(county, year, false, context.library.approvalDate(year), false, Set.of());
        Project neverApproved = context.library.create(county, year, true, null, false, Set.of());
        Project approvedLater = context.library.create(county, year, true, day.plusDays(10), false, Set.of());
        Project approvedThatDay = context.library.create(county, year, true, day, false, Set.of());
        Project elsewhere = context.library.create(chains.otherCounty(county), year, true, context.library.approvalDate(year),
                false, Set.of());
        Project notInPlanNorApproved = context.library.create(county, year, false, null, false, Set.of());
        String unknownProject = "XM" + county + year + "X" + model.count("unknown project");

        List<Planned> planned = new ArrayList<>();
        planned.add(new Planned(organisation(indicator, normal.id(), day).withClasses("2130505", "30101"), "econ_denied"));
        planned.add(new Planned(person(indicator, normal.id(), day).withClasses("2080501", "30305"), "func_not_allowed"));
        planned.add(new Planned(organisation(indicator, normal.id(), day).withClasses("2010101", "50306"),
                "econ_denied;func_not_allowed"));
        planned.add(new Planned(person(indicator, null, day), "project_missing"));
        planned.add(new Planned(organisation(indicator, unknownProject, day), "project_missing"));
        planned.add(new Planned(organisation(indicator, notInPlan.id(), day), "project_not_in_plan"));
        planned.add(new Planned(person(indicator, neverApproved.id(), day), "project_not_approved"));
        planned.add(new Planned(organisation(indicator, approvedLater.id(), day), "project_not_approved"));
        planned.add(new Planned(organisation(indicator, approvedThatDay.id(), day), null));
        planned.add(new Planned(organisation(indicator, elsewhere.id(), day), "project_other_county"));
        planned.add(new Planned(organisation(indicator, notInPlanNorApproved.id(), day).withClasses("2130505", "31013"),
                "econ_denied;project_not_in_plan;project_not_approved"));
        BigDecimal paidToNormal = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        for (Planned plan : planned) {
            context.addPayment(plan.payment());
            paid = paid.add(plan.payment().amount());
            if (normal.id().equals(plan.payment().projectId())) {
                paidToNormal = paidToNormal.add(plan.payment().amount());
            }
            if (plan.reason() != null) {
                context.warn(Grain.payment("OUT_OF_SCOPE", "orange", plan.payment(), indicator, plan.reason()));
            }
        }
        BigDecimal rest = amount.subtract(paid);
        context.spender.allocateAndPay(indicator, normal.id(), rest.add(paidToNormal), rest, indicator.receipt().plusDays(2));
    }

    private void defaultProfileFund() {
        Chains chains = context.chains;
        ReferenceData.Fund fund = chains.centralFund();
        while ("special_poverty".equals(fund.scopeProfile())) {
            fund = chains.centralFund();
        }
        int year = chains.year();
        String county = chains.county();
        BigDecimal amount = chains.amount(fund.code(), year).add(BigDecimal.valueOf(200_000));
        Indicator indicator = chains.toCounty(fund.code(), year, county, amount, amount);
        Project normal = context.normalProject(county, year);
        LocalDate day = indicator.receipt().plusDays(4);
        // The default profile has no functional check: a wrong functional code alone is no warning.
        Payment debt = organisation(indicator, normal.id(), day).withClasses("2080801", "30701");
        Payment otherHead = organisation(indicator, normal.id(), day.plusDays(1)).withClasses("2080801", "30299");
        context.addPayment(debt);
        context.addPayment(otherHead);
        context.warn(Grain.payment("OUT_OF_SCOPE", "orange", debt, indicator, "econ_denied"));
        BigDecimal rest = amount.subtract(debt.amount()).subtract(otherHead.amount());
        context.spender.allocateAndPay(indicator, normal.id(), amount, rest, indicator.receipt().plusDays(2));
    }

    private Payment organisation(Indicator indicator, String projectId, LocalDate day) {
        BigDecimal amount = BigDecimal.valueOf(5_000 + context.model.random.nextInt(40_000)).setScale(2);
        return context.payments.organisation(context.payments.nextPlantedId(indicator.fiscalYear()), indicator, projectId,
                true, context.model.random.nextInt(30), amount, day);
    }

    private Payment person(Indicator indicator, String projectId, LocalDate day) {
        String personId = context.model.identities.plantedPerson(indicator.recipient());
        BigDecimal amount = BigDecimal.valueOf(800 + context.model.random.nextInt(9_000)).setScale(2);
        return context.payments.person(context.payments.nextPlantedId(indicator.fiscalYear()), indicator, projectId, personId,
                Identities.personAccount(personId), amount, day);
    }
}
