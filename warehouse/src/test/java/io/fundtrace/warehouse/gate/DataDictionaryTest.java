package io.fundtrace.warehouse.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
        Set<String> published = new HashSet<>();
        int columns = 0;
        try (SqlGate pfo = GateFixture.open(folder, GateFixture.warehouse(folder), "pfo")) {
            assertEquals(TablePolicy.load().size(), pfo.tables().size(), "the fixture should publish every table of the policy");
            for (PublishedTable table : pfo.tables()) {
                published.add(table.qualifiedName() + ".");
                table.columns().forEach(column -> published.add(table.qualifiedName() + "." + column.name()));
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
        List<String> stale = dictionary.entries().stream().map(e -> e.schema() + "." + e.table() + "." + e.column())
                .filter(key -> !published.contains(key)).toList();
        assertTrue(stale.isEmpty(), "in warehouse/dictionary.csv but not published: " + stale);
        assertTrue(columns > 200, "columns: " + columns);
    }

    @Test
    void readsQuotedCells() {
        assertEquals("Every (region, ancestor-or-self) pair with the distance between them",
                DataDictionary.load().table("model", "region_ancestor").orElseThrow().descriptionEn());
    }

    private static boolean described(Optional<DataDictionary.Entry> entry) {
        return entry.isPresent() && !entry.get().descriptionZh().isBlank() && !entry.get().descriptionEn().isBlank();
    }
}
