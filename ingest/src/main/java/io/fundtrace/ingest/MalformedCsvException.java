package io.fundtrace.ingest;

/**
 * An engine could not read a file as CSV although CsvScanner found it well formed (CsvScanner refuses
 * what the engines are known to fail on, with its line; this is the net for the rest). The failed
 * statement aborts the transaction, so the batch is restarted with the file refused.
 */
final class MalformedCsvException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String file;

    MalformedCsvException(String file, String message) {
        super(file + ": refused: the engine cannot read it as CSV (" + message + "); expected comma-separated rows with as many"
                + " fields as the header, quotes doubled inside quoted fields");
        this.file = file;
    }

    String file() {
        return file;
    }
}
