package io.fundtrace.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One CSV file being written: header first, then rows; it counts lines (the header is line 1). */
final class CsvFile implements AutoCloseable {
    private final String fileName;
    private final List<String> columnNames;
    private final Writer writer;
    private int lines;
    private int dataRows;

    private CsvFile(Path folder, String fileName, List<String> columnNames, List<String> header, Charset charset,
            boolean byteOrderMark) {
        this.fileName = fileName;
        this.columnNames = columnNames;
        try {
            writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(folder.resolve(fileName)), charset),
                    1 << 16);
            if (byteOrderMark) {
                writer.write('\uFEFF');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writeLine(header);
    }

    /** A data file of a contract entity: BOM for UTF-8 (Excel), headers in English or Chinese. */
    static CsvFile forEntity(Path folder, String fileName, List<ContractColumns.Column> columns, GeneratorOptions options) {
        List<String> names = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (ContractColumns.Column column : columns) {
            names.add(column.name());
            header.add(options.chineseHeaders() ? column.alias() : column.name());
        }
        return new CsvFile(folder, fileName, names, header, options.charset(), options.charset() == StandardCharsets.UTF_8);
    }

    /** A meta file (keys, manifest): always UTF-8 without BOM, for machines. */
    static CsvFile forMeta(Path folder, String fileName, List<String> header) {
        return new CsvFile(folder, fileName, header, header, StandardCharsets.UTF_8, false);
    }

    String fileName() {
        return fileName;
    }

    /** Writes a row given by column name (missing = empty) and returns its line number. */
    int write(Map<String, String> row) {
        List<String> cells = new ArrayList<>(columnNames.size());
        for (String column : columnNames) {
            String value = row.get(column);
            cells.add(value == null ? "" : value);
        }
        return writeCells(cells);
    }

    int writeCells(List<String> cells) {
        writeLine(cells);
        dataRows++;
        return lines;
    }

    /** A row written with no value quoted, as a hand-made line can be (a comma in a value then splits it). */
    int writeUnquoted(Map<String, String> row) {
        try {
            writer.write(String.join(",", columnNames.stream().map(column -> row.getOrDefault(column, "")).toList()));
            writer.write('\n');
            lines++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dataRows++;
        return lines;
    }

    int dataRows() {
        return dataRows;
    }

    private void writeLine(List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    writer.write(',');
                }
                writer.write(quoted(cells.get(i)));
            }
            writer.write('\n');
            lines++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
