package io.fundtrace.reports.notebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fenced ```chart block: {@code key: value} lines drawing the result of the SQL cell before it.
 * type is bar, line or stacked; x names the category column; y one or more value columns
 * (comma-separated); series (optional) a column whose values become the series of the single y
 * column; title and unit (the value axis label) are optional.
 */
public record ChartDirective(String type, String x, List<String> y, String series, String title, String unit)
        implements NotebookCell {
    private static final List<String> TYPES = List.of("bar", "line", "stacked");
    private static final List<String> KEYS = List.of("type", "x", "y", "series", "title", "unit");

    public static ChartDirective parse(String body, int line) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String text : body.split("\n")) {
            if (text.isBlank()) {
                continue;
            }
            int colon = text.indexOf(':');
            String key = colon < 0 ? "" : text.substring(0, colon).trim();
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("chart at line " + line + ": '" + text.trim()
                        + "' is not one of " + String.join(", ", KEYS) + " followed by ':'");
            }
            values.put(key, text.substring(colon + 1).trim());
        }
        String type = values.getOrDefault("type", "");
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("chart at line " + line + ": type must be bar, line or stacked");
        }
        String x = values.getOrDefault("x", "");
        List<String> y = new ArrayList<>();
        for (String column : values.getOrDefault("y", "").split(",")) {
            if (!column.isBlank()) {
                y.add(column.trim());
            }
        }
        if (x.isEmpty() || y.isEmpty()) {
            throw new IllegalArgumentException("chart at line " + line + ": x and y name columns of the SQL cell before it");
        }
        String series = values.get("series");
        if (series != null && y.size() != 1) {
            throw new IllegalArgumentException("chart at line " + line + ": with series, y names exactly one column");
        }
        String title = values.getOrDefault("title", "");
        String unit = values.getOrDefault("unit", series == null ? String.join("、", y) : y.get(0));
        return new ChartDirective(type, x, List.copyOf(y), series, title, unit);
    }
}
