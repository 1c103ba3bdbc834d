package io.fundtrace.warehouse.gate;

import io.fundtrace.warehouse.EngineSettings;
import io.fundtrace.warehouse.JsonText;
import io.fundtrace.warehouse.WarehouseException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Every gated query, accepted or not, one JSON object a line: time (UTC), user, role, outcome
 * (accepted / refused / failed), rows returned, milliseconds from the text's arrival to the outcome,
 * the reason of a refusal or failure, and the text as typed. The user is the signed-in user of
 * {@code fundtrace serve}, or the operating-system account that ran a command. It is a file beside the
 * warehouse ({@code query-log.jsonl}), since the gated session itself is read-only; appends from
 * concurrent sessions are whole lines. A warehouse on a remote file system is logged on the machine that
 * queried it (forWarehouse).
 */
public final class QueryLog {
    public static final String FILE_NAME = "query-log.jsonl";
    /** One writer at a time in this process: a line is one write, never interleaved with another session's. */
    private static final Object APPEND = new Object();

    private final Path file;

    public QueryLog(Path file) {
        this.file = file;
    }

    /**
     * The log of the warehouse at a location as a command is given it: a local path or a file:// URI, beside it;
     * a warehouse on another file system (hdfs://, s3a://), which has no appending a line to a file (S3) or
     * would need a writer's lease for it (HDFS), in this machine's fundtrace-data/query-logs/, in a file named
     * after the URI (s3a://bucket/fund/delta: s3a_bucket_fund_delta.jsonl).
     */
    public static QueryLog forWarehouse(String location) {
        if (!EngineSettings.isUri(location)) {
            return besideWarehouse(Path.of(location));
        }
        URI uri = URI.create(location);
        if ("file".equalsIgnoreCase(uri.getScheme())) {
            return besideWarehouse(Path.of(uri));
        }
        String name = location.replaceFirst("/+$", "").replaceAll("[^A-Za-z0-9._-]+", "_");
        return new QueryLog(Path.of("fundtrace-data", "query-logs", name + ".jsonl"));
    }

    public static QueryLog besideWarehouse(Path warehouseFile) {
        Path folder = warehouseFile.toAbsolutePath().getParent();
        return new QueryLog(folder.resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /** One line; a server also records here what it turned away before the gate (busy, a role with no such region). */
    public void record(String user, Role role, String outcome, long rows, long millis, String message, String query) {
        String line = "{\"time\":" + JsonText.quote(Instant.now().truncatedTo(ChronoUnit.MILLIS).toString())
                + ",\"user\":" + JsonText.quote(user == null ? "" : user)
                + ",\"role\":" + JsonText.quote(role.toString())
                + ",\"outcome\":" + JsonText.quote(outcome)
                + ",\"rows\":" + rows
                + ",\"millis\":" + millis
                + ",\"message\":" + JsonText.quote(message == null ? "" : message)
                + ",\"query\":" + JsonText.quote(query == null ? "" : query) + "}\n";
        try {
            synchronized (APPEND) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            // An unlogged query must not run: the caller sees this instead of a result.
            throw new WarehouseException("cannot write the query log " + file + ": " + e.getMessage(), e);
        }
    }
}
