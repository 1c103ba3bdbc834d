package io.fundtrace.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shipped reference defaults the generated drop refers to (regions, funds, staff, poverty status).
 * prefectures, counties and countiesByPrefecture are always Xinjiang's, where the anomalies are planted;
 * the national profile adds the other provinces' regions and poverty status (otherRegions,
 * otherPovertyStatus), which the drop carries as regions.csv and poverty_status.csv.
 */
final class ReferenceData {
    record Region(String code, String name, String level, String parent) {
    }

    record Fund(String code, String name, String origin, String department, String scopeProfile) {
        boolean central() {
            return "central".equals(origin);
        }
    }

    record Staff(String id, String department, String region, String role) {
    }

    record PovertyStatus(String region, String status, LocalDate validFrom, LocalDate validTo) {
        boolean validOn(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }
    }

    private static final LocalDate POVERTY_LIST = LocalDate.of(2012, 3, 19);
    private static final LocalDate DEEP_POVERTY_LIST = LocalDate.of(2017, 11, 1);
    final Map<String, Region> regions = new LinkedHashMap<>();
    final List<Region> prefectures = new ArrayList<>();
    final Map<String, List<Region>> countiesByPrefecture = new LinkedHashMap<>();
    final List<Region> counties = new ArrayList<>();
    final List<Fund> funds = new ArrayList<>();
    final List<Staff> staff = new ArrayList<>();
    final List<PovertyStatus> povertyStatus = new ArrayList<>();
    final List<Region> otherRegions = new ArrayList<>();
    final List<PovertyStatus> otherPovertyStatus = new ArrayList<>();
    private final Map<String, List<PovertyStatus>> povertyStatusByRegion = new HashMap<>();

    ReferenceData() {
        String folder = "/ingest/reference/";
        for (Map<String, String> row : CsvLines.readResource(folder + "regions.csv")) {
            Region region = new Region(row.get("region_code"), row.get("name"), row.get("level"), row.get("parent_code"));
            regions.put(region.code(), region);
            if (region.level().equals("prefecture")) {
                prefectures.add(region);
            } else if (region.level().equals("county")) {
                counties.add(region);
                countiesByPrefecture.computeIfAbsent(region.parent(), p -> new ArrayList<>()).add(region);
            }
        }
        for (Map<String, String> row : CsvLines.readResource(folder + "funds.csv")) {
            funds.add(new Fund(row.get("fund_code"), row.get("name"), row.get("origin"), row.get("department"),
                    row.get("scope_profile")));
        }
        for (Map<String, String> row : CsvLines.readResource(folder + "staff.csv")) {
            staff.add(new Staff(row.get("staff_id"), row.get("department"), row.get("region_code"), row.get("role")));
        }
        for (Map<String, String> row : CsvLines.readResource(folder + "poverty_status.csv")) {
            String validTo = row.get("valid_to");
            addPovertyStatus(new PovertyStatus(row.get("region_code"), row.get("status"),
                    LocalDate.parse(row.get("valid_from")), validTo.isEmpty() ? null : LocalDate.parse(validTo)));
        }
    }

    /** The shipped defaults with, for the national profile, every other province's synthetic tree. */
    static ReferenceData of(GeneratorOptions options) {
        ReferenceData reference = new ReferenceData();
        if (options.national()) {
            reference.addOtherProvinces(new NationalRegions());
        }
        return reference;
    }

    /**
     * The synthetic counties are poverty counties from the 2012 list on and deep-poverty counties from the
     * 2017 list on, both still open: their deep-poverty set is the same every year.
     */
    private void addOtherProvinces(NationalRegions national) {
        for (Region region : national.regions) {
            if (!regions.containsKey(region.code())) {
                regions.put(region.code(), region);
                otherRegions.add(region);
            }
        }
        for (Region region : otherRegions) {
            if (national.povertyCounties.contains(region.code())) {
                PovertyStatus poverty = new PovertyStatus(region.code(), "poverty", POVERTY_LIST, null);
                otherPovertyStatus.add(poverty);
                addPovertyStatus(poverty);
            }
            if (national.deepPovertyCounties.contains(region.code())) {
                PovertyStatus deep = new PovertyStatus(region.code(), "deep_poverty", DEEP_POVERTY_LIST, null);
                otherPovertyStatus.add(deep);
                addPovertyStatus(deep);
            }
        }
    }

    private void addPovertyStatus(PovertyStatus status) {
        povertyStatus.add(status);
        povertyStatusByRegion.computeIfAbsent(status.region(), r -> new ArrayList<>()).add(status);
    }

    boolean deepPovertyOn(String county, LocalDate day) {
        return povertyStatusByRegion.getOrDefault(county, List.of()).stream()
                .anyMatch(s -> s.status().equals("deep_poverty") && s.validOn(day));
    }

    boolean povertyCounty(String county) {
        return povertyStatusByRegion.containsKey(county);
    }

    Region prefectureOf(String county) {
        return regions.get(regions.get(county).parent());
    }
}
