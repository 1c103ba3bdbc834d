package io.fundtrace.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Picks handlers (经办) and reviewers (审核) of a region from the shipped staff list. */
final class StaffPicker {
    private final Map<String, List<String>> handlers = new HashMap<>();
    private final Map<String, List<String>> reviewers = new HashMap<>();
    private final SplittableRandom random;

    StaffPicker(ReferenceData reference, long seed) {
        random = new SplittableRandom(seed);
        for (ReferenceData.Staff staff : reference.staff) {
            if (staff.role().equals("经办") || staff.role().equals("总收发")) {
                handlers.computeIfAbsent(staff.region(), r -> new ArrayList<>()).add(staff.id());
            }
            if (staff.role().equals("审核")) {
                reviewers.computeIfAbsent(staff.region(), r -> new ArrayList<>()).add(staff.id());
            }
        }
    }

    /** A handler of the region, empty now and then (the column is optional). */
    String handler(String region) {
        return pick(handlers, region);
    }

    String reviewer(String region) {
        return pick(reviewers, region);
    }

    /** Someone of the region who always exists (for rectifications). */
    String anyone(String region) {
        List<String> candidates = handlers.get(staffRegion(region));
        return candidates.get(random.nextInt(candidates.size()));
    }

    private String pick(Map<String, List<String>> byRegion, String region) {
        List<String> candidates = byRegion.get(staffRegion(region));
        if (candidates == null || random.nextInt(40) == 0) {
            return null;
        }
        return candidates.get(random.nextInt(candidates.size()));
    }

    private static String staffRegion(String region) {
        return region.equals("100000") ? "650000" : region;
    }
}
