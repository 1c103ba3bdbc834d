package io.fundtrace.ingest;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/** Writes audit.batches and audit.batch_files rows for one batch. */
final class AuditLog {
    private static final String VERSION = "0.1.0";
    private final Sql sql;

    AuditLog(Sql sql) {
        this.sql = sql;
    }

    boolean seenBefore(String sha256) throws SQLException {
        return sql.scalar("SELECT count(*) FROM audit.batch_files WHERE outcome = 'loaded' AND sha256 = '" + sha256 + "'") > 0;
    }

    long nextBatchId() throws SQLException {
        return sql.scalar("SELECT coalesce(max(batch_id) + 1, 0) FROM audit.batches");
    }

    void record(IngestReport report, String dropFolder, LocalDate dropDate, Instant started) throws SQLException {
        try (PreparedStatement insert = sql.connection().prepareStatement(
                "INSERT INTO audit.batches VALUES (?, ?, ?, 'duckdb', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, report.batchId());
            insert.setString(2, dropFolder);
            insert.setObject(3, dropDate);
            insert.setString(4, VERSION);
            insert.setTimestamp(5, Timestamp.from(started));
            insert.setTimestamp(6, Timestamp.from(Instant.now()));
            insert.setInt(7, report.files().size());
            insert.setInt(8, (int) report.filesWith("skipped"));
            insert.setInt(9, (int) report.filesWith("refused"));
            insert.setLong(10, report.rowsRead());
            insert.setLong(11, report.rowsLoaded());
            insert.setLong(12, report.rowsReplaced());
            insert.setLong(13, report.rowsQuarantined());
            insert.setLong(14, report.rowsReleased());
            insert.executeUpdate();
        }
        try (PreparedStatement insert = sql.connection().prepareStatement(
                "INSERT INTO audit.batch_files VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (FileReport file : report.files()) {
                insert.setLong(1, report.batchId());
                insert.setString(2, file.file());
                insert.setString(3, file.entity());
                insert.setString(4, file.sha256());
                insert.setString(5, file.encoding());
                insert.setString(6, file.headerLanguage());
                insert.setString(7, file.outcome());
                insert.setString(8, file.message());
                insert.setLong(9, file.rowsRead());
                insert.setLong(10, file.rowsLoaded());
                insert.setLong(11, file.rowsReplaced());
                insert.setLong(12, file.rowsQuarantined());
                insert.setLong(13, file.millis());
                insert.executeUpdate();
            }
        }
    }
}
