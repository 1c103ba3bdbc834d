package io.fundtrace.ingest;

import io.fundtrace.warehouse.RecordLines;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_UP);
    /**
     * The built-in number formats of a Chinese Excel that show a date (ECMA-376 Part 1, 18.8.30: 27-31, 36, 50-54, 57
     * and 58, such as yyyy年m月d日 and m月d日; not its times, 32-35, 55 and 56). A workbook names a built-in format by
     * id alone, and the reader spells out only the standard ones (0-49: 14 is mm-dd-yy).
     */
    private static final Set<Integer> CHINESE_DATE_FORMATS = Set.of(27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58);

    private XlsxConverter() {
    }

    /**
     * The CSV of the first sheet. A formula without a stored result refuses the workbook: its values are not in the
     * file (a program that computes no formulas wrote it), and reading them as empty would load an optional cell as
     * absent - a poverty_amount as the whole amount - without a word.
     */
    static CsvLayout convert(Path xlsx, Path csv, long maxRecordBytes) throws IOException, FileRefusedException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile(), new ReadingOptions(true, false));
             Stream<Row> rows = workbook.getFirstSheet().openStream();
             BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            CsvScanner scanner = new CsvScanner(maxRecordBytes, out);
            RecordLines.Builder sheetLines = new RecordLines.Builder();
            boolean date1904 = workbook.isDate1904();
            List<String> header = null;
            int width = -1;
            long record = 0;
            for (Row row : (Iterable<Row>) rows::iterator) {
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    Cell cell = row.getCell(i);
                    if (cell != null && cell.getType() == CellType.FORMULA && cell.getRawValue() == null) {
                        throw uncomputed(xlsx, cell, header);
                    }
                    fields.add(text(cell, date1904));
                }
                while (!fields.isEmpty() && fields.get(fields.size() - 1).isEmpty()) {
                    fields.remove(fields.size() - 1);
                }
                if (fields.isEmpty()) {
                    continue;
                }
                if (width < 0) {
                    width = fields.size();
                    header = List.copyOf(fields);
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

    /** The refusal of a workbook at its first formula without a stored result, naming the cell, its column and the formula. */
    private static FileRefusedException uncomputed(Path xlsx, Cell cell, List<String> header) {
        int column = cell.getColumnIndex();
        String where = header == null ? "the header row"
                : column < header.size() ? "column " + header.get(column) : "right of the header's last column";
        return new FileRefusedException(xlsx.getFileName() + ": refused: cell " + cell.getAddress() + " (sheet row "
                + (cell.getAddress().getRow() + 1) + ", " + where + ") holds the formula =" + cell.getFormula()
                + " but not its result; expected the value a spreadsheet program computed and saved with it (the workbook"
                + " was written by a program that computes no formulas): open and save it in Excel or WPS, or send it as CSV");
    }

    /**
     * A number cell: a date-formatted one becomes ISO text, another keeps its exact decimal text. A formula cell
     * is read as the result the workbook last computed and stored with it, as Excel shows it: a number (a date too)
     * as a number cell, rounded to the 15 significant digits Excel keeps - Excel computes in binary floating point
     * and stores, say, 0.1 + 0.2 as 0.30000000000000004 - and text, a truth value or an error (#DIV/0!) as its text.
     */
    private static String text(Cell cell, boolean date1904) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        boolean formula = cell.getType() == CellType.FORMULA;
        if (cell.getType() == CellType.NUMBER || formula && cell.getValue() instanceof BigDecimal) {
            BigDecimal number = new BigDecimal(cell.getRawValue());
            if (formula) {
                number = number.round(EXCEL_PRECISION).stripTrailingZeros();
            }
            if (dateFormat(cell)) {
                return serialDate(number, date1904).toString();
            }
            return number.toPlainString();
        }
        return cell.getText();
    }

    /**
     * Whether the cell's number format shows a date: one with a year or a day in it and no digit placeholder, or a
     * built-in date format of a Chinese Excel, which is how it saves a date typed as 2018年3月1日.
     */
    private static boolean dateFormat(Cell cell) {
        String format = cell.getDataFormatString();
        if (format != null) {
            return format.matches("(?i).*[yd].*") && !format.contains("#");
        }
        return cell.getDataFormatId() != null && CHINESE_DATE_FORMATS.contains(cell.getDataFormatId());
    }

    /**
     * The day of a date serial number (its time of day dropped): in the 1900 system day 1 is 1900-01-01 and day 60
     * the 29 February 1900 that Excel counts (read as 1 March); in the 1904 system day 0 is 1904-01-01.
     */
    static LocalDate serialDate(BigDecimal serial, boolean date1904) {
        long days = serial.setScale(0, RoundingMode.FLOOR).longValueExact();
        if (date1904) {
            return LocalDate.of(1904, 1, 1).plusDays(days);
        }
        return LocalDate.of(1900, 1, 1).plusDays(days < 61 ? days - 1 : days - 2);
    }
}
