package io.fundtrace.ingest;

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

/** Streams the first sheet of an XLSX workbook to a UTF-8 CSV, row by row (no workbook in memory). */
final class XlsxConverter {
    private XlsxConverter() {
    }

    static void convert(Path xlsx, Path csv) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile(), new ReadingOptions(true, false));
             Stream<Row> rows = workbook.getFirstSheet().openStream();
             BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            for (Row row : (Iterable<Row>) rows::iterator) {
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    fields.add(Csv.quote(text(row.getCell(i))));
                }
                out.write(String.join(",", fields));
                out.write('\n');
            }
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
