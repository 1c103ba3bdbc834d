package io.fundtrace.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warnings mart as a whole: ids, rectification status, as-of rebuilds, the audit, DOC_NOT_ATTACHED. */
class WarningsMartTest {
    private static final LocalDate RECEIVED = LocalDate.of(2018, 3, 1);

    @TempDir
    Path folder;

    private static String expectedId(String text) {
        return WarningIds.of(text);
    }

    @Test
    void docNotAttachedIsBlueWithTheWarningIdOfRulesMd() throws Exception {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            built.fixture.indicator("指标1").received(RECEIVED).noAttachment().exempt().add()
                    .indicator("LATER").received(RECEIVED.plusDays(2)).docDate(RECEIVED).noAttachment().add();
            built.build(RECEIVED.plusDays(1));
            List<Map<String, String>> hits = built.warnings("DOC_NOT_ATTACHED");
            assertEquals(1, hits.size(), hits.toString());
            assertEquals("blue", hits.get(0).get("level"));
            assertEquals(expectedId("DOC_NOT_ATTACHED|指标1"), hits.get(0).get("warning_id"));
        }
    }

    @Test
    void statusFollowsTheFeedbackDatedUpToAsOf() throws Exception {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            String id = expectedId("DOC_NOT_ATTACHED|I1");
            built.fixture.indicator("I1").received(RECEIVED).noAttachment().exempt().add()
                    .rectification(id, RECEIVED.plusDays(5), "rectifying")
                    .rectification(id, RECEIVED.plusDays(9), "rectified");
            built.build(RECEIVED.plusDays(4));
            assertEquals("new", built.warnings("DOC_NOT_ATTACHED").get(0).get("status"), "not dispatched, no feedback yet");
            built.build(RECEIVED.plusDays(8));
            assertEquals("rectifying", built.warnings("DOC_NOT_ATTACHED").get(0).get("status"));
            built.build(null);
            assertEquals("rectified", built.warnings("DOC_NOT_ATTACHED").get(0).get("status"));
            assertEquals(RECEIVED.plusDays(9).toString(), built.warnings("DOC_NOT_ATTACHED").get(0).get("as_of"));
        }
    }

    @Test
    void rebuildingAsOfAnEarlierDateGivesTheEarlierAnswer() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            built.fixture.indicator("I1").received(RECEIVED).add()
                    .indicator("C1").parent("I1").from(CleanFixture.PROVINCE, CleanFixture.COUNTY)
                    .docDate(RECEIVED.plusDays(45)).add();
            built.build(RECEIVED.plusDays(40));
            List<Map<String, String>> before = built.warnings("ISSUE_OVERDUE");
            built.build(RECEIVED.plusDays(60));
            assertEquals("issued_late", built.warnings("ISSUE_OVERDUE").get(0).get("reason"));
            built.build(RECEIVED.plusDays(40));
            assertEquals(before, built.warnings("ISSUE_OVERDUE"));
            assertEquals("outstanding", before.get(0).get("reason"));
        }
    }

    @Test
    void everyBuildIsRecordedInTheAuditAndCanGoToAnotherSchema() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            built.fixture.indicator("I1").received(RECEIVED).noAttachment().add();
            MartRunner runner = new MartRunner(built.warehouse);
            BuildResult previous = runner.build(RECEIVED, "marts_previous");
            assertTrue(!runner.ensureBuilt(RECEIVED, "marts_previous"), "built whole for that date");
            assertTrue(runner.ensureBuilt(null, "marts"));
            assertTrue(!runner.ensureBuilt(RECEIVED, "marts"), "already built for that date");
            built.query("INSERT INTO audit.batches VALUES (9, 'drop', DATE '2018-03-01', 'duckdb', '0.1.0', "
                    + "current_timestamp, current_timestamp + INTERVAL '1' MINUTE, 1, 0, 0, 1, 1, 0, 0, 0) RETURNING batch_id");
            assertTrue(runner.ensureBuilt(RECEIVED, "marts"), "a batch loaded after the build makes it stale");
            assertEquals(previous.marts().size(),
                    Integer.parseInt(built.query("SELECT COUNT(*) AS n FROM audit.mart_builds WHERE schema_name = 'marts_previous'")
                            .get(0).get("n")));
            assertEquals("1", built.query("SELECT COUNT(*) AS n FROM marts_previous.warnings").get(0).get("n"));
        }
    }
}
