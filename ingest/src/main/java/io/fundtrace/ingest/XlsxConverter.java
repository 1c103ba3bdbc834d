package io.fundtrace.ingest;

import io.fundtrace.warehouse.RecordLines;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Streams the first sheet of an XLSX workbook to a UTF-8 CSV, row by row (no workbook in memory), read
 * through CsvScanner as it is written. A record's line is its row number in the sheet; an empty row is
 * skipped, as a blank line of a CSV; a row is as wide as the header (its empty cells at the end are left
 * out by the workbook) unless it has a value right of the header's last column: then it is a record of
 * the wrong width, held in the quarantine as in a CSV.
 */
final class XlsxConverter {
    private XlsxConverter() {
    }

    static CsvLayout convert(Path xlsx, Path csv, long maxRecordBytes) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile(), new ReadingOptions(true, false));
             Stream<Row> rows = workbook.getFirstSheet().openStream();
             BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            CsvScanner scanner = new CsvScanner(maxRecordBytes, out);
            RecordLines.Builder sheetLines = new RecordLines.Builder();
            int width = -1;
            long record = 0;
            for (Row row : (Iterable<Row>) rows::iterator) {
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    fields.add(text(row.getCell(i)));
                }
                while (!fields.isEmpty() && fields.get(fields.size() - 1).isEmpty()) {
                    fields.remove(fields.size() - 1);
                }
                if (fields.isEmpty()) {
                    continue;
                }
                if (width < 0) {
                    width = fields.size();
                } else {
                    // a value right of the header's last column makes a record wider than the header, which the
                    // scanner lists and the load holds as wrong_field_count, as a CSV's
                    sheetLines.record(++record, row.getRowNum());
                }
                while (fields.size() < width) {
                    fields.add("");
                }
                char[] line = (String.join(",", fields.stream().map(Csv::quote).toList()) + "\n").toCharArray();
                scanner.accept(line, line.length);
            }
            return scanner.finish().withLines(sheetLines.build());
        }
    }

    /** A date-formatted number cell becomes ISO text; other numbers keep their exact decimal text. */
    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            String format = cell.getDataFormatString();
            if (format != null && format.matches("(?i).*[yd].*") && !format.contains("#")) {
                return cell.asDate().toLocalDate().toString();
            }
            return new BigDecimal(cell.getRawValue()).toPlainString();
        }
        return cell.getText();
    }
}
