package io.fundtrace.ingest.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The shipped reference defaults the generated drop refers to (regions, funds, staff, poverty status). */
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

    final Map<String, Region> regions = new LinkedHashMap<>();
    final List<Region> prefectures = new ArrayList<>();
    final Map<String, List<Region>> countiesByPrefecture = new LinkedHashMap<>();
    final List<Region> counties = new ArrayList<>();
    final List<Fund> funds = new ArrayList<>();
    final List<Staff> staff = new ArrayList<>();
    final List<PovertyStatus> povertyStatus = new ArrayList<>();

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
            povertyStatus.add(new PovertyStatus(row.get("region_code"), row.get("status"),
                    LocalDate.parse(row.get("valid_from")), validTo.isEmpty() ? null : LocalDate.parse(validTo)));
        }
    }

    boolean deepPovertyOn(String county, LocalDate day) {
        return povertyStatus.stream().anyMatch(s -> s.region().equals(county) && s.status().equals("deep_poverty")
                && s.validOn(day));
    }

    boolean povertyCounty(String county) {
        return povertyStatus.stream().anyMatch(s -> s.region().equals(county));
    }

    Region prefectureOf(String county) {
        return regions.get(regions.get(county).parent());
    }
}
