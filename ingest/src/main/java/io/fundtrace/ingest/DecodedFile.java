package io.fundtrace.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * A source file made readable by the engines: a UTF-8 CSV (the original or a temp copy: transcoded, a
 * workbook's first sheet, or line ends made uniform) and what reading it found (its header, the line of
 * each record, control characters).
 */
record DecodedFile(Path source, Path csv, String sha256, String encoding, CsvLayout layout) {
    List<String> header() {
        return layout.header();
    }
}
