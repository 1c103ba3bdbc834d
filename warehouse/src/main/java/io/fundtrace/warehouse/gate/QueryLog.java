package io.fundtrace.warehouse.gate;

import io.fundtrace.warehouse.JsonText;
import io.fundtrace.warehouse.WarehouseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Every gated query, accepted or not, one JSON object a line: time (UTC), role, outcome
 * (accepted / refused / failed), rows returned, the reason of a refusal or failure, and the text as
 * typed. It is a file beside the warehouse ({@code query-log.jsonl}), since the gated session itself
 * is read-only; appends from concurrent sessions are whole lines.
 */
public final class QueryLog {
    public static final String FILE_NAME = "query-log.jsonl";

    private final Path file;

    public QueryLog(Path file) {
        this.file = file;
    }

    public static QueryLog besideWarehouse(Path warehouseFile) {
        Path folder = warehouseFile.toAbsolutePath().getParent();
        return new QueryLog(folder.resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    void record(Role role, String outcome, long rows, String message, String query) {
        String line = "{\"time\":" + JsonText.quote(Instant.now().truncatedTo(ChronoUnit.MILLIS).toString())
                + ",\"role\":" + JsonText.quote(role.toString())
                + ",\"outcome\":" + JsonText.quote(outcome)
                + ",\"rows\":" + rows
                + ",\"message\":" + JsonText.quote(message == null ? "" : message)
                + ",\"query\":" + JsonText.quote(query == null ? "" : query) + "}\n";
        try {
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // An unlogged query must not run: the caller sees this instead of a result.
            throw new WarehouseException("cannot write the query log " + file + ": " + e.getMessage(), e);
        }
    }
}
