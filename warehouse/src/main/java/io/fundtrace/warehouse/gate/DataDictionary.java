package io.fundtrace.warehouse.gate;

import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.WarehouseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data dictionary, warehouse/dictionary.csv: one row per published table (column empty) and per
 * column, with a Chinese and an English description (RFC 4180 quoting, one record a line).
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
            List<String> cells = cells(line);
            if (cells.size() != 5) {
                throw new WarehouseException(RESOURCE + ": expected 5 cells in line: " + line);
            }
            Entry entry = new Entry(cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4));
            if (entries.put(key(entry.schema(), entry.table(), entry.column()), entry) != null) {
                throw new WarehouseException(RESOURCE + ": duplicate entry " + line);
            }
        }
        return new DataDictionary(entries);
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
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
