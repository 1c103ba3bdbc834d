package io.fundtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the engine reads from a statement's text: its target, its reads, and where it names a table. */
class StatementTextTest {
    private static final Set<String> TABLES = Set.of("clean.payments", "clean.regions", "marts.ledger", "model.fact_payment");

    private static String views(String sql) {
        return StatementText.replaceTables(sql, name -> TABLES.contains(name) ? Optional.of("v_" + name.replace('.', '_')) : Optional.empty());
    }

    @Test
    void readsArePointedAtViewsButNotTheTargetQuotesOrComments() {
        assertEquals("INSERT INTO clean.payments SELECT p.payment_id, 'clean.regions', \"clean.regions\" FROM v_model_fact_payment p"
                        + " JOIN v_clean_regions r ON r.region_code = p.region_code -- clean.payments\n WHERE x = 'it\\'s clean.payments'",
                views("INSERT INTO clean.payments SELECT p.payment_id, 'clean.regions', \"clean.regions\" FROM model.fact_payment p"
                        + " JOIN clean.regions r ON r.region_code = p.region_code -- clean.payments\n WHERE x = 'it\\'s clean.payments'"));
        assertEquals("MERGE INTO clean.payments c USING (SELECT * FROM v_clean_payments) i ON c.payment_id = i.payment_id",
                views("MERGE INTO clean.payments c USING (SELECT * FROM clean.payments) i ON c.payment_id = i.payment_id"));
        assertEquals("SELECT a.clean.regions, `clean.regions` FROM v_marts_ledger /* marts.ledger */",
                views("SELECT a.clean.regions, `clean.regions` FROM marts.ledger /* marts.ledger */"));
        assertEquals("SELECT * FROM marts.ledger VERSION AS OF 3 JOIN v_clean_regions", views("SELECT * FROM marts.ledger VERSION AS OF 3 JOIN clean.regions"));
    }

    @Test
    void theNamesAStatementNamesIncludeItsTargetAndTimeTravelledTables() {
        assertEquals(Set.of("clean.payments", "marts.ledger", "model.fact_payment"),
                StatementText.names("INSERT INTO clean.payments SELECT 'clean.regions', `clean.regions`, a.b.c FROM model.fact_payment"
                        + " JOIN marts.ledger VERSION AS OF 3 -- clean.projects\n /* audit.batches */"));
        assertEquals(Set.of("work_b.kept"), StatementText.names("RESTORE TABLE WORK_B.KEPT TO VERSION AS OF 3"));
    }

    @Test
    void theTargetIsTheTableAStatementWrites() {
        assertEquals(Optional.of("marts.ledger"), StatementText.target("-- the ledger\nCREATE OR REPLACE TABLE marts.ledger AS SELECT 1"));
        assertEquals(Optional.of("clean.payments"), StatementText.target("MERGE INTO clean.payments c USING x ON true WHEN MATCHED THEN DELETE"));
        assertEquals(Optional.of("audit.batches"), StatementText.target("insert into audit.batches values (1)"));
        assertEquals(Optional.of("work_b.kept"), StatementText.target("RESTORE TABLE work_b.kept TO VERSION AS OF 3"));
        assertEquals(Optional.empty(), StatementText.target("CREATE OR REPLACE TEMP TABLE work_rows AS SELECT * FROM raw.payments"));
        assertEquals(Optional.empty(), StatementText.target("INSERT INTO work_violations SELECT 1"));
    }

    @Test
    void onlyStatementsThatReadRowsAreRewritten() {
        assertTrue(StatementText.readsThroughViews("WITH x AS (SELECT 1) SELECT * FROM x"));
        assertTrue(StatementText.readsThroughViews("CREATE OR REPLACE TABLE marts.x AS SELECT 1"));
        assertTrue(StatementText.readsThroughViews("CREATE TABLE IF NOT EXISTS clean.x_history AS SELECT * FROM clean.x LIMIT 0"));
        assertTrue(StatementText.readsThroughViews("CREATE OR REPLACE TEMP TABLE work_rows AS SELECT 1"));
        assertFalse(StatementText.readsThroughViews("CREATE OR REPLACE VIEW model.dim_region AS SELECT * FROM clean.regions"));
        assertFalse(StatementText.readsThroughViews("SHOW TBLPROPERTIES clean.regions"));
        assertFalse(StatementText.readsThroughViews("UPDATE clean.payments SET amount = 1"));
        assertEquals(Optional.of("marts.ledger"), StatementText.countOf("SELECT COUNT(*) FROM marts.ledger"));
        assertEquals(Optional.empty(), StatementText.countOf("SELECT COUNT(*) FROM marts.ledger WHERE month IS NULL"));
        assertEquals(Optional.of("work_incoming"), StatementText.countOf("SELECT count(*) FROM work_incoming"));
    }

    @Test
    void aBareMaximumIsItsTableAndColumn() {
        assertEquals(List.of("audit.batches", "batch_id"), StatementText.maximumOf("SELECT max(batch_id) FROM audit.batches").map(List::of).orElseThrow());
        assertEquals(List.of("audit.dispatch_months", "month_end"),
                StatementText.maximumOf("-- the latest month\nSELECT MAX( month_end ) FROM Audit.Dispatch_Months;\n").map(List::of).orElseThrow());
        assertEquals(Optional.empty(), StatementText.maximumOf("SELECT max(batch_id) FROM audit.batches WHERE outcome = 'loaded'"));
        assertEquals(Optional.empty(), StatementText.maximumOf("SELECT coalesce(max(batch_id), 0) FROM audit.batches"));
        assertEquals(Optional.empty(), StatementText.maximumOf("SELECT max(batch_id) + 1 FROM audit.batches"));
        assertEquals(Optional.empty(), StatementText.maximumOf("SELECT max(id) FROM work_rows"));
    }
}
