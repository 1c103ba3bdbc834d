package io.fundtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.fundtrace.warehouse.WarehouseException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Delta loads: idempotent MERGE, all-or-nothing failures, and reading a table as of a version. */
class DeltaLoadTest {
    private static final String TABLE = "clean.payment";
    private static final List<String> KEYS = List.of("payment_id");

    @TempDir
    static Path folder;
    private static SparkDeltaEngine engine;

    @BeforeAll
    static void createTable() {
        engine = SharedSpark.engine(folder.resolve("delta"));
        engine.execute("CREATE DATABASE IF NOT EXISTS clean");
        engine.execute("CREATE TABLE " + TABLE + " (payment_id STRING, paid_date DATE, amount DECIMAL(18, 2), payee STRING)"
                + " USING DELTA LOCATION '" + engine.location(TABLE) + "'");
    }

    @Test
    void aRepeatedLoadChangesNothingAndAFailedLoadCommitsNothing() throws IOException {
        Path first = csv("first.csv", "P1,2018-03-01,100.10,张三", "P2,2018-03-02,0.01,李四");
        engine.mergeCsv(first, TABLE, KEYS);
        long afterFirst = version();
        List<List<Object>> contents = contents();
        assertEquals(List.of(
                List.of("P1", LocalDate.of(2018, 3, 1), new BigDecimal("100.10"), "张三"),
                List.of("P2", LocalDate.of(2018, 3, 2), new BigDecimal("0.01"), "李四")), contents);

        engine.mergeCsv(first, TABLE, KEYS);
        assertEquals(afterFirst, version(), "the same load twice writes no new version");
        assertEquals(contents, contents());

        Path broken = csv("broken.csv", "P3,2018-03-03,5.00,王五", "P4,2018-03-04,not-a-number,赵六");
        assertThrows(WarehouseException.class, () -> engine.mergeCsv(broken, TABLE, KEYS));
        assertEquals(afterFirst, version(), "a failed load commits nothing");
        assertEquals(contents, contents());

        Path correction = csv("correction.csv", "P2,2018-03-02,0.02,李四", "P3,2018-03-03,5.00,王五");
        engine.mergeCsv(correction, TABLE, KEYS);
        assertEquals(afterFirst + 1, version());
        assertEquals(List.of(List.of("P1", new BigDecimal("100.10")), List.of("P2", new BigDecimal("0.02")), List.of("P3", new BigDecimal("5.00"))),
                engine.query("SELECT payment_id, amount FROM " + TABLE + " ORDER BY payment_id"));

        assertEquals(contents, engine.query("SELECT * FROM " + TABLE + " VERSION AS OF " + afterFirst + " ORDER BY payment_id"),
                "time travel reads the table as the first load left it");
    }

    private static long version() {
        Map<String, Long> versions = engine.versions(List.of(TABLE));
        return versions.get(TABLE);
    }

    private static List<List<Object>> contents() {
        return engine.query("SELECT * FROM " + TABLE + " ORDER BY payment_id");
    }

    private static Path csv(String name, String... rows) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, "payment_id,paid_date,amount,payee\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
