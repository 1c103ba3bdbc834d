package io.fundtrace.ingest;

/** A whole file is refused (nothing of it loaded); the message names the file and what was expected. */
final class FileRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    FileRefusedException(String message) {
        super(message);
    }
}
