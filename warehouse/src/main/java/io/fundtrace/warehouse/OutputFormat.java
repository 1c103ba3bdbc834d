package io.fundtrace.warehouse;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How every command prints rows: an aligned table for people (numbers right-aligned, Chinese counted
 * two columns wide), CSV for Excel (UTF-8 with BOM, RFC 4180, no cell a spreadsheet would run as a
 * formula) or JSON (numbers as numbers).
 */
public enum OutputFormat {
    table, csv, json;

    /** What a spreadsheet may take for the start of a formula (OWASP, CSV injection). */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    /** A plain number written as text (a quarantined amount, -500.00): a spreadsheet reads it as a number, never a formula. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

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
            Object value = values.get(column);
            String cell = value instanceof Number ? ResultTable.text(value) : spreadsheetText(ResultTable.text(value));
            boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
            out.append(column == 0 ? "" : ",").append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        out.append("\r\n");
    }

    /**
     * A text cell as a spreadsheet must show it: one that starts like a formula (= + - @, a tab or a
     * carriage return) gets a leading single quote, which Excel and LibreOffice read as "this is text"
     * (OWASP, CSV injection). Numbers, and text that is a plain number, are left as they are.
     */
    static String spreadsheetText(String cell) {
        if (cell.isEmpty() || FORMULA_STARTS.indexOf(cell.charAt(0)) < 0 || PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
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
