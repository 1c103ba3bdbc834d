package io.fundtrace.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The other provinces of the national profile: every central fund goes central -> province -> prefecture ->
 * county in each of them and is spent in full, like Xinjiang's background, so it triggers no rule (no growth
 * lag is planted there: their coverage has no lag years). It is built after the anomalies are planted and
 * their answers written, so the answer key stays exactly Xinjiang's. Payments follow the number of
 * counties: each province gets about as many per county as Xinjiang.
 */
final class NationalBackground {
    private final DropModel model;
    private final BackgroundBuilder background;
    private final ProjectLibrary library;
    private final FundCoverage coverage;

    NationalBackground(DropModel model, BackgroundBuilder background, ProjectLibrary library) {
        this.model = model;
        this.background = background;
        this.library = library;
        // Thirty provinces: at small scales a fund reaches fewer counties in each, so that the drop stays small.
        this.coverage = new FundCoverage(model, Set.of(), 4);
    }

    void build() {
        Map<String, List<ReferenceData.Region>> countiesByProvince = countiesByProvince();
        List<ReferenceData.Fund> centralFunds = model.reference.funds.stream().filter(ReferenceData.Fund::central).toList();
        Map<String, double[]> plans = new LinkedHashMap<>();
        for (String province : countiesByProvince.keySet()) {
            for (ReferenceData.Fund fund : centralFunds) {
                plans.put(fund.code() + "|" + province, background.plan(0.2, 10));
            }
        }
        List<Indicator> countyIndicators = new ArrayList<>();
        for (int year = model.options.fromYear(); year <= model.options.toYear(); year++) {
            for (Map.Entry<String, List<ReferenceData.Region>> province : countiesByProvince.entrySet()) {
                for (ReferenceData.Fund fund : centralFunds) {
                    double[] plan = plans.get(fund.code() + "|" + province.getKey());
                    BigDecimal amount = Money.wan(plan[0] * 10000 * StrictMath.pow(plan[1], year - model.options.fromYear()));
                    countyIndicators.addAll(toProvince(fund, year, province.getKey(), province.getValue(), amount, plan[2]));
                }
            }
        }
        double payments = Spender.PAYMENTS_AT_SCALE_ONE * countyIndicators.stream().map(Indicator::recipient).distinct().count()
                / model.reference.counties.size();
        Spender spender = new Spender(model, library, countyIndicators, payments);
        for (Indicator county : countyIndicators) {
            spender.spendInFull(county);
        }
    }

    private List<Indicator> toProvince(ReferenceData.Fund fund, int year, String province, List<ReferenceData.Region> counties,
            BigDecimal amount, double povertyShare) {
        BigDecimal poverty = povertyShare >= 1.0 ? amount : Money.wan(Money.fen(amount) * povertyShare / 1_000_000);
        LocalDate doc = LocalDate.of(year, 1, 5).plusDays(model.random.nextInt(100));
        Indicator provincial = model.issue(fund.code(), year, model.documentNumbers.next("100000", fund.department(), year),
                null, "100000", province, amount, poverty, doc, background.received(doc));
        LocalDate down = provincial.receipt().plusDays(3 + model.random.nextInt(28));
        return background.issueToCounties(coverage, fund.code() + "|" + province, fund, year, provincial, province, counties,
                amount, poverty, down);
    }

    /** The counties of every province but Xinjiang, in the order of the region tree. */
    private Map<String, List<ReferenceData.Region>> countiesByProvince() {
        Map<String, List<ReferenceData.Region>> byProvince = new LinkedHashMap<>();
        for (ReferenceData.Region region : model.reference.otherRegions) {
            if (region.level().equals("county")) {
                String province = model.reference.regions.get(region.parent()).parent();
                byProvince.computeIfAbsent(province, p -> new ArrayList<>()).add(region);
            }
        }
        return byProvince;
    }
}
