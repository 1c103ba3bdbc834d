package io.fundtrace.warehouse.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DataDictionaryTest {
    @TempDir
    Path folder;

    /** Every table and column the widest role (pfo) may query has a Chinese and an English description. */
    @Test
    void coversEveryPublishedTableAndColumn() throws Exception {
        DataDictionary dictionary = DataDictionary.load();
        List<String> missing = new ArrayList<>();
        int columns = 0;
        try (SqlGate pfo = GateFixture.open(folder, GateFixture.warehouse(folder), "pfo")) {
            assertEquals(TablePolicy.load().size(), pfo.tables().size(), "the fixture should publish every table of the policy");
            for (PublishedTable table : pfo.tables()) {
                if (!described(dictionary.table(table.schema(), table.name()))) {
                    missing.add(table.qualifiedName());
                }
                for (PublishedColumn column : table.columns()) {
                    columns++;
                    if (!described(dictionary.column(table.schema(), table.name(), column.name()))) {
                        missing.add(table.qualifiedName() + "." + column.name());
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "not in warehouse/dictionary.csv: " + missing);
        assertTrue(columns > 200, "columns: " + columns);
    }

    @Test
    void readsQuotedCells() {
        assertEquals("Every (region, ancestor-or-self) pair with the distance between them",
                DataDictionary.load().table("model", "region_ancestor").orElseThrow().descriptionEn());
    }

    private static boolean described(java.util.Optional<DataDictionary.Entry> entry) {
        return entry.isPresent() && !entry.get().descriptionZh().isBlank() && !entry.get().descriptionEn().isBlank();
    }
}
