package io.fundtrace.warehouse;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * How every command prints rows: an aligned table for people (numbers right-aligned, Chinese counted
 * two columns wide), CSV for Excel (UTF-8 with BOM, RFC 4180) or JSON (numbers as numbers).
 */
public enum OutputFormat {
    table, csv, json;

    public void write(ResultTable result, PrintWriter out) {
        out.print(render(result));
        out.flush();
    }

    public String render(ResultTable result) {
        return switch (this) {
            case table -> renderTable(result);
            case csv -> renderCsv(result);
            case json -> renderJson(result);
        };
    }

    private static String renderTable(ResultTable result) {
        int[] widths = new int[result.columns().size()];
        List<List<String>> cells = new ArrayList<>();
        for (int column = 0; column < widths.length; column++) {
            widths[column] = DisplayWidth.of(result.columns().get(column));
        }
        for (List<Object> row : result.rows()) {
            List<String> line = new ArrayList<>();
            for (int column = 0; column < row.size(); column++) {
                String text = ResultTable.text(row.get(column)).replace('\n', ' ').replace('\r', ' ');
                widths[column] = Math.max(widths[column], DisplayWidth.of(text));
                line.add(text);
            }
            cells.add(line);
        }
        StringBuilder out = new StringBuilder();
        appendTableLine(out, result.columns(), widths, result, false);
        StringBuilder rule = new StringBuilder();
        for (int column = 0; column < widths.length; column++) {
            rule.append(column == 0 ? "" : "-+-").append("-".repeat(widths[column]));
        }
        out.append(rule).append('\n');
        for (List<String> line : cells) {
            appendTableLine(out, line, widths, result, true);
        }
        out.append("(").append(result.rows().size()).append(result.rows().size() == 1 ? " row)\n" : " rows)\n");
        return out.toString();
    }

    private static void appendTableLine(StringBuilder out, List<String> cells, int[] widths, ResultTable result, boolean values) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            String padding = " ".repeat(widths[column] - DisplayWidth.of(cell));
            boolean right = values && result.isNumeric(column);
            line.append(column == 0 ? "" : " | ").append(right ? padding + cell : cell + padding);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static String renderCsv(ResultTable result) {
        StringBuilder out = new StringBuilder("\uFEFF");
        appendCsvLine(out, new ArrayList<>(result.columns()));
        result.rows().forEach(row -> appendCsvLine(out, row));
        return out.toString();
    }

    private static void appendCsvLine(StringBuilder out, List<?> values) {
        for (int column = 0; column < values.size(); column++) {
            String cell = ResultTable.text(values.get(column));
            boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
            out.append(column == 0 ? "" : ",").append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        out.append("\r\n");
    }

    private static String renderJson(ResultTable result) {
        StringBuilder out = new StringBuilder("[");
        for (int index = 0; index < result.rows().size(); index++) {
            List<Object> row = result.rows().get(index);
            out.append(index == 0 ? "\n  {" : ",\n  {");
            for (int column = 0; column < row.size(); column++) {
                out.append(column == 0 ? "" : ", ").append(JsonText.quote(result.columns().get(column))).append(": ")
                        .append(jsonValue(row.get(column)));
            }
            out.append('}');
        }
        return out.append(result.rows().isEmpty() ? "]\n" : "\n]\n").toString();
    }

    private static String jsonValue(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return ResultTable.text(value);
        }
        return JsonText.quote(value.toString());
    }
}
