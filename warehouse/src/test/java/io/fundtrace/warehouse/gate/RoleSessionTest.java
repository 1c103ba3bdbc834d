package io.fundtrace.warehouse.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.warehouse.ResultTable;
import io.fundtrace.warehouse.Warehouse;
import io.fundtrace.warehouse.WarehouseException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The role's views for code that runs its own SQL (listings, reports): the gate's policy without the gate's check. */
final class RoleSessionTest {
    private static final List<String> TABLES = List.of("marts.warnings", "marts_previous.warnings", "marts.ledger",
            "marts.carryover", "model.region_ancestor", "audit.batches");

    @TempDir
    static Path folder;
    static Path warehouse;

    @BeforeAll
    static void build() throws Exception {
        warehouse = GateFixture.warehouse(folder);
        try (Warehouse writer = Warehouse.open(warehouse); Statement statement = writer.connection().createStatement()) {
            // the report's second date (MartRunner's marts_previous) holds the same marts as of the previous month-end
            statement.execute("CREATE SCHEMA marts_previous");
            statement.execute("CREATE TABLE marts_previous.warnings AS SELECT * FROM marts.warnings");
        }
    }

    private static RoleSession open(String role) {
        return RoleSession.open(warehouse, Role.parse(role), TABLES);
    }

    private static ResultTable query(RoleSession session, String sql) throws SQLException {
        try (Statement statement = session.connection().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return ResultTable.read(rows);
        }
    }

    @Test
    void publishesTheTablesAskedForAsTheRoleSeesThem() throws Exception {
        try (RoleSession analyst = open("analyst")) {
            assertTrue(analyst.reads("marts.warnings") && analyst.reads("marts.ledger"));
            assertFalse(analyst.reads("audit.batches"), "audit is for leader and pfo");
            assertFalse(analyst.reads("model.fact_payment"), "not asked for");
            assertEquals(List.of(List.of("DUPLICATE_PAYEE", "6531**********1234"), List.of("IDLE_FUNDS", "")),
                    query(analyst, "SELECT rule, coalesce(payee_id, '') FROM marts.warnings WHERE rule IN ('DUPLICATE_PAYEE', 'IDLE_FUNDS')"
                            + " ORDER BY rule").rows());
            assertEquals(List.of(List.of(0L)), query(analyst, "SELECT count(*) FROM marts.ledger WHERE fund_code = 'R08' AND region_code <> '650000'").rows());
            assertEquals(OptionalLong.of(2), analyst.latestBatchId(), "the data version, though only leader and pfo read audit");
            assertThrows(SQLException.class, () -> query(analyst, "SELECT payee_key FROM marts.warnings"),
                    "no pseudonyms for the code's readers: no payee secret needed");
        }
    }

    /** A mart schema built for another date (a report's previous month-end) follows the policy of marts. */
    @Test
    void martsPreviousFollowsThePolicyOfMarts() throws Exception {
        try (RoleSession analyst = open("analyst"); RoleSession pfo = open("pfo")) {
            String sql = "SELECT count(*), count(*) FILTER (WHERE classified), max(payee_id) FROM marts_previous.warnings";
            assertEquals(List.of(List.of(3L, 0L, "6531**********1234")), query(analyst, sql).rows());
            assertEquals(List.of(List.of(4L, 1L, "653221198808087777")), query(pfo, sql).rows());
        }
    }

    @Test
    void saysWhyATableIsNotThere() {
        try (RoleSession analyst = open("analyst"); RoleSession evaluator = open("evaluator")) {
            WarehouseException audit = assertThrows(WarehouseException.class, () -> analyst.requireReads("audit.batches"));
            assertEquals("role analyst may not read audit.batches (readers: leader, pfo; rules.md, Access)", audit.getMessage());
            WarehouseException carryover = assertThrows(WarehouseException.class, () -> evaluator.requireReads("marts.carryover"));
            assertTrue(carryover.getMessage().startsWith("role evaluator may not read marts.carryover"), carryover.getMessage());
            assertFalse(evaluator.shows("marts.warnings", "handler_id") || evaluator.shows("marts.warnings", "payee_id"));
            assertTrue(evaluator.shows("marts.warnings", "amount") && analyst.shows("marts.warnings", "handler_id"));
        }
    }
}
