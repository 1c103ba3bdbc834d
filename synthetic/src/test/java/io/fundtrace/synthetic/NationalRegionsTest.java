package io.fundtrace.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NationalRegionsTest {
    private final NationalRegions national = new NationalRegions();

    @Test
    void theTreeHasEveryProvinceAndTheNationalCountyCounts() {
        Map<String, Long> byLevel = national.regions.stream()
                .collect(Collectors.groupingBy(ReferenceData.Region::level, Collectors.counting()));
        assertEquals(1L, byLevel.get("central"));
        assertEquals(31L, byLevel.get("province"));
        assertEquals((long) NationalRegions.COUNTIES, byLevel.get("county"));
        assertEquals(832, national.povertyCounties.size());
        assertEquals(334, national.deepPovertyCounties.size());
    }

    @Test
    void codesAreUniqueEveryParentExistsAndDeepPovertyCountiesArePovertyCounties() {
        Map<String, ReferenceData.Region> byCode = national.regions.stream()
                .collect(Collectors.toMap(ReferenceData.Region::code, Function.identity()));
        assertEquals(national.regions.size(), byCode.size(), "region codes are unique");
        for (ReferenceData.Region region : national.regions) {
            assertTrue(region.level().equals("central") || byCode.containsKey(region.parent()), region.code());
            assertTrue(region.code().matches("\\d{6}"), region.code());
        }
        Set<String> counties = new HashSet<>();
        national.regions.stream().filter(r -> r.level().equals("county")).forEach(r -> counties.add(r.code()));
        assertTrue(counties.containsAll(national.povertyCounties));
        assertTrue(national.povertyCounties.containsAll(national.deepPovertyCounties));
        assertTrue(byCode.containsKey("652923"), "Xinjiang keeps its shipped counties");
    }
}
