package io.fundtrace.cli.cycle;

import io.fundtrace.ingest.IngestListener;
import io.fundtrace.ingest.IngestReport;
import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.SqlTemplate;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The cycle's audit table, audit.cycle_folders (cli/cycle/cycle_folders.sql): which inbox folder which
 * cycle ingested, as which batch, and which failed and why. An ingested folder is recorded inside the
 * ingest's own unit of work (an IngestListener), so a folder is never ingested twice, also after a kill.
 */
final class CycleRecord {
    private static final int MESSAGE_CHARACTERS = 1000;

    private final Engine engine;

    CycleRecord(Engine engine) {
        this.engine = engine;
        for (String statement : SqlResource.statements(SqlResource.read("cli/cycle/cycle_folders.sql"))) {
            engine.execute(statement);
        }
    }

    /** The folders ingested by any cycle so far. */
    Set<String> ingestedFolders() {
        Set<String> folders = new TreeSet<>();
        for (List<Object> row : engine.query(SqlResource.read("cli/cycle/ingested_folders.sql"))) {
            folders.add((String) row.get(0));
        }
        return folders;
    }

    /** The listener that records the folder with its batch, in the ingest's unit of work. */
    IngestListener ingesting(LocalDate monthEnd, String folder) {
        return new IngestListener() {
            @Override
            public void batchLoaded(Engine inTransaction, IngestReport report) {
                record(inTransaction, monthEnd, folder, "ingested", report.batchId(), null);
            }
        };
    }

    /** A folder whose ingest failed (and left nothing behind), recorded on its own. */
    void failed(LocalDate monthEnd, String folder, String message) {
        record(engine, monthEnd, folder, "failed", null, printable(message));
    }

    private static void record(Engine engine, LocalDate monthEnd, String folder, String outcome, Long batchId, String message) {
        Map<String, String> values = new HashMap<>();
        values.put("month_end", SqlTemplate.literal(monthEnd));
        values.put("folder", SqlTemplate.literal(folder));
        values.put("outcome", SqlTemplate.literal(outcome));
        values.put("batch_id", batchId == null ? "NULL" : SqlTemplate.literal(batchId));
        values.put("message", message == null ? "NULL" : SqlTemplate.literal(message));
        engine.execute(SqlTemplate.fill(SqlResource.read("cli/cycle/record_folder.sql"), values));
    }

    /** A message as a literal both engines read alike: no quote or backslash, and not endless. */
    private static String printable(String message) {
        String text = String.valueOf(message).replace('\'', '`').replace('\\', '/');
        return text.length() <= MESSAGE_CHARACTERS ? text : text.substring(0, MESSAGE_CHARACTERS) + " ...";
    }
}
