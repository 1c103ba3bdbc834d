package io.fundtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SparkStatementsTest {
    @Test
    void columnTablesBecomeDeltaTablesInTheirFolder() {
        assertEquals("CREATE TABLE IF NOT EXISTS quarantine.rules (rule STRING NOT NULL, n DECIMAL(18, 2), c VARCHAR(3))"
                        + " USING DELTA LOCATION '/w/quarantine/rules'",
                SparkStatements.adapt("CREATE TABLE IF NOT EXISTS quarantine.rules (rule VARCHAR NOT NULL PRIMARY KEY, n DECIMAL(18, 2), c VARCHAR(3))",
                        table -> "/w/" + table.replace('.', '/')));
    }

    @Test
    void tableKeysAreLeftToTheLoads() {
        assertEquals("CREATE TABLE IF NOT EXISTS audit.batch_files (batch_id BIGINT NOT NULL, file_name STRING NOT NULL)"
                        + " USING DELTA LOCATION '/w/audit/batch_files'",
                SparkStatements.adapt("CREATE TABLE IF NOT EXISTS audit.batch_files (batch_id BIGINT NOT NULL, file_name VARCHAR NOT NULL,\n"
                        + "  PRIMARY KEY (batch_id, file_name))", table -> "/w/" + table.replace('.', '/')));
    }

    @Test
    void tablesFromQueriesAreReplacedSoTheirHistoryStays() {
        assertEquals("CREATE OR REPLACE TABLE marts.ledger USING DELTA LOCATION '/w/marts/ledger' AS SELECT 1",
                SparkStatements.adapt("CREATE TABLE marts.ledger AS SELECT 1", table -> "/w/" + table.replace('.', '/')));
    }

    @Test
    void aReplaceIsItsTableAndItsQuery() {
        String[] replace = SparkStatements.replacement("-- a mart\nCREATE OR REPLACE TABLE marts.ledger AS WITH x AS (SELECT 1) SELECT * FROM x").orElseThrow();
        assertEquals("marts.ledger", replace[0]);
        assertEquals(" WITH x AS (SELECT 1) SELECT * FROM x", replace[1]);
        assertEquals("marts.ledger", SparkStatements.replacement("CREATE TABLE marts.ledger AS SELECT 1").orElseThrow()[0]);
        assertTrue(SparkStatements.replacement("CREATE TABLE IF NOT EXISTS clean.payments_history AS SELECT 1").isEmpty(), "kept when there");
        assertTrue(SparkStatements.replacement("CREATE TABLE IF NOT EXISTS clean.funds (code VARCHAR)").isEmpty());
        assertTrue(SparkStatements.replacement("INSERT INTO clean.funds SELECT 1").isEmpty());
    }

    @Test
    void aTableFromAQueryIfNotThereIsLeftAsItIsWhenThere() {
        assertEquals("CREATE TABLE IF NOT EXISTS clean.payments_history USING DELTA LOCATION '/w/clean/payments_history' AS"
                        + " SELECT *, CAST(NULL AS BIGINT) AS replaced_by_batch_id FROM clean.payments LIMIT 0",
                SparkStatements.adapt("CREATE TABLE IF NOT EXISTS clean.payments_history AS"
                        + " SELECT *, CAST(NULL AS BIGINT) AS replaced_by_batch_id FROM clean.payments LIMIT 0", table -> "/w/" + table.replace('.', '/')));
    }

    @Test
    void otherStatementsAreUnchanged() {
        assertEquals("INSERT INTO clean.funds SELECT 1", SparkStatements.adapt("INSERT INTO clean.funds SELECT 1", table -> "/x"));
        assertEquals("CREATE OR REPLACE TEMPORARY VIEW v AS SELECT 1",
                SparkStatements.adapt("CREATE OR REPLACE TEMPORARY VIEW v AS SELECT 1", table -> "/x"));
    }
}
