package io.fundtrace.cli;

import io.fundtrace.warehouse.JsonText;
import java.util.List;

/** How a command prints rows: an aligned table for people, CSV for Excel (UTF-8 with BOM), or JSON. */
enum OutputFormat {
    table, csv, json;

    String render(ResultTable result) {
        return switch (this) {
            case table -> renderTable(result);
            case csv -> renderCsv(result);
            case json -> renderJson(result);
        };
    }

    private static String renderTable(ResultTable result) {
        int[] widths = new int[result.columns().size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = DisplayWidth.of(result.columns().get(column));
            for (List<String> row : result.rows()) {
                widths[column] = Math.max(widths[column], DisplayWidth.of(row.get(column)));
            }
        }
        StringBuilder out = new StringBuilder();
        appendTableLine(out, result.columns(), widths, result.numeric());
        for (List<String> row : result.rows()) {
            appendTableLine(out, row, widths, result.numeric());
        }
        out.append("(").append(result.rows().size()).append(" rows)\n");
        return out.toString();
    }

    private static void appendTableLine(StringBuilder out, List<String> cells, int[] widths, List<Boolean> numeric) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            String padding = " ".repeat(widths[column] - DisplayWidth.of(cell));
            line.append(column == 0 ? "" : "  ").append(numeric.get(column) ? padding + cell : cell + padding);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static String renderCsv(ResultTable result) {
        StringBuilder out = new StringBuilder("\uFEFF");
        appendCsvLine(out, result.columns());
        result.rows().forEach(row -> appendCsvLine(out, row));
        return out.toString();
    }

    private static void appendCsvLine(StringBuilder out, List<String> cells) {
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
            out.append(column == 0 ? "" : ",").append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        out.append("\r\n");
    }

    private static String renderJson(ResultTable result) {
        StringBuilder out = new StringBuilder("[");
        for (int index = 0; index < result.rows().size(); index++) {
            List<String> row = result.rows().get(index);
            out.append(index == 0 ? "\n  {" : ",\n  {");
            for (int column = 0; column < row.size(); column++) {
                String cell = row.get(column);
                out.append(column == 0 ? "" : ", ").append(JsonText.quote(result.columns().get(column))).append(": ");
                out.append(cell.isEmpty() ? "null" : result.numeric().get(column) ? cell : JsonText.quote(cell));
            }
            out.append('}');
        }
        return out.append(result.rows().isEmpty() ? "]\n" : "\n]\n").toString();
    }
}
