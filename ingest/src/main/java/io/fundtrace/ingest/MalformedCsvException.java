package io.fundtrace.ingest;

/**
 * DuckDB could not parse a file as CSV (a row with more fields than the header, a broken quote).
 * The failed statement aborts the transaction, so the batch is restarted with the file refused.
 */
final class MalformedCsvException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String file;

    MalformedCsvException(String file, String message) {
        super(file + ": refused: not a well-formed CSV (" + message + "); expected every row to have at most the header's columns");
        this.file = file;
    }

    String file() {
        return file;
    }
}
