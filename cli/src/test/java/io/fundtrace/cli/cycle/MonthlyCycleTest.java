package io.fundtrace.cli.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.cli.Fundtrace;
import io.fundtrace.synthetic.GeneratorOptions;
import io.fundtrace.synthetic.SyntheticDrop;
import io.fundtrace.warehouse.DuckDbEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A month-by-month run of the cycle over a generated monthly drop (one fiscal year, 15 months, on a real
 * DuckDB file) against the generator's expected lifecycle, which it works out from what it planted through
 * its own reading of rules.md: after every month's cycle the warnings (status, dispatch, due date, status
 * date, overdue days) row for row, the feedback log at the end, the state of an earlier date after later
 * cycles, and the lifecycle filters of `warnings` and `feedback`.
 */
class MonthlyCycleTest {
    private static final String LIFECYCLE = "warning_id, status, dispatched_on, due_on, status_on, overdue_days";
    private static final String FEEDBACK = "warning_id, \"at\", status, outcome, reason, status_before, status_after, by_staff, evidence";
    private static final LocalDate TODAY = LocalDate.of(2019, 4, 5);

    @TempDir
    static Path folder;
    static Path drop;
    static Path warehouse;
    static final Map<String, List<String>> afterEachCycle = new TreeMap<>();
    static List<String> feedbackAtTheEnd;
    static long millisPerMonth;

    @BeforeAll
    static void runMonthByMonth() {
        drop = folder.resolve("drop");
        new SyntheticDrop(new GeneratorOptions(7, 0.005, 2018, 2018, "utf-8", "en", 0)).writeMonthlyTo(drop);
        warehouse = folder.resolve("warehouse.duckdb");
        long started = System.nanoTime();
        try (DuckDbEngine engine = DuckDbEngine.open(warehouse)) {
            MonthlyCycle cycle = new MonthlyCycle(engine, new Inbox(drop), folder.resolve("archive"), TODAY,
                    new PrintWriter(new StringWriter()), List.of());
            for (YearMonth month = YearMonth.of(2018, 1); !month.isAfter(YearMonth.of(2019, 3)); month = month.plusMonths(1)) {
                CycleResult result = cycle.run(month);
                assertEquals(List.of(month.toString()), result.ingested(), "each month's folder once, in its own cycle");
                afterEachCycle.put(month.atEndOfMonth().toString(), rows(engine, "SELECT " + LIFECYCLE + " FROM marts.warnings"));
            }
            feedbackAtTheEnd = rows(engine, "SELECT " + FEEDBACK + " FROM marts.feedback");
        }
        millisPerMonth = (System.nanoTime() - started) / 1_000_000 / 15;
        System.out.println("MonthlyCycleTest: " + millisPerMonth + " ms per month");
    }

    @Test
    void afterEveryMonthsCycleTheWarningsAreTheExpectedLifecycleRowForRow() throws IOException {
        Map<String, List<String>> expected = new TreeMap<>();
        for (String line : keyLines("lifecycle_key.csv")) {
            int comma = line.indexOf(',');
            expected.computeIfAbsent(line.substring(0, comma), month -> new ArrayList<>()).add(line.substring(comma + 1));
        }
        assertTrue(afterEachCycle.keySet().containsAll(expected.keySet()), expected.keySet().toString());
        for (Map.Entry<String, List<String>> month : afterEachCycle.entrySet()) {
            assertEquals(sorted(expected.getOrDefault(month.getKey(), List.of())), sorted(month.getValue()), "after the cycle of " + month.getKey());
        }
        List<String> atTheEnd = expected.get("2019-03-31");
        for (String status : List.of("open", "rectifying", "rectified", "confirmed_normal", "resolved_by_data")) {
            assertTrue(atTheEnd.stream().anyMatch(row -> row.split(",", -1)[1].equals(status)), "a warning ends " + status);
        }
        assertTrue(expected.values().stream().flatMap(List::stream).anyMatch(row -> !row.endsWith(",")), "some warning is overdue");
        assertTrue(millisPerMonth < 10_000, "a month's cycle at this scale takes " + millisPerMonth + " ms");
    }

    @Test
    void theFeedbackLogAtTheEndIsTheExpectedOneWithEveryOutcome() throws IOException {
        List<String> expected = keyLines("feedback_key.csv");
        assertEquals(sorted(expected), sorted(feedbackAtTheEnd));
        for (String reason : List.of("unknown_warning", "after_closed", "bad_transition", "no_evidence")) {
            assertTrue(expected.stream().anyMatch(row -> row.split(",", -1)[4].equals(reason)), "a row rejected as " + reason);
        }
    }

    /** After later cycles, an earlier date's warnings are rebuilt from the dispatch record as of that date. */
    @Test
    void warningsAsOfAnEarlierMonthEndShowThatDaysState() throws IOException {
        String csv = run("warnings", "--as-of", "2018-06-30", "--format", "csv");
        List<String> shown = csvColumns(csv, LIFECYCLE.split(", "));
        List<String> expected = keyLines("lifecycle_key.csv").stream().filter(line -> line.startsWith("2018-06-30,"))
                .map(line -> line.substring(line.indexOf(',') + 1)).toList();
        assertEquals(sorted(expected), sorted(shown));
        assertNotEquals(afterEachCycle.get("2019-03-31").size(), shown.size(), "not the state at the end");
    }

    @Test
    void warningsFilterByLifecycleStatusAndAParentSeesItsChildrensOverdueWarnings() throws IOException {
        List<String[]> atTheEnd = keyLines("lifecycle_key.csv").stream().filter(line -> line.startsWith("2019-03-31,"))
                .map(line -> line.split(",", -1)).toList();
        String overdue = run("warnings", "--as-of", "2019-03-31", "--status", "overdue", "--format", "csv");
        assertEquals(overdue, run("warnings", "--as-of", "2019-03-31", "--overdue", "--format", "csv"));
        List<String> overdueIds = csvColumns(overdue, "warning_id");
        assertEquals(sorted(atTheEnd.stream().filter(row -> !row[6].isEmpty()).map(row -> row[1]).toList()), sorted(overdueIds));
        assertTrue(overdueIds.size() > 3, overdue);
        assertEquals(count(atTheEnd, "open", "confirmed_violation", "rectifying"),
                csvColumns(run("warnings", "--as-of", "2019-03-31", "--status", "open", "--format", "csv"), "status").size());
        List<String> closed = csvColumns(run("warnings", "--as-of", "2019-03-31", "--status", "closed", "--format", "csv"), "status");
        assertEquals(count(atTheEnd, "rectified", "confirmed_normal", "resolved_by_data"), closed.size());
        assertEquals(List.of(), csvColumns(run("warnings", "--as-of", "2019-03-31", "--status", "new", "--format", "csv"), "status"),
                "every warning hitting at a month end was dispatched by its cycle");

        // escalation: a prefecture lists the overdue warnings of the counties below it
        List<String> regions = csvColumns(overdue, "region_code");
        String county = regions.stream().filter(code -> !code.endsWith("00")).findFirst().orElseThrow();
        String prefecture = county.substring(0, 4) + "00";
        List<String> underPrefecture = csvColumns(run("warnings", "--as-of", "2019-03-31", "--region", prefecture, "--overdue",
                "--format", "csv"), "region_code");
        assertTrue(underPrefecture.contains(county), prefecture + " sees " + underPrefecture);
        assertTrue(underPrefecture.stream().allMatch(code -> code.startsWith(prefecture.substring(0, 4))), underPrefecture.toString());
        assertEquals(regions.stream().filter(code -> code.startsWith(prefecture.substring(0, 4))).count(), underPrefecture.size());
    }

    @Test
    void feedbackFiltersByOutcomeAndRegion() throws IOException {
        List<String[]> expected = keyLines("feedback_key.csv").stream().map(line -> line.split(",", -1)).toList();
        List<String> rejected = csvColumns(run("feedback", "--as-of", "2019-03-31", "--outcome", "rejected", "--format", "csv"),
                "outcome");
        assertEquals(expected.stream().filter(row -> row[3].equals("rejected")).count(), rejected.size());
        assertTrue(rejected.stream().allMatch("rejected"::equals));
        List<String> inTheRegion = csvColumns(run("feedback", "--as-of", "2019-03-31", "--region", "650000", "--format", "csv"),
                "reason");
        assertEquals(expected.stream().filter(row -> !row[4].equals("unknown_warning")).count(), inTheRegion.size(),
                "a row on no warning belongs to no region");
        String refused = runExpectingFailure("feedback", "--outcome", "maybe");
        assertTrue(refused.contains("--outcome must be accepted or rejected"), refused);
        refused = runExpectingFailure("warnings", "--status", "overdue", "--overdue", "--status", "open");
        assertTrue(refused.contains("--status"), refused);
    }

    private static long count(List<String[]> rows, String... statuses) {
        return rows.stream().filter(row -> Arrays.asList(statuses).contains(row[2])).count();
    }

    private static List<String> keyLines(String name) throws IOException {
        List<String> lines = Files.readAllLines(SyntheticDrop.keyFile(drop, name), StandardCharsets.UTF_8);
        return lines.subList(1, lines.size());
    }

    private static List<String> rows(DuckDbEngine engine, String query) {
        return engine.query(query).stream()
                .map(row -> row.stream().map(cell -> cell == null ? "" : cell.toString()).collect(Collectors.joining(",")))
                .toList();
    }

    private static List<String> sorted(List<String> rows) {
        return rows.stream().sorted().toList();
    }

    /** The given columns of a CSV listing (UTF-8 with BOM, CRLF), each row joined with commas. */
    private static List<String> csvColumns(String csv, String... columns) {
        List<String> lines = csv.replace("\uFEFF", "").lines().toList();
        List<String> header = List.of(lines.get(0).split(",", -1));
        List<String> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            out.add(Stream.of(columns).map(column -> cells[header.indexOf(column)]).collect(Collectors.joining(",")));
        }
        return out;
    }

    private static String run(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(Stream.of(arguments), Stream.of("--warehouse", warehouse.toString())).toArray(String[]::new);
        int exit = Fundtrace.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), all).execute(all);
        assertEquals(0, exit, err.toString());
        return out.toString();
    }

    private static String runExpectingFailure(String... arguments) {
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(Stream.of(arguments), Stream.of("--warehouse", warehouse.toString())).toArray(String[]::new);
        int exit = Fundtrace.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), all).execute(all);
        assertNotEquals(0, exit);
        return err.toString();
    }
}
