package io.fundtrace.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * DEEP_POVERTY_GROWTH_LAG: for chosen (central fund, year) pairs the deep-poverty counties' weights fall
 * instead of rising (see FundCoverage). After the drop is built, the amounts are computed from the county
 * indicators as rules.md defines them; a pair that does not lag, or an unplanted pair that does, is a bug.
 */
final class GrowthLagPlanter {
    private static final String PROVINCE = "650000";
    private final DropModel model;
    private final Set<String> pairs = new LinkedHashSet<>();

    GrowthLagPlanter(DropModel model, int times) {
        this.model = model;
        List<String> candidates = new ArrayList<>();
        for (ReferenceData.Fund fund : model.reference.funds) {
            for (int year = model.options.fromYear() + 1; year <= model.options.toYear(); year++) {
                int candidateYear = year;
                if (fund.central() && model.reference.counties.stream()
                        .anyMatch(c -> model.reference.deepPovertyOn(c.code(), LocalDate.of(candidateYear, 1, 1))
                                && model.reference.deepPovertyOn(c.code(), LocalDate.of(candidateYear - 1, 1, 1)))) {
                    candidates.add(fund.code() + "|" + year);
                }
            }
        }
        Collections.shuffle(candidates, new Random(model.random.nextLong()));
        pairs.addAll(candidates.subList(0, Math.min(candidates.size(), 3 * times)));
    }

    /** fund|year pairs whose deep-poverty counties lag. */
    Set<String> pairs() {
        return pairs;
    }

    void writeAnswers() {
        for (ReferenceData.Fund fund : model.reference.funds) {
            if (!fund.central()) {
                continue;
            }
            for (int year = model.options.fromYear() + 1; year <= model.options.toYear(); year++) {
                if (model.lastDate.isBefore(LocalDate.of(year, 12, 31))) {
                    continue;
                }
                LocalDate firstDay = LocalDate.of(year, 1, 1);
                BigDecimal all = sum(fund.code(), year, null);
                BigDecimal previous = sum(fund.code(), year - 1, null);
                BigDecimal deep = sum(fund.code(), year, firstDay);
                BigDecimal previousDeep = sum(fund.code(), year - 1, firstDay);
                boolean planted = pairs.contains(fund.code() + "|" + year);
                if (previous.signum() == 0 || previousDeep.signum() == 0) {
                    if (planted) {
                        throw new IllegalStateException("planted growth lag without a base year: " + fund.code() + " " + year);
                    }
                    continue;
                }
                boolean lags = deep.multiply(previous).compareTo(all.multiply(previousDeep)) < 0;
                if (lags != planted) {
                    throw new IllegalStateException("deep-poverty growth of " + fund.code() + " " + year
                            + (planted ? " does not lag as planted" : " lags in the background"));
                }
                if (lags) {
                    BigDecimal amount = all.multiply(previousDeep).divide(previous, 2, RoundingMode.HALF_UP).subtract(deep);
                    model.warn(Grain.growthLag(fund.code(), PROVINCE, year, amount));
                }
            }
        }
    }

    /** Σ poverty_amount of the fund's indicators of the year to counties (deep-poverty on deepOn, if given). */
    private BigDecimal sum(String fundCode, int year, LocalDate deepOn) {
        BigDecimal total = BigDecimal.ZERO;
        for (Indicator indicator : model.indicators.values()) {
            if (indicator.fiscalYear() == year && indicator.fundCode().equals(fundCode)
                    && model.reference.regions.get(indicator.recipient()).level().equals("county")
                    && (deepOn == null || model.reference.deepPovertyOn(indicator.recipient(), deepOn))) {
                total = total.add(indicator.povertyAmount());
            }
        }
        return total;
    }
}
