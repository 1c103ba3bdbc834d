package io.fundtrace.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class WarehouseTest {
    @TempDir
    Path folder;

    @Test
    void createsTheCleanLayerInARealFile() throws Exception {
        Path file = folder.resolve("w/warehouse.duckdb");
        try (Warehouse warehouse = Warehouse.open(file);
             Statement statement = warehouse.connection().createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'clean'")) {
            rows.next();
            assertEquals(14, rows.getInt(1));
        }
        assertTrue(file.toFile().isFile());
    }

    @Test
    void aFileNamedAfterASchemaOrACatalogOfDuckDbIsAWarehouseLikeAnyOther() {
        for (String name : List.of("clean", "raw", "model", "marts", "audit", "quarantine", "main", "temp", "system", "memory")) {
            Path file = folder.resolve(name + ".duckdb");
            try (DuckDbEngine engine = DuckDbEngine.open(file)) {
                engine.execute("CREATE SCHEMA IF NOT EXISTS raw");
                engine.execute("CREATE TABLE raw.payments AS SELECT 'P1' AS payment_id");
                engine.execute("INSERT INTO clean.departments VALUES ('农业处', 'agriculture', 'NY', 0, 'departments.csv', 2)");
                assertTrue(engine.exists("clean.payments"), name);
                assertTrue(engine.tables().contains("raw.payments"), name);
            }
            try (DuckDbEngine engine = DuckDbEngine.open(file)) {
                assertEquals(List.of(List.of("P1", 1L)), engine.query("SELECT r.payment_id, (SELECT count(*) FROM clean.departments)"
                        + " FROM raw.payments r"), name);
            }
        }
    }

    @Test
    void splitsScriptsOnLineEndingSemicolons() {
        assertEquals(2, SqlResource.statements("-- c;\nSELECT 1;\nSELECT\n 2;\n").size());
    }

    @Test
    void namesTheMissingResource() {
        WarehouseException e = assertThrows(WarehouseException.class, () -> SqlResource.read("nope.sql"));
        assertTrue(e.getMessage().contains("nope.sql"));
    }
}
