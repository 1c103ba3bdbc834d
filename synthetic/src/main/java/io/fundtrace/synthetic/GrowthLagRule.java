package io.fundtrace.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The generator's reading of DEEP_POVERTY_GROWTH_LAG (rules.md) at a month end: for every central fund,
 * province and year t ended by then, the poverty money of t's indicators dated by then to the province's
 * deep-poverty counties (status valid on 1 January t) against all its counties, t against t - 1.
 */
final class GrowthLagRule {
    private final DropModel model;
    private final MonthRange range;

    GrowthLagRule(DropModel model, MonthRange range) {
        this.model = model;
        this.range = range;
    }

    void hits(int month, Map<String, String> out) {
        LocalDate end = range.end(month);
        // fund|province|year -> {all, deep on 1 January of year, deep on 1 January of year + 1}
        Map<String, BigDecimal[]> sums = new HashMap<>();
        for (Indicator indicator : model.indicators.values()) {
            ReferenceData.Region recipient = model.reference.regions.get(indicator.recipient());
            if (indicator.docDate().isAfter(end) || !recipient.level().equals("county")
                    || !model.fund(indicator.fundCode()).central()) {
                continue;
            }
            int year = indicator.fiscalYear();
            BigDecimal[] sum = sums.computeIfAbsent(indicator.fundCode() + "|" + province(recipient) + "|" + year,
                    k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(indicator.povertyAmount());
            for (int offset = 0; offset < 2; offset++) {
                if (model.reference.deepPovertyOn(recipient.code(), LocalDate.of(year + offset, 1, 1))) {
                    sum[1 + offset] = sum[1 + offset].add(indicator.povertyAmount());
                }
            }
        }
        sums.forEach((key, current) -> {
            String[] parts = key.split("\\|");
            int year = Integer.parseInt(parts[2]);
            BigDecimal[] previous = sums.get(parts[0] + "|" + parts[1] + "|" + (year - 1));
            if (end.isBefore(LocalDate.of(year, 12, 31)) || previous == null) {
                return;
            }
            BigDecimal all = current[0];
            BigDecimal deep = current[1];
            BigDecimal previousAll = previous[0];
            BigDecimal previousDeep = previous[2];
            if (previousAll.signum() != 0 && previousDeep.signum() != 0
                    && deep.multiply(previousAll).compareTo(all.multiply(previousDeep)) < 0) {
                out.put(Warning.warningId("DEEP_POVERTY_GROWTH_LAG", List.of(parts[0], parts[1], parts[2])), "orange");
            }
        });
    }

    private String province(ReferenceData.Region region) {
        ReferenceData.Region at = region;
        while (!at.level().equals("province")) {
            at = model.reference.regions.get(at.parent());
        }
        return at.code();
    }
}
