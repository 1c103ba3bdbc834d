package io.fundtrace.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.ingest.Ingest;
import io.fundtrace.marts.MartRunner;
import io.fundtrace.marts.WarningDispatch;
import io.fundtrace.reports.BuildSnapshot;
import io.fundtrace.reports.ChartFonts;
import io.fundtrace.reports.MonthlyReport;
import io.fundtrace.reports.Notices;
import io.fundtrace.warehouse.DuckDbEngine;
import io.fundtrace.warehouse.gate.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report on a Spark warehouse records the mart build it read; after a clean row changes and the
 * marts are rebuilt, the report taken again at that build is the same bytes (HTML, PDF, charts), while
 * the report on the latest build shows the change. This is what `fundtrace report --engine spark
 * --at-version BUILD` runs.
 */
class TimeTravelReportTest {
    @TempDir
    static Path folder;
    private static GeneratedWarehouses warehouses;
    private static SparkDeltaEngine spark;
    private static YearMonth month;

    @BeforeAll
    static void load() {
        warehouses = GeneratedWarehouses.shared();
        month = YearMonth.from(warehouses.summary.lastEventDate());
        // the month's own marts are the shared build's (MartParityTest's), so only the month before's and
        // last year's are built here
        assertEquals(month.atEndOfMonth(), warehouses.built().sparkBuild().asOf(), "the drop ends on a month's last day");
        // its own copy: this test changes a row and rebuilds, which no other test may see
        spark = warehouses.sparkCopy(folder.resolve("delta"));
    }


    @Test
    void theReportAtItsBuildIsByteIdenticalAfterTheMartsWereRebuiltOnChangedData() throws IOException {
        Map<String, LocalDate> martsRead = MonthlyReport.martsRead(month);
        MonthlyReport.Output first;
        long build;
        Path versions;
        try (BuildSnapshot snapshot = BuildSnapshot.latest(spark, martsRead, MonthlyReport.martTablesRead())) {
            first = report(snapshot, "first");
            build = snapshot.buildNumber();
            versions = snapshot.writeVersions(folder.resolve("first").resolve("report-" + month + ".versions.csv"));
            assertFalse(new Notices(snapshot.file())
                    .write(month, Notices.Addressee.DEPARTMENTS, Role.LEADER, folder.resolve("notices")).isEmpty(),
                    "notices from the same snapshot");
        }
        assertSameBytes(first, duckDbReport(), "the same report from a DuckDB warehouse of the same drop");

        List<String> lines = Files.readAllLines(versions, StandardCharsets.UTF_8);
        assertEquals("build_number,table,version", lines.get(0));
        assertTrue(lines.contains(build + ",marts.warnings," + spark.versions(List.of("marts.warnings")).get("marts.warnings")));
        List<String> martTables = lines.stream().skip(1).map(line -> line.split(",")[1]).filter(table -> table.startsWith("marts")).toList();
        assertEquals(MonthlyReport.martTablesRead().stream().sorted().toList(), martTables, "every mart table read, no other");
        assertTrue(lines.stream().anyMatch(line -> line.startsWith(build + ",clean.payments,")));
        assertTrue(lines.stream().allMatch(line -> line.equals(lines.get(0)) || line.startsWith(build + ",")));

        changeTheEarliestPayment();
        long rebuilt = new MartRunner(spark).build(month.atEndOfMonth(), "marts").buildNumber();
        assertTrue(rebuilt > build);

        try (BuildSnapshot snapshot = BuildSnapshot.at(spark, build, martsRead, MonthlyReport.martTablesRead())) {
            assertSameBytes(first, report(snapshot, "again"), "the report at its build after a rebuild");
        }
        try (BuildSnapshot snapshot = BuildSnapshot.latest(spark, martsRead, MonthlyReport.martTablesRead())) {
            assertEquals(rebuilt, snapshot.buildNumber(), "nothing stale: the latest build is read");
            MonthlyReport.Output current = report(snapshot, "current");
            assertNotEquals(Files.readString(first.html(), StandardCharsets.UTF_8), Files.readString(current.html(), StandardCharsets.UTF_8));
        }
    }

    /** The same drop loaded into a DuckDB warehouse of this test's own with the same cycle dispatched, and the same month's report on it. */
    private static MonthlyReport.Output duckDbReport() {
        Path file = folder.resolve("own.duckdb");
        try (DuckDbEngine duckdb = DuckDbEngine.open(file)) {
            new Ingest().ingest(duckdb, warehouses.drop, warehouses.summary.lastEventDate());
            new WarningDispatch(duckdb).dispatch(warehouses.dispatchedMonth());
            MartRunner runner = new MartRunner(duckdb);
            runner.ensureBuiltFor(MonthlyReport.martsRead(month), MonthlyReport.martTablesRead());
        }
        return new MonthlyReport(file, ChartFonts.find()).write(month, null, Role.LEADER, folder.resolve("duckdb"));
    }

    private static void assertSameBytes(MonthlyReport.Output expected, MonthlyReport.Output actual, String what) throws IOException {
        assertArrayEquals(Files.readAllBytes(expected.html()), Files.readAllBytes(actual.html()), what + ": HTML");
        assertArrayEquals(Files.readAllBytes(expected.pdf()), Files.readAllBytes(actual.pdf()), what + ": PDF");
        assertEquals(expected.charts().size(), actual.charts().size(), what + ": charts");
        for (int i = 0; i < expected.charts().size(); i++) {
            assertArrayEquals(Files.readAllBytes(expected.charts().get(i)), Files.readAllBytes(actual.charts().get(i)),
                    what + ": " + expected.charts().get(i).getFileName());
        }
    }

    /** A correction to the earliest payment (100,000 yuan more), which every cumulative figure after it shows. */
    private static void changeTheEarliestPayment() {
        Object id = spark.query("SELECT payment_id FROM clean.payments ORDER BY pay_date, payment_id LIMIT 1").get(0).get(0);
        spark.execute("UPDATE clean.payments SET amount = amount + 100000 WHERE payment_id = '" + id + "'");
    }

    private static MonthlyReport.Output report(BuildSnapshot snapshot, String name) {
        return new MonthlyReport(snapshot.file(), ChartFonts.find()).write(month, null, Role.LEADER, folder.resolve(name));
    }
}
