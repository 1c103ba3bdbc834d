package io.fundtrace.reports;

import io.fundtrace.warehouse.ResultTable;
import io.fundtrace.warehouse.SqlResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What each warning needs to be closed (reports/warning_actions.csv), by rule code. */
public final class WarningActions {
    private final Map<String, String[]> byRule;

    private WarningActions(Map<String, String[]> byRule) {
        this.byRule = byRule;
    }

    public static WarningActions load() {
        Map<String, String[]> byRule = new LinkedHashMap<>();
        List<String> lines = SqlResource.read("reports/warning_actions.csv").lines().skip(1).toList();
        for (String line : lines) {
            if (!line.isBlank()) {
                String[] cells = line.split(",", 3);
                byRule.put(cells[0], new String[] {cells[1], cells[2]});
            }
        }
        return new WarningActions(byRule);
    }

    /** The table with rule codes as their Chinese names and levels as 黄色/橙色/蓝色, for leadership pages. */
    public ResultTable named(ResultTable table, String ruleColumn, String levelColumn) {
        int rule = table.column(ruleColumn);
        int level = levelColumn == null ? -1 : table.column(levelColumn);
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            List<Object> copy = new ArrayList<>(row);
            // feedback on an ID that names no warning (unknown_warning) has no rule to name
            if (row.get(rule) != null) {
                copy.set(rule, entry(row.get(rule))[0]);
            }
            if (level >= 0) {
                copy.set(level, levelName(row.get(level)));
            }
            rows.add(java.util.Collections.unmodifiableList(copy));
        }
        return table.withRows(rows);
    }

    private String[] entry(Object rule) {
        String[] entry = byRule.get(String.valueOf(rule));
        if (entry == null) {
            throw new IllegalStateException("reports/warning_actions.csv has no entry for rule " + rule);
        }
        return entry;
    }

    private static String levelName(Object level) {
        return switch (String.valueOf(level)) {
            case "yellow" -> "黄色";
            case "orange" -> "橙色";
            case "blue" -> "蓝色";
            default -> String.valueOf(level);
        };
    }

    /** The table with the rule code replaced by its Chinese name and a column 整改要求 added. */
    public ResultTable annotate(ResultTable table, String ruleColumn, String levelColumn) {
        int rule = table.column(ruleColumn);
        int level = table.column(levelColumn);
        List<String> columns = new ArrayList<>(table.columns());
        columns.add("整改要求");
        List<String> types = new ArrayList<>(table.types());
        types.add("VARCHAR");
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            List<Object> copy = new ArrayList<>(row);
            String[] entry = entry(row.get(rule));
            copy.set(rule, entry[0]);
            copy.set(level, levelName(row.get(level)));
            // Orange warnings close only with evidence (rules.md, levels).
            copy.add("orange".equals(row.get(level)) ? entry[1] + "；须附佐证材料销号" : entry[1]);
            rows.add(java.util.Collections.unmodifiableList(copy));
        }
        return new ResultTable(columns, types, rows, table.truncated());
    }
}
