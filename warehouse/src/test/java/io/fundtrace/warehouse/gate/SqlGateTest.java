package io.fundtrace.warehouse.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.warehouse.JsonText;
import io.fundtrace.warehouse.ResultTable;
import io.fundtrace.warehouse.Warehouse;
import io.fundtrace.warehouse.WarehouseException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SqlGateTest {
    @TempDir
    static Path folder;
    static Path warehouse;
    static SqlGate analyst;

    @BeforeAll
    static void build() throws Exception {
        warehouse = GateFixture.warehouse(folder);
        analyst = GateFixture.open(folder, warehouse, "analyst");
    }

    @AfterAll
    static void close() {
        analyst.close();
    }

    /** Before the first build only the payments name payees: a payee paid twice is still one pseudonym. */
    @Test
    void opensOnAWarehouseWithoutMartsWhosePayeeWasPaidTwice(@TempDir Path own) throws Exception {
        Path file = GateFixture.warehouse(own);
        try (Warehouse writer = Warehouse.open(file);
             Statement statement = writer.connection().createStatement()) {
            statement.execute("DROP SCHEMA marts CASCADE");
        }
        try (SqlGate gate = GateFixture.open(own, file, "analyst")) {
            assertEquals(List.of(List.of(2L, 1L)), gate.query("SELECT count(*), count(DISTINCT payee_key) FROM model.fact_payment"
                    + " WHERE payment_id IN ('PAY1', 'PAY2')").rows());
        }
    }

    /** An analyst's SELECT * of a county's ancestors: with DuckDB's common-subplan optimizer on, the root came back as 650000. */
    @Test
    void aCountysAncestorsAsAnAnalystAsksForThem() {
        assertEquals("[[653121, 653121, 0], [653121, 653100, 1], [653121, 650000, 2], [653121, 100000, 3]]",
                analyst.query("SELECT * FROM model.region_ancestor WHERE region_code = '653121' ORDER BY depth").rows().toString());
    }

    @Test
    void runsAPublishedQuery() {
        ResultTable result = analyst.query("SELECT fund_code, sum(amount) AS paid FROM model.fact_payment GROUP BY fund_code ORDER BY fund_code");
        assertEquals(List.of("fund_code", "paid"), result.columns());
        assertEquals(List.of(List.of("C01", new BigDecimal("5700.00")), List.of("C10", new BigDecimal("80000.00")),
                List.of("R01", new BigDecimal("5000.00"))), result.rows());
    }

    @Test
    void acceptsTheShapesAnalystsWrite() {
        assertEquals(2, analyst.query("WITH x AS (SELECT * FROM model.fact_payment) SELECT payment_id FROM x ORDER BY payment_id DESC LIMIT 2").rows().size());
        assertEquals(9, analyst.query("SELECT payment_id FROM model.fact_payment UNION SELECT indicator_id FROM model.fact_indicator ORDER BY 1").rows().size());
        assertEquals(List.of(List.of(2L, "b")), analyst.query("VALUES (1, 'a'), (2, 'b') EXCEPT VALUES (1, 'a')").rows());
        assertEquals("PAY2", analyst.query("SELECT payment_id FROM model.fact_payment ORDER BY 1 OFFSET 1 ROWS FETCH FIRST 2 ROWS ONLY").rows().get(0).get(0));
        assertEquals(List.of(List.of("2018-04", new BigDecimal("5000.00")), List.of("2018-05", new BigDecimal("85700.00"))),
                analyst.query("SELECT strftime(pay_date, '%Y-%m') AS month, sum(amount) FROM model.fact_payment GROUP BY 1 ORDER BY 1").rows());
        assertEquals(5, analyst.query("SELECT payment_id, row_number() OVER (PARTITION BY fund_code ORDER BY pay_date) AS n,"
                + " amount::VARCHAR, EXTRACT(YEAR FROM pay_date) FROM model.fact_payment").rows().size());
        assertEquals(List.of(List.of("C01", 2L)), analyst.query(
                "SELECT fund_code, count(DISTINCT payee_key) FROM model.fact_payment GROUP BY fund_code HAVING count(*) > 2").rows());
    }

    /** Calcite's COALESCE-to-CASE rewrite used to break GROUP BY on such expressions (a null-node error). */
    @Test
    void groupsByCoalesceAndCaseExpressions() {
        assertEquals(List.of(List.of("C", 4L), List.of("R", 1L)),
                analyst.query("SELECT CASE WHEN fund_code LIKE 'C%' THEN 'C' ELSE 'R' END AS origin, count(*) FROM model.fact_payment "
                        + "GROUP BY CASE WHEN fund_code LIKE 'C%' THEN 'C' ELSE 'R' END ORDER BY 1").rows());
        assertEquals(4, analyst.query("SELECT coalesce(project_id, '-') AS project, count(*) FROM model.fact_payment "
                + "GROUP BY coalesce(project_id, '-')").rows().size());
    }

    @Test
    void masksPayeeIdentityBesideAStablePseudonym() {
        ResultTable result = analyst.query("SELECT payment_id, payee_id, payee_name, payee_account, payee_key FROM model.fact_payment WHERE payment_id IN ('PAY1', 'PAY2') ORDER BY 1");
        assertEquals("6531**********1234", result.rows().get(0).get(1));
        assertEquals("张**", result.rows().get(0).get(2));
        assertEquals("************5678", result.rows().get(0).get(3));
        assertEquals(result.rows().get(0).get(4), result.rows().get(1).get(4));
        assertEquals(16, ((String) result.rows().get(0).get(4)).length());
    }

    @Test
    void pfoSeesPayeeIdentityAndTheSamePseudonyms() {
        try (SqlGate pfo = GateFixture.open(folder, warehouse, "pfo")) {
            ResultTable shown = pfo.query("SELECT payee_id, payee_key FROM model.fact_payment WHERE payment_id = 'PAY1'");
            ResultTable masked = analyst.query("SELECT payee_key FROM model.fact_payment WHERE payment_id = 'PAY1'");
            assertEquals("653121198001011234", shown.rows().get(0).get(0));
            assertEquals(masked.rows().get(0).get(0), shown.rows().get(0).get(1));
        }
    }

    @Test
    void classifiedFundsOnlyAsTotalsOutsideLeaderAndPfo() {
        assertEquals(0, analyst.query("SELECT * FROM model.fact_payment WHERE fund_code = 'R08'").rows().size());
        assertEquals(0, analyst.query("SELECT * FROM marts.warnings WHERE classified").rows().size());
        // a rectification row names its warning, not its fund: the analyst reads feedback through marts.feedback,
        // which carries the warning's fund and drops a classified one's
        assertTrue(analyst.tables().stream().noneMatch(t -> t.qualifiedName().equals("model.fact_rectification")));
        assertRefused(analyst, "SELECT * FROM model.fact_rectification");
        try (SqlGate leader = GateFixture.open(folder, warehouse, "leader")) {
            assertEquals(2, leader.query("SELECT * FROM model.fact_payment WHERE fund_code = 'R08'").rows().size());
            assertEquals("6532**********7777", leader.query("SELECT payee_id FROM model.fact_payment WHERE payment_id = 'PAY6'").rows().get(0).get(0));
        }
    }

    /** The aggregate marts keep a classified fund's province rows (its total) and nothing of where in the province the money went. */
    @Test
    void classifiedAggregatesOnlyAtProvinceLevelOutsideLeaderAndPfo() {
        String ledger = "SELECT region_code FROM marts.ledger WHERE fund_code = 'R08' ORDER BY 1";
        String progress = "SELECT region_code FROM marts.progress WHERE fund_code = 'R08' ORDER BY 1";
        assertEquals(List.of(List.of("650000")), analyst.query(ledger).rows());
        assertEquals(List.of(List.of("650000")), analyst.query(progress).rows());
        try (SqlGate leader = GateFixture.open(folder, warehouse, "leader");
             SqlGate owner = GateFixture.open(folder, warehouse, "department:行政政法处");
             SqlGate kashgar = GateFixture.open(folder, warehouse, "region:653100")) {
            assertEquals(List.of(List.of("650000"), List.of("653121")), leader.query(ledger).rows());
            assertEquals(List.of(List.of("650000"), List.of("653100")), leader.query(progress).rows());
            assertEquals(List.of(List.of("650000")), owner.query(ledger).rows(), "the owning 处室 is not cleared either");
            assertEquals(List.of(), kashgar.query(ledger).rows());
            assertEquals(List.of(), kashgar.query(progress).rows());
            assertEquals(1, kashgar.query("SELECT * FROM marts.ledger WHERE fund_code = 'C01'").rows().size() - 1,
                    "the region's own rows of open funds stay");
        }
    }

    @Test
    void evaluatorSeesMartsAndMetricsButNoPaymentDetail() {
        try (SqlGate evaluator = GateFixture.open(folder, warehouse, "evaluator")) {
            assertTrue(evaluator.tables().stream().noneMatch(t -> t.qualifiedName().equals("model.fact_payment")));
            assertTrue(evaluator.query("SELECT * FROM marts.warnings WHERE payment_id IS NOT NULL OR payee_id IS NOT NULL OR payee_key IS NOT NULL").rows().isEmpty());
            assertEquals(2, evaluator.query("SELECT * FROM marts.performance").rows().size());
            assertRefused(evaluator, "SELECT * FROM model.fact_payment");
        }
    }

    /** No staff IDs (handler, reviewer, who gave feedback) and no indicator-level carry-over or reconciliation rows for an evaluator. */
    @Test
    void evaluatorSeesNoStaffIdsAndNoIndicatorLevelRows() {
        try (SqlGate evaluator = GateFixture.open(folder, warehouse, "evaluator")) {
            assertEquals(List.of(List.of(3L, 0L, 0L)),
                    evaluator.query("SELECT count(*), count(handler_id), count(reviewer_id) FROM marts.warnings").rows());
            assertEquals(List.of(List.of(3L, 0L)), evaluator.query("SELECT count(*), count(by_staff) FROM marts.feedback").rows());
            assertRefused(evaluator, "SELECT * FROM marts.carryover");
            assertRefused(evaluator, "SELECT indicator_id, difference FROM marts.reconciliation");
            assertRefused(evaluator, "SELECT * FROM model.dim_staff");
        }
        assertEquals(List.of(List.of(2L, 1L)), analyst.query("SELECT count(handler_id), count(reviewer_id) FROM marts.warnings").rows(),
                "an analyst still sees who handled a warning");
        assertEquals(2, analyst.query("SELECT * FROM marts.carryover").rows().size());
    }

    /** A 处室 sees the projects its funds allocated or paid to, and their performance, not every project. */
    @Test
    void aDepartmentSeesOnlyTheProjectsOfItsFunds() {
        String projects = "SELECT project_id FROM model.dim_project ORDER BY 1";
        assertEquals(3, analyst.query(projects).rows().size());
        try (SqlGate budget = GateFixture.open(folder, warehouse, "department:预算处");
             SqlGate construction = GateFixture.open(folder, warehouse, "department:经建处");
             SqlGate culture = GateFixture.open(folder, warehouse, "department:教科文处")) {
            assertEquals(List.of(List.of("P653121001")), budget.query(projects).rows(), "A1 from I1 (C01), PAY1 and PAY2");
            assertEquals(List.of(List.of("P653122001")), construction.query(projects).rows(), "A2 from I4 (R01), PAY3");
            assertEquals(List.of(List.of("P653221001")), culture.query(projects).rows());
            assertEquals(List.of(List.of("P653221001")), culture.query("SELECT project_id FROM marts.performance").rows());
            assertEquals(List.of(List.of("P653221001")), culture.query("SELECT DISTINCT project_id FROM model.fact_performance_target").rows());
            assertEquals(List.of(), budget.query("SELECT * FROM model.fact_performance_actual WHERE project_id <> 'P653121001'").rows());
        }
    }

    /** The quarantine, under the same policy as the listing: leader and pfo only, payee identity masked for the leader. */
    @Test
    void theQuarantineIsForLeaderAndPfoWithPayeeIdentityMaskedForTheLeader() {
        // ROWS is a keyword of the gate's SQL: the table is named quoted
        assertRefused(analyst, "SELECT * FROM quarantine.\"rows\"");
        String query = "SELECT value, raw_values FROM quarantine.\"rows\" WHERE entity = 'payments' AND rule = 'bad_person_id'";
        try (SqlGate leader = GateFixture.open(folder, warehouse, "leader"); SqlGate pfo = GateFixture.open(folder, warehouse, "pfo")) {
            List<Object> masked = leader.query(query).rows().get(0);
            assertEquals("6531**********123X", masked.get(0));
            String raw = (String) masked.get(1);
            for (String identity : List.of("65312119800101123X", "孙七", "6228480077778888")) {
                assertFalse(raw.contains(identity), raw);
            }
            assertTrue(raw.contains("\"payee_id\":\"6531**********123X\"") && raw.contains("\"payee_name\":\"孙*\"")
                    && raw.contains("\"payee_account\":\"************8888\"") && raw.contains("\"payment_id\":\"PAY8\""), raw);
            assertEquals(List.of("65312119800101123X", "{\"payment_id\":\"PAY8\",\"payee_type\":\"person\",\"payee_id\":\"65312119800101123X\","
                    + "\"payee_name\":\"孙七\",\"payee_account\":\"6228480077778888\",\"amount\":\"300.00\"}"), pfo.query(query).rows().get(0));
            // a record of another width: its values stand in the wrong columns, so none is shown but to pfo
            String ragged = "SELECT value, raw_values FROM quarantine.\"rows\" WHERE rule = 'wrong_field_count'";
            assertEquals(List.of("19 fields; the header has 18", "{}"), leader.query(ragged).rows().get(0));
            assertTrue(pfo.query(ragged).rows().get(0).get(1).toString().contains("65312119800101123X"));
            assertEquals(List.of("{\"project_id\":\"P9\",\"county_code\":null,\"name\":\"=cmd|' /C calc'!A0\"}"),
                    leader.query("SELECT raw_values FROM quarantine.\"rows\" WHERE entity = 'projects'").rows().get(0), "rows without a payee stay as they are");
        }
    }

    @Test
    void theFeedbackLogFollowsTheRowFiltersOfItsWarnings() {
        try (SqlGate region = GateFixture.open(folder, warehouse, "region:653100");
             SqlGate evaluator = GateFixture.open(folder, warehouse, "evaluator")) {
            // a rejected row of no known warning has no region or fund: outside every region and department
            assertEquals(List.of(List.of("w1"), List.of("w1")), region.query("SELECT warning_id FROM marts.feedback ORDER BY \"at\"").rows());
            assertEquals(List.of(List.of("w1"), List.of("w1"), List.of("w9")),
                    analyst.query("SELECT warning_id FROM marts.feedback ORDER BY \"at\", warning_id").rows(), "w3 is of a classified fund");
            assertEquals(List.of(List.of(3L, 0L)), evaluator.query("SELECT count(*), count(evidence) FROM marts.feedback").rows());
        }
    }

    @Test
    void auditOnlyForLeaderAndPfo() {
        assertRefused(analyst, "SELECT * FROM audit.batches");
        try (SqlGate pfo = GateFixture.open(folder, warehouse, "pfo")) {
            assertEquals(List.of(List.of(2L, 40L)), pfo.query("SELECT batch_id, rows_read FROM audit.batches").rows());
        }
    }

    @Test
    void stopsARunawayQueryAtTheTimeLimit() {
        try (SqlGate gate = SqlGate.open(warehouse, Role.parse("analyst"), folder.resolve("keys/payee-key"),
                new QueryLog(folder.resolve("query-log.jsonl")), GateLimits.load().withTimeLimitSeconds(1))) {
            WarehouseException e = assertThrows(WarehouseException.class, () -> gate.query(
                    "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 1000000000) SELECT count(*) FROM r"));
            assertEquals("query failed: stopped at the time limit of 1 s", e.getMessage());
        }
    }

    @Test
    void theDefaultLimitsSuitASharedServer() {
        GateLimits limits = GateLimits.load();
        assertEquals(60, limits.timeLimitSeconds());
        assertEquals(List.of("SET memory_limit = '2GB'", "SET threads = 2", "SET temp_directory = ''"), limits.settings());
        assertTrue(limits.statementMaxCharacters() >= 16_384, "room for a long IN list");
    }

    /** A 400 KB "SELECT 1+1+..." used to keep Calcite busy for minutes before an empty refusal. */
    @Test
    void refusesAnOversizedTextBeforeParsingIt() throws Exception {
        Path logFile = folder.resolve("oversized-log.jsonl");
        try (SqlGate gate = SqlGate.open(warehouse, Role.parse("analyst"), folder.resolve("keys/payee-key"), new QueryLog(logFile))) {
            long start = System.nanoTime();
            WarehouseException e = assertThrows(WarehouseException.class, () -> gate.query("SELECT 1" + "+1".repeat(200_000)));
            assertEquals("refused: the query has 400008 characters; the gate takes at most 32768 (warehouse/gate/limits.properties)",
                    e.getMessage());
            assertTrue(System.nanoTime() - start < 1_000_000_000L);
        }
        String line = Files.readString(logFile);
        assertTrue(line.length() < 40_000 && line.contains("[... 367240 more characters]"), "the log keeps the first 32768 characters");
    }

    /** Parsing and checking count against the time limit: a text Calcite needs seconds for is refused at the limit. */
    @Test
    void checksTheTextWithinTheTimeLimit() {
        GateLimits limits = new GateLimits(200_000, 1, "2GB", 2, "0");
        try (SqlGate gate = SqlGate.open(warehouse, Role.parse("analyst"), folder.resolve("keys/payee-key"),
                new QueryLog(folder.resolve("query-log.jsonl")), limits)) {
            long start = System.nanoTime();
            WarehouseException e = assertThrows(WarehouseException.class, () -> gate.query("SELECT 1" + "+1".repeat(50_000)));
            assertEquals("refused: the query could not be checked within the time limit of 1 s", e.getMessage());
            assertTrue(System.nanoTime() - start < 3_000_000_000L, "refused at the limit, not when Calcite is done");
        }
    }

    @Test
    void everyRefusalHasAReason() {
        WarehouseException deep = assertThrows(WarehouseException.class, () -> analyst.query("SELECT " + "(".repeat(6000) + "1" + ")".repeat(6000)));
        assertEquals("refused: not valid SQL: the query is nested too deeply for the gate", deep.getMessage());
        WarehouseException floor = assertThrows(WarehouseException.class, () -> analyst.query("SELECT FLOOR(pay_date TO MONTH) FROM model.fact_payment"));
        assertTrue(floor.getMessage().startsWith("refused: FLOOR(... TO unit) cannot run"), floor.getMessage());
    }

    /** A query that outgrows the session's memory fails, as there is no spilling to disk, instead of taking the machine. */
    @Test
    void stopsAQueryAtTheMemoryLimit() {
        try (SqlGate gate = SqlGate.open(warehouse, Role.parse("analyst"), folder.resolve("keys/payee-key"),
                new QueryLog(folder.resolve("query-log.jsonl")), GateLimits.load().withMemoryLimit("64MB").withTimeLimitSeconds(20))) {
            WarehouseException e = assertThrows(WarehouseException.class, () -> gate.query("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL"
                    + " SELECT n + 1 FROM r WHERE n < 100000) SELECT count(DISTINCT a.n * 1000000 + b.n) FROM r a, r b"));
            assertEquals("query failed: the query needs more memory than a gated session has (memory_limit 64MB,"
                    + " warehouse/gate/limits.properties)", e.getMessage());
        }
    }

    /** Forms Calcite accepts but DuckDB cannot run are refused with the gate's own reason, not DuckDB's error. */
    @Test
    void refusesCalciteOnlySyntaxWithItsOwnReason() {
        assertEquals("refused: string literals with a character set or Unicode escapes (U&'...', N'...', _UTF8'...') cannot run in"
                + " the warehouse's engine (DuckDB); write the characters in a plain '...' literal",
                assertThrows(WarehouseException.class, () -> analyst.query("SELECT U&'\\0041' FROM model.fact_payment")).getMessage());
        assertEquals("refused: CURRENT_PATH cannot run in the warehouse's engine (DuckDB)",
                assertThrows(WarehouseException.class, () -> analyst.query("SELECT CURRENT_PATH")).getMessage());
        assertEquals("refused: MATCH_RECOGNIZE cannot run in the warehouse's engine (DuckDB)",
                assertThrows(WarehouseException.class, () -> analyst.query("SELECT * FROM model.fact_payment MATCH_RECOGNIZE ("
                        + "ORDER BY pay_date MEASURES A.amount AS x PATTERN (A) DEFINE A AS A.amount > 0)")).getMessage());
        assertEquals("refused: the function to_char is not available in the warehouse's engine (DuckDB)",
                assertThrows(WarehouseException.class, () -> analyst.query("SELECT to_char(pay_date, 'YYYY') FROM model.fact_payment"))
                        .getMessage());
        assertEquals("refused: this form passes the gate's check but the warehouse's engine (DuckDB) cannot compile it (Parser Error)",
                assertThrows(WarehouseException.class, () -> analyst.query("SELECT CAST(pay_date AS TIMESTAMP WITH LOCAL TIME ZONE)"
                        + " FROM model.fact_payment")).getMessage());
        assertEquals(List.of(List.of("张**")), analyst.query("SELECT DISTINCT payee_name FROM model.fact_payment WHERE payee_name LIKE '张%'")
                .rows(), "plain Chinese literals still run");
    }

    @Test
    void tellsTheDataVersionToEveryRole() {
        assertEquals(2L, analyst.latestBatchId().orElseThrow());
    }

    @Test
    void capsRowsAndSaysSo() {
        ResultTable capped = analyst.query("SELECT * FROM model.fact_payment ORDER BY payment_id", 2);
        assertEquals(2, capped.rows().size());
        assertTrue(capped.truncated());
        assertEquals("PAY1", capped.rows().get(0).get(0));
        ResultTable own = analyst.query("SELECT * FROM model.fact_payment ORDER BY payment_id LIMIT 1", 2);
        assertEquals(1, own.rows().size());
        assertFalse(own.truncated());
    }

    @Test
    void logsAcceptedAndRefusedQueries() throws Exception {
        Path logFile = folder.resolve("own-log.jsonl");
        try (SqlGate gate = SqlGate.open(warehouse, Role.parse("region:653100"), folder.resolve("keys/payee-key"), new QueryLog(logFile))) {
            gate.query("SELECT count(*) FROM model.fact_payment");
            assertThrows(WarehouseException.class, () -> gate.query("DELETE FROM model.fact_payment"));
        }
        List<String> lines = Files.readAllLines(logFile);
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).contains("\"role\":\"region:653100\"") && lines.get(0).contains("\"outcome\":\"accepted\"")
                && lines.get(0).contains("\"rows\":1"), lines.get(0));
        assertTrue(lines.get(1).contains("\"outcome\":\"refused\"") && lines.get(1).contains("DELETE FROM"), lines.get(1));
        // a command's queries are the operating-system account's; every line says how long it took
        String account = JsonText.quote(System.getProperty("user.name"));
        assertTrue(lines.stream().allMatch(line -> line.contains("\"user\":" + account + ",") && line.matches(".*\"millis\":[0-9]+,.*")),
                String.join("\n", lines));
    }

    /** A server's statements are logged as its signed-in user's; describing a query gives its columns without running it. */
    @Test
    void logsTheSignedInUserAndDescribesWithoutRunning() throws Exception {
        Path logFile = folder.resolve("user-log.jsonl");
        try (SqlGate gate = SqlGate.open(warehouse, Role.parse("analyst"), folder.resolve("keys/payee-key"), new QueryLog(logFile))) {
            ResultTable columns = gate.describe("SELECT payment_id, amount, pay_date FROM model.fact_payment", "alice");
            assertEquals(List.of("payment_id", "amount", "pay_date"), columns.columns());
            assertEquals(List.of("VARCHAR", "DECIMAL(18,2)", "DATE"), columns.types());
            assertTrue(columns.rows().isEmpty());
            assertEquals(1, gate.query("SELECT 1 AS one", 10, "alice").rows().size());
            WarehouseException refused = assertThrows(WarehouseException.class, () -> gate.describe("SELECT * FROM clean.payments", "bob"));
            assertTrue(refused.getMessage().startsWith("refused: "), refused.getMessage());
        }
        List<String> lines = Files.readAllLines(logFile);
        assertEquals(2, lines.size(), "an accepted description reads nothing and is not logged; its run and the refusal are");
        assertTrue(lines.get(0).contains("\"user\":\"alice\",\"role\":\"analyst\",\"outcome\":\"accepted\",\"rows\":1,"), lines.get(0));
        assertTrue(lines.get(1).contains("\"user\":\"bob\"") && lines.get(1).contains("\"outcome\":\"refused\""), lines.get(1));
    }

    @Test
    void refusesUnknownScopes() {
        assertThrows(WarehouseException.class, () -> GateFixture.open(folder, warehouse, "region:659999"));
        assertThrows(WarehouseException.class, () -> GateFixture.open(folder, warehouse, "department:不存在处"));
        assertThrows(WarehouseException.class, () -> Role.parse("admin"));
    }

    static void assertRefused(SqlGate gate, String sql) {
        WarehouseException e = assertThrows(WarehouseException.class, () -> gate.query(sql), sql);
        assertTrue(e.getMessage().startsWith("refused: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
}
