package io.fundtrace.ingest;

/**
 * What happened to one file of a drop. outcome: loaded, skipped (same bytes loaded before), refused
 * (message says why) or unknown_entity. Rows read = loaded + quarantined for every file.
 */
public record FileReport(String file, String entity, String encoding, String sha256, String outcome, String message,
                         long rowsRead, long rowsLoaded, long rowsReplaced, long rowsQuarantined, long millis,
                         String headerLanguage) {
}
