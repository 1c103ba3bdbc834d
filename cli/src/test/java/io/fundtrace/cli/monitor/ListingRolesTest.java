package io.fundtrace.cli.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.cli.Fundtrace;
import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.Warehouse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `warnings` and `ledger` under --role: the same policy as the SQL gate (rules.md, Access). The small
 * drop plus a classified fund, R08, that the province issues to a county, where a payment without a
 * project is out of scope.
 */
final class ListingRolesTest {
    private static final List<String> CLASSIFIED = List.of(
            "INSERT INTO clean.departments VALUES ('行政政法处', 'Administration and Law', 'D04', 1, 'f.csv', 3)",
            "INSERT INTO clean.funds VALUES ('R08', '护边员补助经费', 'regional', '行政政法处', TRUE, NULL, 1, 'f.csv', 3)",
            "INSERT INTO clean.indicators VALUES ('I8', 2018, '新财政〔2018〕8号', 'XCZ2018-8', NULL, 'R08', '650000', '650101',"
                    + " 40.00, 40.00, DATE '2018-02-01', DATE '2018-02-03', NULL, FALSE, 'scan.pdf', 'S7', 'S8', 1, 'f.csv', 4)",
            "INSERT INTO clean.payments VALUES ('P8', DATE '2018-04-02', '650101', NULL, 'I8', NULL, 'R08', '2080', '30305',"
                    + " 'person', '650101199001015678', '李四', NULL, NULL, 10.00, NULL, 'S9', 'S10', 1, 'f.csv', 3)");

    @TempDir
    static Path folder;
    static Path warehouse;

    @BeforeAll
    static void loadAndBuild() throws Exception {
        warehouse = folder.resolve("w.duckdb");
        try (Warehouse opened = Warehouse.open(warehouse); Statement statement = opened.connection().createStatement()) {
            for (String insert : Stream.concat(SqlResource.statements(SqlResource.read("small_drop.sql")).stream(), CLASSIFIED.stream()).toList()) {
                statement.execute(insert);
            }
        }
        assertEquals(0, Integer.parseInt(run("build")[0]));
    }

    /** exit code, stdout, stderr. */
    private static String[] run(String... args) {
        String[] all = Stream.concat(Arrays.stream(args), Stream.of("--warehouse", warehouse.toString())).toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Fundtrace.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), all).execute(all);
        return new String[] {Integer.toString(exit), out.toString(), err.toString()};
    }

    /** The values of one column of a CSV listing, row by row. */
    private static List<String> column(String[] result, String name) {
        assertEquals("0", result[0], result[2]);
        List<String> lines = List.of(result[1].replace("\uFEFF", "").split("\r\n"));
        int index = List.of(lines.get(0).split(",", -1)).indexOf(name);
        return lines.subList(1, lines.size()).stream().map(line -> line.split(",", -1)[index]).toList();
    }

    /** The case: `ledger --fund R08` printed the classified fund's county detail to whoever asked. */
    @Test
    void aClassifiedFundsLedgerIsTheProvincesTotalOutsideLeaderAndPfo() {
        assertEquals(List.of("650000", "650101"), column(run("ledger", "--fund", "R08", "--format", "csv"), "region_code").stream()
                .distinct().toList(), "the default role, leader, reads the classified fund's detail");
        assertEquals(List.of("650000"), column(run("ledger", "--fund", "R08", "--role", "analyst", "--format", "csv"), "region_code")
                .stream().distinct().toList());
        assertEquals(List.of("650000"), column(run("ledger", "--fund", "R08", "--role", "department:行政政法处", "--format", "csv"),
                "region_code").stream().distinct().toList());
        assertEquals(List.of(), column(run("ledger", "--fund", "R08", "--role", "region:650100", "--format", "csv"), "region_code"));
    }

    @Test
    void warningsFollowTheRolesRowsAndColumns() {
        assertTrue(column(run("warnings", "--format", "csv"), "fund_code").contains("R08"));
        assertTrue(!column(run("warnings", "--role", "analyst", "--format", "csv"), "fund_code").contains("R08"),
                "a classified fund's warnings are detail");
        assertEquals(List.of("C01"), column(run("warnings", "--role", "department:农业处", "--format", "csv"), "fund_code")
                .stream().distinct().toList());
        assertTrue(column(run("warnings", "--role", "region:650100", "--format", "csv"), "region_code").stream()
                .allMatch(region -> region.equals("650101")));
        List<String> handlers = column(run("warnings", "--format", "csv"), "handler_id");
        assertTrue(handlers.contains("S1"), handlers.toString());
        String[] evaluator = run("warnings", "--role", "evaluator", "--format", "csv");
        assertTrue(column(evaluator, "handler_id").stream().allMatch(String::isEmpty)
                && column(evaluator, "reviewer_id").stream().allMatch(String::isEmpty)
                && column(evaluator, "payment_id").stream().allMatch(String::isEmpty), evaluator[1]);
        assertEquals(column(run("warnings", "--role", "analyst", "--format", "csv"), "warning_id"), column(evaluator, "warning_id"));
    }

    @Test
    void anUnknownRoleOrScopeIsOneLine() {
        for (String role : List.of("region:659999", "region:abc", "boss", "department:不存在处")) {
            String[] result = run("warnings", "--role", role);
            assertEquals("1", result[0], role);
            assertEquals(1, result[2].strip().lines().count(), result[2]);
        }
        assertEquals("0", run("ledger", "--role", "LEADER")[0], "role names are case-insensitive");
    }
}
