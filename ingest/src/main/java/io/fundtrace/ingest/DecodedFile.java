package io.fundtrace.ingest;

import java.nio.file.Path;
import java.util.List;

/** A source file made readable by DuckDB: a UTF-8 CSV (the original or a transcoded temp copy) and its header. */
record DecodedFile(Path source, Path csv, String sha256, String encoding, List<String> header) {
}
