package io.fundtrace.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The background of a drop, built to trigger no rule: indicator chains central -> region -> prefecture ->
 * county issued within 30 days of receipt, county money arranged to approved in-plan projects and paid
 * within the year, transfers mirroring indicators, every indicator with its scanned document.
 */
final class BackgroundBuilder {
    /** 2018 central special poverty fund for Xinjiang by 支持方向, in 亿元 (domain.md). */
    private static final String[] C36_DIRECTIONS = {"扶贫发展", "少数民族发展", "以工代赈", "国有贫困农场", "国有贫困林场"};
    private static final double[] C36_2018 = {41.55, 7.68, 19.9, 0.31, 0.22};
    private static final String[] LOCAL_PREFECTURES = {"652300", "652900", "653000", "653100", "653200", "654000"};
    private final DropModel model;
    private final ProjectLibrary library;
    private final FundCoverage coverage;
    private final List<Indicator> countyIndicators = new ArrayList<>();

    BackgroundBuilder(DropModel model, ProjectLibrary library, FundCoverage coverage) {
        this.model = model;
        this.library = library;
        this.coverage = coverage;
    }

    void build() {
        addLocalFunds();
        Map<String, double[]> fundPlans = new LinkedHashMap<>();
        for (ReferenceData.Fund fund : model.reference.funds) {
            fundPlans.put(fund.code(), plan(fund.origin().equals("central") ? 0.5 : 0.3,
                    fund.origin().equals("central") ? 25 : 8));
        }
        for (ReferenceData.Fund fund : model.localFunds) {
            boolean prefectureFund = model.reference.regions.get(fund.code().substring(1)).level().equals("prefecture");
            fundPlans.put(fund.code(), plan(0.05, prefectureFund ? 0.5 : 0.1));
        }
        for (int year = model.options.fromYear(); year <= model.options.toYear(); year++) {
            for (ReferenceData.Fund fund : model.reference.funds) {
                double[] plan = fundPlans.get(fund.code());
                double grown = StrictMath.pow(plan[1], year - model.options.fromYear());
                double povertyShare = plan[2];
                if (fund.code().equals("C36")) {
                    for (double direction : C36_2018) {
                        top(fund, year, BigDecimal.valueOf(Math.round(direction * 10000 * grown)).multiply(BigDecimal.valueOf(10000))
                                .setScale(2), 1.0);
                    }
                } else {
                    top(fund, year, Money.wan(plan[0] * 10000 * grown), povertyShare);
                }
            }
            for (ReferenceData.Fund fund : model.localFunds) {
                double[] plan = fundPlans.get(fund.code());
                BigDecimal amount = Money.wan(plan[0] * 10000 * StrictMath.pow(plan[1], year - model.options.fromYear()));
                String owner = fund.code().substring(1);
                if (model.reference.regions.get(owner).level().equals("prefecture")) {
                    LocalDate doc = LocalDate.of(year, 3, 1).plusDays(model.random.nextInt(60));
                    toCounties(fund, year, owner, amount, doc,
                            coverage.counties(fund.code(), model.reference.countiesByPrefecture.get(owner)));
                } else {
                    LocalDate doc = LocalDate.of(year, 3, 1).plusDays(model.random.nextInt(60));
                    countyIndicators.add(model.issue(fund.code(), year,
                            model.documentNumbers.next(owner, fund.department(), year), null, owner, owner, amount, amount,
                            doc, received(doc)));
                }
            }
        }
    }

    List<Indicator> countyIndicators() {
        return countyIndicators;
    }

    /** amount in 亿元, yearly growth, poverty share of the amount. */
    double[] plan(double minimumYi, double maximumYi) {
        double amount = minimumYi + (maximumYi - minimumYi) * StrictMath.pow(model.random.nextDouble(), 2);
        double growth = 1.05 + 0.1 * model.random.nextDouble();
        double povertyShare = model.random.nextInt(4) == 0 ? 0.7 + 0.25 * model.random.nextDouble() : 1.0;
        return new double[] {amount, growth, povertyShare};
    }

    private void addLocalFunds() {
        for (String prefecture : LOCAL_PREFECTURES) {
            model.localFunds.add(new ReferenceData.Fund("L" + prefecture,
                    model.reference.regions.get(prefecture).name() + "扶贫配套资金", "local", "财政扶贫资金管理办公室", "default"));
        }
        for (String county : new String[] {"653221", "653122", "652923"}) {
            model.localFunds.add(new ReferenceData.Fund("L" + county,
                    model.reference.regions.get(county).name() + "本级扶贫配套资金", "local", "财政扶贫资金管理办公室", "default"));
        }
    }

    private void top(ReferenceData.Fund fund, int year, BigDecimal amount, double povertyShare) {
        BigDecimal poverty = povertyShare >= 1.0 ? amount : Money.wan(Money.fen(amount) * povertyShare / 1_000_000);
        LocalDate doc = LocalDate.of(year, 1, 5).plusDays(model.random.nextInt(100));
        Indicator regional = null;
        if (fund.central()) {
            regional = model.issue(fund.code(), year, model.documentNumbers.next("100000", fund.department(), year), null,
                    "100000", "650000", amount, poverty, doc, received(doc));
            doc = regional.receipt().plusDays(3 + model.random.nextInt(28));
        } else {
            doc = doc.plusDays(20);
        }
        countyIndicators.addAll(issueToCounties(coverage, fund.code(), fund, year, regional, "650000",
                model.reference.counties, amount, poverty, doc));
    }

    /**
     * Issues a province's money down to the covered counties through their prefectures, all on one document
     * of the province, each level within 30 days of its receipt; returns the county indicators. coverageKey
     * names the coverage (the fund, or the fund in one province of the national profile).
     */
    List<Indicator> issueToCounties(FundCoverage fundCoverage, String coverageKey, ReferenceData.Fund fund, int year,
            Indicator parent, String province, List<ReferenceData.Region> candidates, BigDecimal amount,
            BigDecimal poverty, LocalDate doc) {
        List<Indicator> issued = new ArrayList<>();
        List<String> counties = fundCoverage.counties(coverageKey, candidates);
        double[] weights = new double[counties.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = fundCoverage.weight(coverageKey, counties.get(i), year);
        }
        BigDecimal[] povertyParts = Money.split(poverty, weights);
        BigDecimal[] extraParts = Money.split(amount.subtract(poverty), weights);
        Map<String, List<Integer>> byPrefecture = new LinkedHashMap<>();
        for (int i = 0; i < counties.size(); i++) {
            byPrefecture.computeIfAbsent(model.reference.regions.get(counties.get(i)).parent(), p -> new ArrayList<>()).add(i);
        }
        String docNo = model.documentNumbers.next(province, fund.department(), year);
        for (Map.Entry<String, List<Integer>> entry : byPrefecture.entrySet()) {
            BigDecimal prefecturePoverty = BigDecimal.ZERO.setScale(2);
            BigDecimal prefectureAmount = BigDecimal.ZERO.setScale(2);
            for (int i : entry.getValue()) {
                prefecturePoverty = prefecturePoverty.add(povertyParts[i]);
                prefectureAmount = prefectureAmount.add(povertyParts[i]).add(extraParts[i]);
            }
            Indicator prefecture = model.issue(fund.code(), year, docNo, parent, province, entry.getKey(),
                    prefectureAmount, prefecturePoverty, doc, received(doc));
            LocalDate countyDoc = prefecture.receipt().plusDays(3 + model.random.nextInt(28));
            String countyDocNo = model.documentNumbers.next(entry.getKey(), fund.department(), year);
            for (int i : entry.getValue()) {
                issued.add(model.issue(fund.code(), year, countyDocNo, prefecture, entry.getKey(), counties.get(i),
                        povertyParts[i].add(extraParts[i]), povertyParts[i], countyDoc, received(countyDoc)));
            }
        }
        return issued;
    }

    /** A prefecture's own matching fund: no parent, straight to its counties. */
    private void toCounties(ReferenceData.Fund fund, int year, String prefecture, BigDecimal poverty, LocalDate doc,
            List<String> counties) {
        double[] weights = new double[counties.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = coverage.weight(fund.code(), counties.get(i), year);
        }
        BigDecimal[] parts = Money.split(poverty, weights);
        String docNo = model.documentNumbers.next(prefecture, fund.department(), year);
        for (int i = 0; i < parts.length; i++) {
            countyIndicators.add(model.issue(fund.code(), year, docNo, null, prefecture, counties.get(i), parts[i], parts[i],
                    doc, received(doc)));
        }
    }

    /** Received 0-5 days after the document; on the same day the clerk often leaves the date empty. */
    LocalDate received(LocalDate doc) {
        int delay = model.random.nextInt(6);
        if (delay == 0 && model.random.nextBoolean()) {
            return null;
        }
        return doc.plusDays(delay);
    }
}
