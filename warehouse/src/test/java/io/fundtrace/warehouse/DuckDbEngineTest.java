package io.fundtrace.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbEngineTest {
    @TempDir
    Path folder;

    @Test
    void aUnitOfWorkReturnsItsValueOrUndoesEverythingAndRethrowsItsCheckedException() {
        try (Engine engine = Engines.open(new EngineSettings("duckdb", folder.resolve("w.duckdb"), EngineSettings.DEFAULT_MASTER))) {
            engine.execute("CREATE TABLE clean.probe (id INTEGER, amount DECIMAL(18, 2))");
            long rows = engine.atomically(() -> {
                engine.execute("INSERT INTO clean.probe VALUES (1, 100.10)");
                // work inside work joins the outer unit
                engine.atomically(() -> {
                    engine.execute("INSERT INTO clean.probe VALUES (2, 0.01)");
                    return null;
                });
                return (Long) engine.query("SELECT count(*) FROM clean.probe").get(0).get(0);
            });
            assertEquals(2L, rows);
            List<List<Object>> contents = List.of(List.of(1L, new BigDecimal("100.10")), List.of(2L, new BigDecimal("0.01")));
            assertEquals(contents, engine.query("SELECT * FROM clean.probe ORDER BY id"));

            IOException failure = assertThrows(IOException.class, () -> engine.atomically(() -> {
                engine.execute("INSERT INTO clean.probe VALUES (3, 5.00)");
                engine.execute("CREATE TABLE clean.made AS SELECT 1 AS id");
                throw new IOException("the load broke half way");
            }));
            assertEquals("the load broke half way", failure.getMessage());
            assertEquals(contents, engine.query("SELECT * FROM clean.probe ORDER BY id"));
            assertFalse(engine.exists("clean.made"));
        }
    }

    @Test
    void anUnknownEngineIsAOneLineError() {
        WarehouseException e = assertThrows(WarehouseException.class,
                () -> Engines.open(new EngineSettings("oracle", folder, EngineSettings.DEFAULT_MASTER)));
        assertEquals(1, e.getMessage().lines().count());
    }
}
