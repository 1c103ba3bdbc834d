package io.fundtrace.ingest;

/** A whole file is refused (nothing of it loaded); the message names the file and what was expected. */
final class FileRefusedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String encoding;

    FileRefusedException(String message) {
        this(message, null);
    }

    /** encoding: the file's encoding when it was known before the refusal (its text could be read). */
    FileRefusedException(String message, String encoding) {
        super(message);
        this.encoding = encoding;
    }

    String encoding() {
        return encoding;
    }
}
