package io.fundtrace.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbEngineTest {
    @TempDir
    Path folder;

    /**
     * A registered function belongs to the file's database instance: two warehouses in one JVM keep
     * their own (two payee secrets do not mix), a second connection to the same file sees it.
     */
    @Test
    void aRegisteredFunctionBelongsToItsWarehouseFile() {
        try (DuckDbEngine one = DuckDbEngine.open(folder.resolve("one.duckdb"));
             DuckDbEngine two = DuckDbEngine.open(folder.resolve("two.duckdb"))) {
            one.registerFunction("ft_probe", text -> "one:" + text);
            two.registerFunction("ft_probe", text -> "two:" + text);
            assertEquals(Arrays.asList("one:x", null), one.query("SELECT ft_probe('x'), ft_probe(NULL)").get(0));
            assertEquals(List.of("two:x"), two.query("SELECT ft_probe('x')").get(0));
            try (DuckDbEngine again = DuckDbEngine.open(folder.resolve("one.duckdb"))) {
                assertEquals(List.of("one:x"), again.query("SELECT ft_probe('x')").get(0));
            }
        }
        try (DuckDbEngine reopened = DuckDbEngine.open(folder.resolve("one.duckdb"))) {
            assertThrows(WarehouseException.class, () -> reopened.query("SELECT ft_probe('x')"), "gone with the last connection");
        }
    }

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
