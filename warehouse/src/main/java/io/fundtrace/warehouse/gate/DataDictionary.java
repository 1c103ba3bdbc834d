package io.fundtrace.warehouse.gate;

import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.WarehouseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data dictionary, warehouse/dictionary.csv: one row per published table (column empty) and per
 * column, with a Chinese and an English description. Cells hold no commas, so a plain split reads it.
 */
public final class DataDictionary {
    public static final String RESOURCE = "warehouse/dictionary.csv";

    public record Entry(String schema, String table, String column, String descriptionZh, String descriptionEn) {
    }

    private final Map<String, Entry> entries;

    private DataDictionary(Map<String, Entry> entries) {
        this.entries = entries;
    }

    public static DataDictionary load() {
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<String> lines = SqlResource.read(RESOURCE).replace("\uFEFF", "").lines().toList();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 5) {
                throw new WarehouseException(RESOURCE + ": expected 5 cells in line: " + line);
            }
            Entry entry = new Entry(cells[0], cells[1], cells[2], cells[3], cells[4]);
            if (entries.put(key(entry.schema(), entry.table(), entry.column()), entry) != null) {
                throw new WarehouseException(RESOURCE + ": duplicate entry " + line);
            }
        }
        return new DataDictionary(entries);
    }

    public Optional<Entry> table(String schema, String table) {
        return Optional.ofNullable(entries.get(key(schema, table, "")));
    }

    public Optional<Entry> column(String schema, String table, String column) {
        return Optional.ofNullable(entries.get(key(schema, table, column)));
    }

    private static String key(String schema, String table, String column) {
        return schema + "." + table + "." + column;
    }
}
