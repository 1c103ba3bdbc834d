package io.fundtrace.ingest;

import io.fundtrace.warehouse.RecordLines;
import java.util.List;
import java.util.Optional;

/**
 * What one read of a decoded CSV found (CsvScanner): the header's fields, how many records follow it,
 * the line each record starts on, whether any value holds a control character (tab, line break, NUL, ...),
 * whether its line ends were mixed (CRLF and LF, or a lone CR) or a quoted value holds a CR (either way the
 * file is read from a copy with LF alone), the records of another width than the header
 * (read, and quarantined as wrong_field_count) and the first fault that refuses the file, naming its line.
 */
record CsvLayout(List<String> header, long records, RecordLines lines, boolean controlCharacters, boolean lineEndsToRewrite,
                 List<RaggedRecord> ragged, Optional<String> fault) {
    CsvLayout {
        header = List.copyOf(header);
        ragged = List.copyOf(ragged);
    }

    /** The same file with the lines given elsewhere (a workbook's row numbers), its records of the wrong width too. */
    CsvLayout withLines(RecordLines sheetLines) {
        List<RaggedRecord> onSheetLines = ragged.stream()
                .map(record -> new RaggedRecord(record.record(), sheetLines.line(record.record()), record.fields(), record.headerFields()))
                .toList();
        return new CsvLayout(header, records, sheetLines, controlCharacters, lineEndsToRewrite, onSheetLines, fault);
    }
}
