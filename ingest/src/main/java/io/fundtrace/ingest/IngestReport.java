package io.fundtrace.ingest;

import java.util.List;

/** The outcome of one drop: its batch, one report per file, and rows released from the quarantine. */
public record IngestReport(long batchId, List<FileReport> files, long rowsReleased) {

    public long rowsRead() {
        return files.stream().mapToLong(FileReport::rowsRead).sum();
    }

    public long rowsLoaded() {
        return files.stream().mapToLong(FileReport::rowsLoaded).sum();
    }

    public long rowsReplaced() {
        return files.stream().mapToLong(FileReport::rowsReplaced).sum();
    }

    public long rowsQuarantined() {
        return files.stream().mapToLong(FileReport::rowsQuarantined).sum();
    }

    public long filesWith(String outcome) {
        return files.stream().filter(file -> file.outcome().equals(outcome)).count();
    }
}
