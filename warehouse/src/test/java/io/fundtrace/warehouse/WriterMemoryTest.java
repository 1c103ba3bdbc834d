package io.fundtrace.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The warehouse's database is capped as writer.properties says, or as the system property says for one run.
 * Isolated: while the property says "lots", every other class's Warehouse.open would fail.
 */
@Isolated
final class WriterMemoryTest {
    @TempDir
    Path folder;

    @AfterEach
    void clearTheOverride() {
        System.clearProperty(WriterMemory.PROPERTY);
    }

    @Test
    void theWarehousesDatabaseHasTheCapOfWriterProperties() {
        assertEquals("2.7 GiB", memoryLimit(folder.resolve("default.duckdb")), "3GB = 3,000,000,000 bytes");
    }

    @Test
    void theSystemPropertyOverridesItForOneRun() {
        System.setProperty(WriterMemory.PROPERTY, "1GB");
        assertEquals("953.6 MiB", memoryLimit(folder.resolve("override.duckdb")));
    }

    @Test
    void aLimitThatIsNotASizeIsRefusedNamingWhereItCameFrom() {
        System.setProperty(WriterMemory.PROPERTY, "lots");
        WarehouseException refused = assertThrows(WarehouseException.class, () -> Warehouse.open(folder.resolve("bad.duckdb")));
        assertTrue(refused.getMessage().contains("-Dfundtrace.duckdb.memory_limit") && refused.getMessage().contains("'lots'"),
                refused.getMessage());
    }

    private static String memoryLimit(Path file) {
        try (DuckDbEngine engine = DuckDbEngine.open(file)) {
            return engine.query("SELECT current_setting('memory_limit')").get(0).get(0).toString();
        }
    }
}
