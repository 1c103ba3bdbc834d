package io.fundtrace.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Adds rows that a walk on the driver found breaking one rule to work_violations, a few hundred per
 * statement (validation/held_rows.sql), for the rules no single set-based statement says.
 */
final class HeldRows {
    private static final String INSERT = "validation/held_rows.sql";
    private static final int ROWS_PER_INSERT = 500;

    private final Sql sql;
    private final String rule;
    private final String column;
    private final List<String> held = new ArrayList<>();

    HeldRows(Sql sql, String rule, String column) {
        this.sql = sql;
        this.rule = rule;
        this.column = column;
    }

    /** A row to hold: the batch, file and line of a work row and its raw value (null when empty). */
    void add(Object batchId, String sourceFile, Object sourceLine, String rawValue) {
        held.add("(" + batchId + ", " + sql.literal(sourceFile) + ", " + sourceLine + ", "
                + (rawValue == null ? "NULL" : sql.literal(rawValue)) + ")");
    }

    /** Writes the rows added since the last insert; returns how many. */
    int insert() {
        for (int start = 0; start < held.size(); start += ROWS_PER_INSERT) {
            sql.template(INSERT, Map.of("rule", rule, "column", column,
                    "held", String.join(", ", held.subList(start, Math.min(start + ROWS_PER_INSERT, held.size())))));
        }
        int count = held.size();
        held.clear();
        return count;
    }
}
