package io.fundtrace.cli;

import java.io.PrintWriter;
import java.util.List;

/** Prints rows as aligned text columns or as CSV (with a BOM, so Excel reads the Chinese right). */
final class TextTable {
    private TextTable() {
    }

    static void print(PrintWriter out, List<String> header, List<List<String>> rows, String format) {
        if ("csv".equals(format)) {
            out.print('\uFEFF');
            out.println(csvLine(header));
            rows.forEach(row -> out.println(csvLine(row)));
            out.flush();
            return;
        }
        if (!"table".equals(format)) {
            throw new IllegalArgumentException("unknown --format " + format + "; expected table or csv");
        }
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(header.get(i));
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        out.println(line(header, widths));
        rows.forEach(row -> out.println(line(row, widths)));
        out.flush();
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            line.append(cell).append(" ".repeat(Math.max(widths[i] - width(cell), 0) + (i + 1 < cells.size() ? 2 : 0)));
        }
        return line.toString().stripTrailing();
    }

    /** Chinese characters take two columns in a terminal. */
    static int width(String text) {
        return text.codePoints().map(c -> c >= 0x1100 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || c >= 0xFF00 && c <= 0xFFEF || c >= 0x3000 && c <= 0x303F ? 2 : 1).sum();
    }

    private static String csvLine(List<String> cells) {
        return String.join(",", cells.stream().map(TextTable::csvCell).toList());
    }

    private static String csvCell(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
