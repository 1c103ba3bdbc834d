package io.fundtrace.reports;

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

    /** The table with the rule code replaced by its Chinese name and a column 整改要求 added. */
    public ResultTable annotate(ResultTable table, String ruleColumn, String levelColumn) {
        int rule = table.column(ruleColumn);
        int level = table.column(levelColumn);
        List<String> columns = new ArrayList<>(table.columns());
        columns.add("整改要求");
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            List<Object> copy = new ArrayList<>(row);
            String[] entry = byRule.get(String.valueOf(row.get(rule)));
            if (entry == null) {
                throw new IllegalStateException("reports/warning_actions.csv has no action for rule " + row.get(rule));
            }
            copy.set(rule, entry[0]);
            // Orange warnings close only with evidence (rules.md, levels).
            copy.add("orange".equals(row.get(level)) ? entry[1] + "；须附佐证材料销号" : entry[1]);
            rows.add(java.util.Collections.unmodifiableList(copy));
        }
        return new ResultTable(List.copyOf(columns), List.copyOf(rows));
    }
}
