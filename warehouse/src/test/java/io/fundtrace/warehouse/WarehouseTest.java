package io.fundtrace.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
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
    void splitsScriptsOnLineEndingSemicolons() {
        assertEquals(2, SqlResource.statements("-- c;\nSELECT 1;\nSELECT\n 2;\n").size());
    }

    @Test
    void namesTheMissingResource() {
        WarehouseException e = assertThrows(WarehouseException.class, () -> SqlResource.read("nope.sql"));
        assertTrue(e.getMessage().contains("nope.sql"));
    }
}
