package io.fundtrace.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes audit.batches and audit.batch_files rows for one batch, with the engine that loaded it. */
final class AuditLog {
    private static final String VERSION = "0.1.0";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);
    private final Sql sql;

    AuditLog(Sql sql) {
        this.sql = sql;
    }

    /** The SHA-256 of every file loaded before: the same bytes again are skipped. */
    Set<String> loadedFiles() {
        return new HashSet<>(sql.strings("SELECT DISTINCT sha256 FROM audit.batch_files WHERE outcome = 'loaded'"));
    }

    long nextBatchId() {
        Object latest = sql.rows("load/latest_batch.sql", Map.of()).get(0).get(0);
        return latest == null ? 0 : ((Number) latest).longValue() + 1;
    }

    void record(IngestReport report, String dropFolder, LocalDate dropDate, Instant started) {
        sql.execute("INSERT INTO audit.batches VALUES (" + String.join(", ", List.of(
                Long.toString(report.batchId()), text(dropFolder), "DATE '" + dropDate + "'", text(sql.engine().name()), text(VERSION),
                timestamp(started), timestamp(Instant.now()),
                Integer.toString(report.files().size()), Long.toString(report.filesWith("skipped")), Long.toString(report.filesWith("refused")),
                Long.toString(report.rowsRead()), Long.toString(report.rowsLoaded()), Long.toString(report.rowsReplaced()),
                Long.toString(report.rowsQuarantined()), Long.toString(report.rowsReleased()))) + ")");
        if (report.files().isEmpty()) {
            return;
        }
        List<String> rows = new ArrayList<>();
        for (FileReport file : report.files()) {
            rows.add("(" + String.join(", ", List.of(
                    Long.toString(report.batchId()), text(file.file()), text(file.entity()), text(file.sha256()), text(file.encoding()),
                    text(file.headerLanguage()), text(file.outcome()), text(file.message()),
                    Long.toString(file.rowsRead()), Long.toString(file.rowsLoaded()), Long.toString(file.rowsReplaced()),
                    Long.toString(file.rowsQuarantined()), Long.toString(file.millis()))) + ")");
        }
        // one statement: on Delta each INSERT is a commit
        sql.execute("INSERT INTO audit.batch_files VALUES " + String.join(", ", rows));
    }

    private String text(String value) {
        return value == null ? "NULL" : sql.literal(value);
    }

    private static String timestamp(Instant instant) {
        return "TIMESTAMP '" + TIMESTAMP.format(instant) + "'";
    }
}
