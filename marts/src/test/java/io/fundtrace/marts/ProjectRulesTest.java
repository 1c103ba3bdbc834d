package io.fundtrace.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NO_PERFORMANCE_TARGET and TARGET_SHORTFALL. */
class ProjectRulesTest {
    private static final LocalDate APPROVED = LocalDate.of(2018, 1, 1);
    private static final LocalDate ENDED = LocalDate.of(2018, 10, 1);

    @TempDir
    Path folder;

    @Test
    void aFundedProjectWithoutTargetsIsFlaggedWithItsFirstAllocationsIndicator() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            built.fixture.indicator("I1").from(CleanFixture.PREFECTURE, CleanFixture.COUNTY).year(2017).add()
                    .indicator("I2").from(CleanFixture.PREFECTURE, CleanFixture.COUNTY).add()
                    .project("PR1", CleanFixture.COUNTY, true, APPROVED, "实施", null)
                    .project("PR2", CleanFixture.COUNTY, true, APPROVED, "实施", null)
                    .project("PR3", CleanFixture.COUNTY, true, APPROVED, "实施", null)
                    .allocation("A2", "I2", "PR1", "30.00", LocalDate.of(2018, 3, 1))
                    .allocation("A1", "I1", "PR1", "20.00", LocalDate.of(2018, 3, 1))
                    .payment("P1").indicator("I2").project("PR2").amount("7.00").add()
                    .target("PR3", "T1", ">=", "1");
            built.build(LocalDate.of(2018, 6, 30));
            List<Map<String, String>> hits = built.warnings("NO_PERFORMANCE_TARGET");
            assertEquals(2, hits.size(), hits.toString());
            Map<String, String> allocated = hits.stream().filter(h -> "PR1".equals(h.get("project_id"))).findFirst().orElseThrow();
            assertEquals("50.00", allocated.get("amount"));
            assertEquals("I1", allocated.get("indicator_id"));
            assertEquals("2017", allocated.get("fiscal_year"));
            Map<String, String> paid = hits.stream().filter(h -> "PR2".equals(h.get("project_id"))).findFirst().orElseThrow();
            assertEquals("7.00", paid.get("amount"));
        }
    }

    /**
     * A project that ended short before any allocation or payment reached it (as a month-end build can see
     * it) still hits, with no indicator, fund, year or department (rules.md, Grain), and the data tests let
     * the build through.
     */
    @Test
    void anEndedProjectWithoutMoneyYetFallsShortWithNoFund() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            built.fixture.project("PR1", CleanFixture.COUNTY, true, APPROVED, "完工", ENDED)
                    .target("PR1", "T1", ">=", "10")
                    .actual("PR1", "T1", LocalDate.of(2018, 9, 1), "5");
            built.build(LocalDate.of(2018, 12, 31));
            List<Map<String, String>> hits = built.warnings("TARGET_SHORTFALL");
            assertEquals(1, hits.size(), hits.toString());
            Map<String, String> hit = hits.get(0);
            assertEquals(List.of("PR1", CleanFixture.COUNTY, "0.00", "T1"),
                    List.of(hit.get("project_id"), hit.get("region_code"), hit.get("amount"), hit.get("reason")));
            assertEquals(Arrays.asList(null, null, null, null),
                    Arrays.asList(hit.get("indicator_id"), hit.get("fund_code"), hit.get("fiscal_year"), hit.get("department")));
        }
    }

    @Test
    void withoutAllocationsTheFirstPaymentByDateThenIdGivesTheIndicator() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            // project_state finds the first payment by groups (first day, then the smallest id that day), not by
            // numbering every payment: a later payment with a smaller id, and a tie on the first day, must not mislead it
            built.fixture.indicator("I1").from(CleanFixture.PREFECTURE, CleanFixture.COUNTY).year(2017).add()
                    .indicator("I2").from(CleanFixture.PREFECTURE, CleanFixture.COUNTY).add()
                    .project("PR", CleanFixture.COUNTY, true, APPROVED, "实施", null)
                    .payment("Q0").indicator("I2").project("PR").amount("1.00").date(LocalDate.of(2018, 4, 1)).add()
                    .payment("Q2").indicator("I2").project("PR").amount("2.00").date(LocalDate.of(2018, 3, 1)).add()
                    .payment("Q1").indicator("I1").project("PR").amount("4.00").date(LocalDate.of(2018, 3, 1)).add();
            built.build(LocalDate.of(2018, 6, 30));
            Map<String, String> hit = built.warnings("NO_PERFORMANCE_TARGET").get(0);
            assertEquals("I1", hit.get("indicator_id"));
            assertEquals("2017", hit.get("fiscal_year"));
            assertEquals("project:PR;payment:Q1", hit.get("evidence"));
            assertEquals("7.00", hit.get("amount"));
        }
    }

    @Test
    void shortfallFollowsTheDirectionOfEachTarget() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            CleanFixture fixture = built.fixture;
            fixture.indicator("I1").from(CleanFixture.PREFECTURE, CleanFixture.COUNTY).add()
                    .project("PR1", CleanFixture.COUNTY, true, APPROVED, "完工", ENDED)
                    .allocation("A1", "I1", "PR1", "90.00", LocalDate.of(2018, 3, 1));
            String[][] targets = {
                // target, direction, target value, actual: short?
                {"T01", ">=", "100", "80"}, {"T02", ">=", "100", "79.99"}, {"T03", ">=", "0", "0"},
                {"T04", "<=", "8", "10"}, {"T05", "<=", "8", "10.01"}, {"T06", "<=", "5", "0"},
                {"T07", "=", "0", "0"}, {"T08", "=", "0", "3"}, {"T09", "=", "10", "12.5"}, {"T10", "=", "10", "12.6"},
                {"T11", ">=", "100", "1"}};
            for (String[] target : targets) {
                fixture.target("PR1", target[0], target[1], target[2]);
                if (!"T11".equals(target[0])) {
                    fixture.actual("PR1", target[0], LocalDate.of(2018, 9, 1), target[3]);
                }
            }
            // A later actual replaces an earlier one; one dated after D is not seen.
            fixture.actual("PR1", "T01", LocalDate.of(2018, 8, 1), "10")
                    .actual("PR1", "T03", LocalDate.of(2018, 12, 1), "5");
            built.build(LocalDate.of(2018, 9, 30));
            assertTrue(built.warnings("TARGET_SHORTFALL").isEmpty(), "not ended yet");
            built.build(ENDED);
            Map<String, String> hit = built.warnings("TARGET_SHORTFALL").get(0);
            assertEquals("T02;T05;T08;T10", hit.get("reason"));
            assertEquals("90.00", hit.get("amount"));
            assertEquals("yellow", hit.get("level"));
            assertEquals("0.7999", built.query("SELECT completion FROM marts.performance WHERE target_id = 'T02'").get(0).get("completion"));
        }
    }
}
