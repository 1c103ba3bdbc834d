package io.fundtrace.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.fundtrace.ingest.Contract;
import io.fundtrace.ingest.ContractEntity;
import io.fundtrace.ingest.Ingest;
import io.fundtrace.warehouse.DuckDbEngine;
import io.fundtrace.warehouse.Warehouse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated dirty drop: the quarantine is exactly dirty_key.csv, clean counts are the manifest's. */
class GeneratedDropTest {
    @TempDir
    Path temp;

    private static final LocalDate LAST_EVENT_DATE = LocalDate.of(2021, 3, 31);

    private Path generate(String name, String encoding, String headers) {
        return generate(name, 7, encoding, headers);
    }

    private Path generate(String name, long seed, String encoding, String headers) {
        Path drop = temp.resolve(name);
        new SyntheticDrop(new GeneratorOptions(seed, 0.005, 2018, 2020, encoding, headers, 0.02)).writeTo(drop);
        return drop;
    }

    private static Set<String> withoutHeader(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        return new TreeSet<>(lines.subList(1, lines.size()));
    }

    private Path ingest(Path drop) {
        Path warehouse = temp.resolve(drop.getFileName() + ".duckdb");
        try (Warehouse opened = Warehouse.open(warehouse)) {
            new Ingest().ingest(opened, drop, LAST_EVENT_DATE);
        }
        return warehouse;
    }

    @Test
    void quarantineEqualsTheDirtyKeyAndGbkChineseLoadsTheSame() throws Exception {
        Path english = generate("utf8", "utf-8", "en");
        Path chinese = generate("gbk", "gbk", "zh");
        Path englishWarehouse = ingest(english);
        Path chineseWarehouse = ingest(chinese);

        Set<String> dirtyKey = withoutHeader(SyntheticDrop.keyFile(english, "dirty_key.csv"));
        assertFalse(dirtyKey.isEmpty());
        assertEquals(dirtyKey, new TreeSet<>(rows(englishWarehouse,
                "SELECT DISTINCT source_file || ',' || source_line || ',' || rule FROM quarantine.rows")));
        assertEquals(withoutHeader(SyntheticDrop.keyFile(chinese, "dirty_key.csv")), new TreeSet<>(rows(chineseWarehouse,
                "SELECT DISTINCT source_file || ',' || source_line || ',' || rule FROM quarantine.rows")));

        Set<String> manifest = new TreeSet<>();
        for (String line : withoutHeader(SyntheticDrop.keyFile(english, "drop_manifest.csv"))) {
            String[] fields = line.split(",");
            manifest.add(fields[0] + "," + fields[3]);
        }
        assertEquals(manifest, new TreeSet<>(rows(englishWarehouse,
                "SELECT file_name || ',' || rows_loaded FROM audit.batch_files WHERE batch_id = 1")));

        for (ContractEntity entity : Contract.load().entities()) {
            String query = "SELECT * EXCLUDE (batch_id) FROM clean." + entity.name() + " ORDER BY ALL";
            assertEquals(rows(englishWarehouse, query), rows(chineseWarehouse, query), entity.name());
        }

        List<String> before = snapshot(englishWarehouse, "raw", "clean", "quarantine");
        ingest(english);
        assertEquals(before, snapshot(englishWarehouse, "raw", "clean", "quarantine"));
    }

    /**
     * Seed 5 draws a refund_mismatch row for an original whose county has no other planned, approved project (and
     * `generate --seed 5 --scale 0.005 --dirty 0.02` stopped with "no project in 652928"): the row takes another
     * county's project, and still breaks its one rule.
     */
    @Test
    void aDirtyRowWhoseCountyHasNoOtherProjectStillBreaksItsOneRule() throws Exception {
        Path drop = generate("seed5", 5, "utf-8", "en");
        Set<String> dirtyKey = withoutHeader(SyntheticDrop.keyFile(drop, "dirty_key.csv"));
        Set<String> rules = new TreeSet<>(dirtyKey.stream().map(line -> line.substring(line.lastIndexOf(',') + 1)).toList());
        assertEquals(new TreeSet<>(DirtyRows.RULES), rules, "a row of every rule");
        assertEquals(dirtyKey, new TreeSet<>(rows(ingest(drop),
                "SELECT DISTINCT source_file || ',' || source_line || ',' || rule FROM quarantine.rows")));
    }

    private static List<String> rows(Path warehouseFile, String query) {
        try (DuckDbEngine engine = DuckDbEngine.open(warehouseFile)) {
            return engine.query(query).stream()
                    .map(row -> String.join("|", row.stream().map(String::valueOf).toList())).toList();
        }
    }

    /** Every table of the schemas with its rows in a fixed order, for "nothing changed" checks. */
    private static List<String> snapshot(Path warehouseFile, String... schemas) {
        List<String> out = new java.util.ArrayList<>();
        for (String table : rows(warehouseFile, "SELECT table_schema || '.' || table_name FROM information_schema.tables"
                + " WHERE table_type = 'BASE TABLE' AND table_schema IN ('" + String.join("','", schemas) + "') ORDER BY 1")) {
            out.add("== " + table);
            out.addAll(rows(warehouseFile, "SELECT * FROM " + table + " ORDER BY ALL"));
        }
        return out;
    }
}
