package io.fundtrace.reports;

import java.util.List;

/** The rows of one report query, columns named by the SQL (Chinese labels with their unit). */
public record ResultTable(List<String> columns, List<List<Object>> rows) {
    public int column(String name) {
        int index = columns.indexOf(name);
        if (index < 0) {
            throw new IllegalStateException("report query has no column " + name + " (has " + columns + ")");
        }
        return index;
    }

    public Object value(int row, String name) {
        return rows.get(row).get(column(name));
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
