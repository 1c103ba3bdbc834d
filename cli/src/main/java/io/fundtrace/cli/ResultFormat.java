package io.fundtrace.cli;

import io.fundtrace.warehouse.JsonText;
import io.fundtrace.warehouse.gate.QueryResult;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** How `fundtrace sql` prints a result: an aligned table, CSV for Excel (BOM, RFC 4180) or JSON. */
enum ResultFormat {
    TABLE, CSV, JSON;

    void write(QueryResult result, PrintWriter out) {
        switch (this) {
            case TABLE -> table(result, out);
            case CSV -> csv(result, out);
            case JSON -> json(result, out);
        }
        out.flush();
    }

    private static void table(QueryResult result, PrintWriter out) {
        List<String> columns = result.columns();
        int[] widths = new int[columns.size()];
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = width(columns.get(i));
        }
        for (List<Object> row : result.rows()) {
            List<String> line = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                String text = text(row.get(i)).replace('\n', ' ');
                widths[i] = Math.max(widths[i], width(text));
                line.add(text);
            }
            cells.add(line);
        }
        out.println(line(columns, widths));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
        }
        out.println(rule);
        for (List<String> line : cells) {
            out.println(line(line, widths));
        }
        out.println("(" + result.rows().size() + (result.rows().size() == 1 ? " row)" : " rows)"));
    }

    private static String line(List<String> values, int[] widths) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            out.append(i == 0 ? "" : " | ").append(value).append(" ".repeat(widths[i] - width(value)));
        }
        return out.toString().stripTrailing();
    }

    /** Terminal columns: Chinese characters take two. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            width += isWide(codePoint) ? 2 : 1;
            i += Character.charCount(codePoint);
        }
        return width;
    }

    private static boolean isWide(int codePoint) {
        return (codePoint >= 0x1100 && codePoint <= 0x115F) || (codePoint >= 0x2E80 && codePoint <= 0xA4CF)
                || (codePoint >= 0xAC00 && codePoint <= 0xD7A3) || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
                || (codePoint >= 0xFE30 && codePoint <= 0xFE4F) || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
                || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6) || (codePoint >= 0x20000 && codePoint <= 0x3FFFD);
    }

    private static void csv(QueryResult result, PrintWriter out) {
        out.print('\uFEFF');
        out.print(csvLine(new ArrayList<>(result.columns())));
        for (List<Object> row : result.rows()) {
            out.print(csvLine(row));
        }
    }

    private static String csvLine(List<?> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            String text = values.get(i) == null ? "" : text(values.get(i));
            boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
            line.append(i == 0 ? "" : ",").append(quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text);
        }
        return line.append("\r\n").toString();
    }

    private static void json(QueryResult result, PrintWriter out) {
        out.println("[");
        for (int r = 0; r < result.rows().size(); r++) {
            List<Object> row = result.rows().get(r);
            StringBuilder object = new StringBuilder("  {");
            for (int i = 0; i < row.size(); i++) {
                object.append(i == 0 ? "" : ", ").append(JsonText.quote(result.columns().get(i))).append(": ").append(jsonValue(row.get(i)));
            }
            out.println(object.append(r + 1 < result.rows().size() ? "}," : "}"));
        }
        out.println("]");
    }

    private static String jsonValue(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return JsonText.quote(value.toString());
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
