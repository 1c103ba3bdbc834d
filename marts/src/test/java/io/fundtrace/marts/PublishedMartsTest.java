package io.fundtrace.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fundtrace.warehouse.DuckDbEngine;
import io.fundtrace.warehouse.gate.DataDictionary;
import io.fundtrace.warehouse.gate.TablePolicy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The marts the SQL gate publishes (warehouse/gate/policy.csv) have, as built, exactly the columns the
 * data dictionary describes: the gate's own tests run on a hand-written copy of the marts, this one on
 * the real build.
 */
class PublishedMartsTest {
    @TempDir
    Path folder;

    @Test
    void everyPublishedMartHasTheColumnsOfTheDictionary() {
        try (BuiltWarehouse built = new BuiltWarehouse(folder)) {
            built.build(LocalDate.of(2018, 6, 30));
            DuckDbEngine engine = DuckDbEngine.over(built.warehouse);
            Map<String, List<String>> madeByTheBuild = new TreeMap<>();
            Map<String, List<String>> described = new TreeMap<>();
            for (TablePolicy policy : TablePolicy.load()) {
                if (!policy.schema().equals("marts")) {
                    continue;
                }
                List<String> columns = new ArrayList<>(engine.columns(policy.qualifiedName()));
                if (columns.contains("payee_id")) {
                    columns.add("payee_key"); // the gate adds it
                }
                madeByTheBuild.put(policy.table(), columns.stream().sorted().toList());
                described.put(policy.table(), DataDictionary.load().entries().stream()
                        .filter(e -> e.schema().equals("marts") && e.table().equals(policy.table()) && !e.column().isEmpty())
                        .map(DataDictionary.Entry::column).sorted().toList());
            }
            assertEquals(described, madeByTheBuild);
        }
    }
}
