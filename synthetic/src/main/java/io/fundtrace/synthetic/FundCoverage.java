package io.fundtrace.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Which counties a fund reaches and with what weight. Below scale 0.25 a fund reaches only some counties
 * (always deep-poverty and other ones), so that the number of payments stays proportional to the scale.
 * Deep-poverty counties get a share that grows every year, except in the planted lag years.
 */
final class FundCoverage {
    private static final Set<String> SOUTH = Set.of("652900", "653000", "653100", "653200");
    private static final double DEEP_GROWTH = 1.12;
    private static final double LAG_FACTOR = 0.8;
    private final DropModel model;
    private final Set<String> lagFundYears;
    private final int minimumCounties;
    private final Map<String, List<String>> countiesByFund = new HashMap<>();
    private final Map<String, Double> baseWeights = new HashMap<>();

    FundCoverage(DropModel model, Set<String> lagFundYears) {
        this(model, lagFundYears, 8);
    }

    /** minimumCounties: how many counties a fund reaches at least below scale 0.25 (three of them deep-poverty ones). */
    FundCoverage(DropModel model, Set<String> lagFundYears, int minimumCounties) {
        this.model = model;
        this.lagFundYears = lagFundYears;
        this.minimumCounties = minimumCounties;
    }

    List<String> counties(String fundCode, List<ReferenceData.Region> candidates) {
        return countiesByFund.computeIfAbsent(fundCode, f -> choose(candidates));
    }

    private List<String> choose(List<ReferenceData.Region> candidates) {
        List<String> deep = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (ReferenceData.Region county : candidates) {
            (deepInSomeYear(county.code()) ? deep : other).add(county.code());
        }
        int wanted = model.options.scale() >= 0.25 ? candidates.size()
                : Math.max(minimumCounties, (int) Math.round(candidates.size() * model.options.scale() * 4));
        Random shuffler = new Random(model.random.nextLong());
        Collections.shuffle(deep, shuffler);
        Collections.shuffle(other, shuffler);
        int deepCount = Math.min(deep.size(), Math.max(3, wanted * 3 / 10));
        List<String> chosen = new ArrayList<>(deep.subList(0, deepCount));
        chosen.addAll(other.subList(0, Math.min(other.size(), Math.max(0, wanted - deepCount))));
        Collections.sort(chosen);
        return chosen;
    }

    private boolean deepInSomeYear(String county) {
        for (int year = model.options.fromYear(); year <= model.options.toYear(); year++) {
            if (model.reference.deepPovertyOn(county, LocalDate.of(year, 1, 1))) {
                return true;
            }
        }
        return false;
    }

    double weight(String fundCode, String county, int year) {
        double base = baseWeights.computeIfAbsent(fundCode + county, k -> 0.8 + 0.4 * model.random.nextDouble());
        ReferenceData.Region region = model.reference.regions.get(county);
        double weight = base * (SOUTH.contains(region.parent()) ? 3.0 : 1.0);
        if (model.reference.deepPovertyOn(county, LocalDate.of(year, 1, 1))) {
            return weight * 2.0 * deepBoost(fundCode, year);
        }
        return weight * (model.reference.povertyCounty(county) ? 1.4 : 1.0);
    }

    /** Compounded year on year, so that two lag years in a row both fall against the year before. */
    private double deepBoost(String fundCode, int year) {
        double boost = 1.0;
        for (int y = model.options.fromYear() + 1; y <= year; y++) {
            boost *= lagFundYears.contains(fundCode + "|" + y) ? LAG_FACTOR : DEEP_GROWTH;
        }
        return boost;
    }
}
