package io.fundtrace.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Builds single payments with the payee details a county treasury records. */
final class PaymentFactory {
    private static final String[] PERSON_PURPOSES = {"产业扶持补助", "农村安居工程补助", "技能培训补贴", "生态护林员补助",
        "光伏收益分配"};
    private static final String[] ORGANISATION_PURPOSES = {"工程进度款", "设备采购款", "种苗采购款", "工程尾款", "监理费"};
    private final DropModel model;

    PaymentFactory(DropModel model) {
        this.model = model;
    }

    String nextPlantedId(int year) {
        // Background vouchers count up from ZF<year>00000001; planted ones live in the 9xxxxxxx range.
        return "ZF" + year + "9" + String.format("%07d", model.count("planted payment " + year));
    }

    Payment person(String id, Indicator indicator, String projectId, String personId, String account, BigDecimal amount,
            LocalDate date) {
        return new Payment(id, date, indicator.recipient(), agency(indicator), indicator.id(), projectId,
                indicator.fundCode(), funcClass(indicator), "30305", "person", personId, model.identities.personName(),
                account, PERSON_PURPOSES[model.random.nextInt(PERSON_PURPOSES.length)], amount, null,
                model.staff.handler(indicator.recipient()), model.staff.reviewer(indicator.recipient()));
    }

    Payment organisation(String id, Indicator indicator, String projectId, boolean enterprise, int number,
            BigDecimal amount, LocalDate date) {
        String county = indicator.recipient();
        String countyName = model.reference.regions.get(county).name();
        return new Payment(id, date, county, agency(indicator), indicator.id(), projectId, indicator.fundCode(),
                funcClass(indicator), enterprise ? "31204" : "30905", enterprise ? "enterprise" : "unit",
                Identities.organisation(county, enterprise, number),
                enterprise ? Identities.enterpriseName(countyName, number) : Identities.unitName(countyName, number),
                model.random.nextInt(10) == 0 ? null : Identities.organisationAccount(county, enterprise, number),
                ORGANISATION_PURPOSES[model.random.nextInt(ORGANISATION_PURPOSES.length)], amount, null,
                model.staff.handler(county), model.staff.reviewer(county));
    }

    Payment refund(String id, Payment original, BigDecimal amount, LocalDate date) {
        return new Payment(id, date, original.region(), original.agency(), original.indicatorId(), original.projectId(),
                original.fundCode(), original.funcClass(), original.econClass(), original.payeeType(), original.payeeId(),
                original.payeeName(), original.payeeAccount(), "退回多付款项", amount.negate(), original.id(),
                original.handler(), original.reviewer());
    }

    String funcClass(Indicator indicator) {
        return indicator.funcClass() != null ? indicator.funcClass() : model.funcClassOf(indicator.fundCode());
    }

    private String agency(Indicator indicator) {
        if (model.random.nextInt(5) == 0) {
            return null;
        }
        return model.reference.regions.get(indicator.recipient()).name() + (model.fund(indicator.fundCode()).department()
                .equals("教科文处") ? "教育局" : "乡村振兴和扶贫开发办公室");
    }
}
