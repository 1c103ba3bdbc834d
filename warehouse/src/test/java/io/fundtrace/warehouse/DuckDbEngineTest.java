package io.fundtrace.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
    void aRepeatedLoadChangesNothingAFailedLoadCommitsNothingAndACorrectionReplacesTheRow() throws IOException {
        try (Engine engine = Engines.open(new EngineSettings("duckdb", folder.resolve("w.duckdb"), EngineSettings.DEFAULT_MASTER))) {
            engine.execute("CREATE TABLE clean.merge_probe (payment_id VARCHAR, paid_date DATE, amount DECIMAL(18, 2))");
            Path first = csv("first.csv", "P1,2018-03-01,100.10", "P2,2018-03-02,0.01");
            engine.mergeCsv(first, "clean.merge_probe", List.of("payment_id"));
            engine.mergeCsv(first, "clean.merge_probe", List.of("payment_id"));
            List<List<Object>> contents = List.of(
                    List.of("P1", LocalDate.of(2018, 3, 1), new BigDecimal("100.10")),
                    List.of("P2", LocalDate.of(2018, 3, 2), new BigDecimal("0.01")));
            assertEquals(contents, engine.query("SELECT * FROM clean.merge_probe ORDER BY payment_id"));

            Path broken = csv("broken.csv", "P3,2018-03-03,5.00", "P4,2018-03-04,not-a-number");
            assertThrows(WarehouseException.class, () -> engine.mergeCsv(broken, "clean.merge_probe", List.of("payment_id")));
            assertEquals(contents, engine.query("SELECT * FROM clean.merge_probe ORDER BY payment_id"));

            engine.mergeCsv(csv("fix.csv", "P2,2018-03-02,0.02"), "clean.merge_probe", List.of("payment_id"));
            assertEquals(List.of(List.of("P1", new BigDecimal("100.10")), List.of("P2", new BigDecimal("0.02"))),
                    engine.query("SELECT payment_id, amount FROM clean.merge_probe ORDER BY payment_id"));
        }
    }

    @Test
    void anUnknownEngineIsAOneLineError() {
        WarehouseException e = assertThrows(WarehouseException.class,
                () -> Engines.open(new EngineSettings("oracle", folder, EngineSettings.DEFAULT_MASTER)));
        assertEquals(1, e.getMessage().lines().count());
    }

    private Path csv(String name, String... rows) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, "payment_id,paid_date,amount\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
