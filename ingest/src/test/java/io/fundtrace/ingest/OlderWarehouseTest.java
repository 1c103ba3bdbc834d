package io.fundtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A warehouse file made before contract v1.2 added rectifications.evidence keeps loading after the upgrade. */
class OlderWarehouseTest {
    @TempDir
    Path temp;

    /** The v1.1 shapes of the three tables that hold rectification rows. */
    private static final List<String> VERSION_1_1 = List.of(
            "CREATE SCHEMA clean",
            "CREATE TABLE clean.rectifications (warning_id VARCHAR NOT NULL, at_date DATE NOT NULL, status VARCHAR NOT NULL,"
                    + " by_staff VARCHAR, note VARCHAR, batch_id BIGINT NOT NULL, source_file VARCHAR NOT NULL,"
                    + " source_line BIGINT NOT NULL, PRIMARY KEY (warning_id, at_date))",
            "CREATE TABLE clean.rectifications_history AS"
                    + " SELECT *, CAST(NULL AS BIGINT) AS replaced_by_batch_id FROM clean.rectifications LIMIT 0",
            "CREATE SCHEMA raw",
            "CREATE TABLE raw.rectifications (batch_id BIGINT NOT NULL, source_file VARCHAR NOT NULL, source_line BIGINT NOT NULL,"
                    + " sha256 VARCHAR NOT NULL, warning_id VARCHAR, \"at\" VARCHAR, status VARCHAR, by_staff VARCHAR, note VARCHAR,"
                    + " unknown_columns VARCHAR)");

    @Test
    void evidenceIsAddedAndACorrectionStillMovesTheOldRowToTheHistory() throws Exception {
        Path file = temp.resolve("old.duckdb");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath())) {
            for (String ddl : VERSION_1_1) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(ddl);
                }
            }
        }
        TestDrops.write(temp.resolve("d1"), "rectifications.csv", "warning_id,at,status,by_staff,note",
                "W1,2018-07-01,rectifying,,first");
        TestDrops.ingest(file, temp.resolve("d1"));
        TestDrops.write(temp.resolve("d2"), "rectifications.csv", "warning_id,at,status,by_staff,note,evidence",
                "W1,2018-07-01,rectified,,second,scan/W1.pdf");
        IngestReport second = TestDrops.ingest(file, temp.resolve("d2"));
        assertEquals(1, second.rowsReplaced());
        assertEquals(List.of("W1|rectified|scan/W1.pdf|2"),
                TestDrops.rows(file, "SELECT warning_id, status, evidence, batch_id FROM clean.rectifications"));
        assertEquals(List.of("W1|rectifying|null|1|2"), TestDrops.rows(file,
                "SELECT warning_id, status, evidence, batch_id, replaced_by_batch_id FROM clean.rectifications_history"));
        assertEquals(List.of("1|null", "2|scan/W1.pdf"),
                TestDrops.rows(file, "SELECT batch_id, evidence FROM raw.rectifications ORDER BY batch_id"));
        assertEquals(List.of("scan/W1.pdf"), TestDrops.rows(file, "SELECT evidence FROM model.fact_rectification"));
    }
}
