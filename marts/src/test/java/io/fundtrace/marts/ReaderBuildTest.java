package io.fundtrace.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader builds what it reads: the default schema whole, another schema only the marts read there and
 * those they are built from, each mart judged current on its own build record.
 */
class ReaderBuildTest {
    private static final LocalDate RECEIVED = LocalDate.of(2018, 2, 1);
    private static final LocalDate YEAR_BEFORE = LocalDate.of(2017, 3, 31);
    private static final LocalDate MONTH_BEFORE = LocalDate.of(2018, 2, 28);
    private static final LocalDate MONTH = LocalDate.of(2018, 3, 31);

    @TempDir
    Path folder;

    @Test
    void theManifestGivesAMartWithEverythingItIsBuiltFromInBuildOrder() {
        MartManifest manifest = MartManifest.load();
        assertEquals(List.of("payment_month", "ledger_month", "calendar_month", "progress"),
                manifest.upstreamOf(List.of("progress")).stream().map(Mart::name).toList());
        List<String> warnings = manifest.upstreamOf(List.of("warnings", "progress")).stream().map(Mart::name).toList();
        assertTrue(warnings.containsAll(List.of("indicator_state", "rule_duplicate_payee", "warning_dispatch", "feedback", "progress")));
        assertFalse(warnings.contains("ledger") || warnings.contains("carryover") || warnings.contains("deep_poverty_growth_ytd"),
                warnings.toString());
        List<String> ordered = manifest.ordered().stream().map(Mart::name).filter(warnings::contains).toList();
        assertEquals(ordered, warnings, "in the manifest's build order");
    }

    @Test
    void aReportSchemaGetsOnlyWhatIsReadThereAndTheDefaultSchemaIsBuiltWhole() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            built.fixture.indicator("I1").received(RECEIVED).noAttachment().add();
            MartRunner runner = new MartRunner(built.warehouse);
            List<String> tables = List.of("marts.warnings", "marts_previous.warnings", "marts_previous.progress", "marts_last_year.progress");
            runner.ensureBuiltFor(Map.of("marts", MONTH, "marts_previous", MONTH_BEFORE, "marts_last_year", YEAR_BEFORE), tables);

            assertEquals(MartManifest.load().ordered().size(), martsBuilt(built, "marts", MONTH));
            assertEquals(List.of("calendar_month", "ledger_month", "payment_month", "progress"), marts(built, "marts_last_year"));
            assertEquals(0, tables(built, "marts_last_year", "warnings"), "no warnings mart made in marts_last_year");
            List<String> previous = marts(built, "marts_previous");
            assertEquals(MartManifest.load().ordered().size() - 3, previous.size(), previous.toString());
            assertEquals(0, tables(built, "marts_previous", "ledger"));
            runner.build(MONTH_BEFORE, "marts_whole");
            for (String mart : List.of("warnings", "progress")) {
                List<Map<String, String>> partial = built.query("SELECT * FROM marts_previous." + mart + " ORDER BY ALL");
                assertEquals(built.query("SELECT * FROM marts_whole." + mart + " ORDER BY ALL"), partial, mart + " as a whole build gives it");
                assertFalse(partial.isEmpty(), mart);
            }

            assertFalse(runner.ensureBuilt(YEAR_BEFORE, "marts_last_year", List.of("progress")), "current: nothing built");
            assertTrue(runner.ensureBuilt(YEAR_BEFORE, "marts_last_year"), "asked whole, the schema lacks marts for that date");
            assertEquals(MartManifest.load().ordered().size(), martsBuilt(built, "marts_last_year", YEAR_BEFORE));
            assertFalse(runner.ensureBuilt(YEAR_BEFORE, "marts_last_year"));
            assertTrue(runner.ensureBuilt(MONTH, "marts_last_year", List.of("progress")), "another date");
            assertFalse(runner.ensureBuilt(MONTH, "marts_last_year", List.of("progress")));
            assertTrue(runner.ensureBuilt(MONTH, "marts_last_year"), "the rest of the schema is still as of the year before");
        }
    }

    @Test
    void aPartialBuildRunsTheDataTestsOfWhatItMadeAndIsNumberedAndRecorded() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            built.fixture.indicator("I1").received(RECEIVED).add();
            MartRunner runner = new MartRunner(built.warehouse);
            BuildResult whole = runner.build(MONTH, "marts");
            BuildResult partial = runner.buildOnly(List.of("progress"), YEAR_BEFORE, "marts_last_year");
            assertEquals(whole.buildNumber() + 1, partial.buildNumber());
            assertEquals(List.of("payment_month", "ledger_month", "calendar_month", "progress"),
                    partial.marts().stream().map(MartBuild::mart).toList());
            assertEquals(List.of("facts_reference_dimensions"), partial.tests().stream().map(DataTestResult::test).toList(),
                    "the only test that reads none of the ledger, warnings and feedback marts");
            assertEquals(8, whole.tests().size(), "a whole build runs every data test");
            assertEquals(Optional.empty(), runner.notAsOfAtBuild("marts_last_year", YEAR_BEFORE, List.of("marts_last_year.progress"),
                    partial.buildNumber()));
            assertEquals(Optional.of("marts_last_year.progress as of null"), runner.notAsOfAtBuild("marts_last_year", YEAR_BEFORE,
                    List.of("marts_last_year.progress"), whole.buildNumber()), "not built yet at the whole build");
            assertEquals(Optional.of("marts_last_year.indicator_state as of null"),
                    runner.notAsOfAtBuild("marts_last_year", YEAR_BEFORE, List.of(), partial.buildNumber()),
                    "with no table named, every mart must have the date");
        }
    }

    private static List<String> marts(BuiltWarehouse built, String schema) {
        return built.query("SELECT mart FROM audit.mart_builds WHERE schema_name = '" + schema + "' ORDER BY mart").stream()
                .map(row -> row.get("mart")).toList();
    }

    private static int martsBuilt(BuiltWarehouse built, String schema, LocalDate asOf) {
        return Integer.parseInt(built.query("SELECT COUNT(DISTINCT mart) AS n FROM audit.mart_builds WHERE schema_name = '" + schema
                + "' AND as_of = DATE '" + asOf + "'").get(0).get("n"));
    }

    private static int tables(BuiltWarehouse built, String schema, String table) {
        return Integer.parseInt(built.query("SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = '" + schema
                + "' AND table_name = '" + table + "'").get(0).get("n"));
    }
}
