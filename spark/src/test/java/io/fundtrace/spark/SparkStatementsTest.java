package io.fundtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
