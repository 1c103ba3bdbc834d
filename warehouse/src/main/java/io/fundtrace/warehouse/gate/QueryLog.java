package io.fundtrace.warehouse.gate;

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
        String line = "{\"time\":" + json(Instant.now().truncatedTo(ChronoUnit.MILLIS).toString())
                + ",\"role\":" + json(role.toString())
                + ",\"outcome\":" + json(outcome)
                + ",\"rows\":" + rows
                + ",\"message\":" + json(message == null ? "" : message)
                + ",\"query\":" + json(query == null ? "" : query) + "}\n";
        try {
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // An unlogged query must not run: the caller sees this instead of a result.
            throw new WarehouseException("cannot write the query log " + file + ": " + e.getMessage(), e);
        }
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
