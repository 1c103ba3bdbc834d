package io.fundtrace.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Supplementary indicator chains (追加下达) that carry planted anomalies, apart from the background so that
 * each plant's effects can be told exactly. Amounts stay small against the fund's county money of the year
 * so that the deep-poverty growth comparison of the background is not disturbed.
 */
final class Chains {
    private final DropModel model;
    private final Map<String, BigDecimal> countyMoney = new HashMap<>();
    private final List<ReferenceData.Fund> centralFunds;

    Chains(DropModel model) {
        this.model = model;
        for (Indicator indicator : model.indicators.values()) {
            if (model.reference.regions.get(indicator.recipient()).level().equals("county")) {
                countyMoney.merge(indicator.fundCode() + "|" + indicator.fiscalYear(), indicator.povertyAmount(), BigDecimal::add);
            }
        }
        centralFunds = model.reference.funds.stream().filter(ReferenceData.Fund::central).toList();
    }

    ReferenceData.Fund centralFund() {
        return centralFunds.get(model.random.nextInt(centralFunds.size()));
    }

    String county() {
        return model.reference.counties.get(model.random.nextInt(model.reference.counties.size())).code();
    }

    String otherCounty(String county) {
        String other = county();
        return other.equals(county) ? otherCounty(county) : other;
    }

    int year() {
        return model.options.fromYear() + model.random.nextInt(model.options.toYear() - model.options.fromYear() + 1);
    }

    /**
     * A round amount (whole 100 yuan) small against the fund's county money of the year. Plants multiply
     * with the scale, so each gets a smaller cap: all plants of a fund and year stay near 2% of its money.
     */
    BigDecimal amount(String fundCode, int year) {
        BigDecimal money = countyMoney.getOrDefault(fundCode + "|" + year, BigDecimal.valueOf(50_000_000));
        double rounds = model.options.plantRounds();
        long cap = (long) (Money.fen(money) / 500 / 10_000 * Math.min(1.0, 20 / rounds));
        long hundreds = Math.max(50, Math.min(cap, 200 + model.random.nextInt(20_000)));
        return BigDecimal.valueOf(hundreds * 100).setScale(2);
    }

    /** The first date of a plant's chain: spring of the year, so everything after fits into the year. */
    LocalDate start(int year) {
        return LocalDate.of(year, 3, 1).plusDays(model.random.nextInt(45));
    }

    Indicator central(String fundCode, int year, BigDecimal amount, BigDecimal poverty, LocalDate doc) {
        return model.issue(fundCode, year, model.documentNumbers.next("100000", model.fund(fundCode).department(), year),
                null, "100000", "650000", amount, poverty, doc, doc.plusDays(2));
    }

    Indicator down(Indicator parent, String recipient, BigDecimal amount, BigDecimal poverty, LocalDate doc) {
        return model.issue(parent.fundCode(), parent.fiscalYear(),
                model.documentNumbers.next(parent.recipient(), model.fund(parent.fundCode()).department(), parent.fiscalYear()),
                parent, parent.recipient(), recipient, amount, poverty, doc, doc.plusDays(2));
    }

    /** central -> region -> prefecture -> county, each issued 10 days after receipt; returns the county one. */
    Indicator toCounty(String fundCode, int year, String county, BigDecimal amount, BigDecimal poverty) {
        Indicator central = central(fundCode, year, amount, poverty, start(year));
        Indicator prefecture = down(central, model.reference.regions.get(county).parent(), amount, poverty,
                central.receipt().plusDays(10));
        return down(prefecture, county, amount, poverty, prefecture.receipt().plusDays(10));
    }
}
