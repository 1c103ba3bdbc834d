package io.fundtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.warehouse.DuckDbEngine;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Consecutive row checks run as one statement give the rows the checks give one by one, on a real DuckDB. */
class RowChecksTest {
    private static final String VIOLATIONS = "CREATE OR REPLACE TEMP TABLE work_violations (batch_id BIGINT, source_file VARCHAR,"
            + " source_line BIGINT, rule VARCHAR, column_name VARCHAR, value VARCHAR)";
    private static final List<String> CHECKS = List.of(
            "INSERT INTO work_violations\nSELECT batch_id, source_file, source_line, 'missing_required', 'amount', \"amount\"\n"
                    + "FROM work_rows WHERE amount IS NULL OR trim(amount) = ''",
            "INSERT INTO work_violations SELECT batch_id, source_file, source_line, 'unparseable_number', 'amount', \"amount\""
                    + " FROM work_rows WHERE NOT (amount IS NULL OR trim(amount) = '') AND v_amount IS NULL",
            "INSERT INTO work_violations SELECT w.batch_id, w.source_file, w.source_line, 'amount_zero', 'amount', w.\"amount\""
                    + " FROM work_rows w WHERE w.v_amount = 0",
            // a subquery: kept as it is, and the checks after it are a run of their own
            "INSERT INTO work_violations SELECT batch_id, source_file, source_line, 'unknown_fund', 'fund', fund"
                    + " FROM work_rows w WHERE NOT EXISTS (SELECT 1 FROM funds f WHERE f.code = w.fund)",
            "INSERT INTO work_violations SELECT batch_id, source_file, source_line, 'missing_required', 'fund', fund"
                    + " FROM work_rows WHERE fund IS NULL",
            "INSERT INTO work_violations SELECT batch_id, source_file, source_line, 'too_long', 'fund', fund"
                    + " FROM work_rows WHERE length(fund) > 3");

    @TempDir
    Path folder;

    @Test
    void consecutiveChecksBecomeOneStatementBetweenTheOthers() {
        List<String> combined = RowChecks.combine(CHECKS, IngestDialect.DUCKDB);
        assertEquals(3, combined.size(), String.join("\n\n", combined));
        assertTrue(combined.get(0).contains("list_filter"));
        assertEquals(CHECKS.get(3), combined.get(1));
        assertTrue(combined.get(2).contains("list_filter"));
        String spark = RowChecks.combine(CHECKS, IngestDialect.SPARK).get(0);
        assertTrue(spark.contains("explode(failed)") && spark.contains("filter(array(named_struct("), spark);
    }

    @Test
    void theCombinedChecksFindTheRowsTheChecksFindOneByOne() {
        try (DuckDbEngine engine = DuckDbEngine.open(folder.resolve("warehouse.duckdb"))) {
            engine.execute("CREATE OR REPLACE TEMP TABLE funds AS SELECT * FROM (VALUES ('C01'), ('C02')) f(code)");
            engine.execute("CREATE OR REPLACE TEMP TABLE work_rows AS SELECT * FROM (VALUES"
                    + " (1, 'a.csv', 2, '10.00', 10.00, 'C01'), (1, 'a.csv', 3, '', NULL, 'C01'), (1, 'a.csv', 4, 'x', NULL, 'C09'),"
                    + " (1, 'a.csv', 5, '0', 0.00, NULL), (1, 'b.csv', 2, NULL, NULL, 'C0001'), (2, 'a.csv', 7, '5', 5.00, 'C02'))"
                    + " r(batch_id, source_file, source_line, amount, v_amount, fund)");
            engine.execute(VIOLATIONS);
            CHECKS.forEach(engine::execute);
            List<List<Object>> oneByOne = engine.query("SELECT * FROM work_violations ORDER BY ALL");
            engine.execute(VIOLATIONS);
            RowChecks.combine(CHECKS, IngestDialect.DUCKDB).forEach(engine::execute);
            assertEquals(oneByOne, engine.query("SELECT * FROM work_violations ORDER BY ALL"));
            assertEquals(9, oneByOne.size(), "rows failing one, two or no check: " + oneByOne);
        }
    }
}
