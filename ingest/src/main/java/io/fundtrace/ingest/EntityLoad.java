package io.fundtrace.ingest;

import io.fundtrace.warehouse.SqlTemplate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates one entity's rows of a batch (and its rows held for references) and merges the valid
 * ones into clean.<entity>, moving replaced versions to clean.<entity>_history. Set-based throughout.
 */
final class EntityLoad {
    /** Per-file counts of this batch's rows, and how many earlier held rows were released. */
    record Result(Map<String, Long> read, Map<String, Long> loaded, Map<String, Long> quarantined,
                  Map<String, Long> replaced, long released) {
    }

    private static final List<List<String>> CLEAN_OVERRIDES = Csv.readResource("ingest/clean_columns.csv");

    private final Sql sql;
    private final ContractEntity entity;
    private final long batchId;
    private final String today;

    private final String windowStart;
    private final boolean holdsRows;
    private final boolean controlCharacters;
    private final Map<String, Long> records;
    private final Map<String, List<RaggedRecord>> ragged;
    private static final int RAGGED_ROWS_A_STATEMENT = 1000;

    /**
     * records: the batch's files of the entity with the records the scanner counted in each (CsvLayout);
     * ragged: per file, its records of another width than its header; controlCharacters: whether any of them
     * holds a control character.
     */
    EntityLoad(Sql sql, ContractEntity entity, long batchId, String today, String windowStart, Map<String, Long> records,
               Map<String, List<RaggedRecord>> ragged, boolean holdsRows, boolean controlCharacters) {
        this.windowStart = windowStart;
        this.records = Map.copyOf(records);
        this.ragged = Map.copyOf(ragged);
        this.holdsRows = holdsRows;
        this.controlCharacters = controlCharacters;
        this.sql = sql;
        this.entity = entity;
        this.batchId = batchId;
        this.today = today;
    }

    Result run() {
        String batch = Long.toString(batchId);
        sql.template("load/work_rows.sql", Map.of("entity", entity.name(), "batch", batch, "typed_columns", typedColumns(),
                "raw_columns", String.join(", ", entity.columns().stream().map(column -> "r." + SqlTemplate.identifier(column.name())).toList()),
                "holds_rows", Boolean.toString(holdsRows)));
        sql.template("load/work_violations.sql", Map.of());
        sql.template("load/append_guard.sql", Map.of("table", "work_violations", "more_columns", "", "more_values", ""));
        holdRaggedRecords(batch);
        List<String> validation = new ArrayList<>();
        for (ValidationPlan.Step step : ValidationPlan.steps(entity, today, windowStart, controlCharacters)) {
            if (step.resource().equals(RefundsLeft.QUERY) || step.resource().equals(HeldParents.QUERY)) {
                // a walk on the driver: what came before it must be in work_violations
                runValidation(validation);
                if (step.resource().equals(RefundsLeft.QUERY)) {
                    new RefundsLeft(sql).holdExcessRefunds(step.values());
                } else {
                    new HeldParents(sql).holdChildrenOfHeldParents();
                }
            } else {
                validation.addAll(sql.statements(step.resource(), step.values()));
            }
        }
        runValidation(validation);
        Map<String, Long> read = new HashMap<>();
        Map<String, Long> loaded = new HashMap<>();
        Map<String, Long> quarantined = new HashMap<>();
        long heldRead = 0;
        long released = 0;
        if (everyRowValid()) {
            read.putAll(records);
            loaded.putAll(records);
        } else {
            for (List<Object> counts : sql.rows("load/work_counts.sql", Map.of())) {
                String file = (String) counts.get(1);
                long rows = (Long) counts.get(2);
                long held = (Long) counts.get(3);
                if ((Long) counts.get(0) == batchId) {
                    read.put(file, rows);
                    loaded.put(file, rows - held);
                    if (held > 0) {
                        quarantined.put(file, held);
                    }
                } else {
                    heldRead += rows;
                    released += rows - held;
                }
            }
        }
        // A statement with nothing to write is skipped: on Delta it would still commit a new table version.
        if (!quarantined.isEmpty()) {
            sql.template("load/quarantine_insert.sql", Map.of("entity", entity.name(), "batch", batch, "raw_values", rawValues(),
                    "ragged", Boolean.toString(!ragged.isEmpty())));
        }
        if (heldRead > 0) {
            updateHeldReasons(batch);
        }
        long validRows = released + loaded.values().stream().mapToLong(Long::longValue).sum();
        // no row of this batch held, and every earlier held row read is released
        boolean noRowHeld = quarantined.isEmpty() && released == heldRead;
        Map<String, Long> replaced = validRows == 0 ? Map.of() : merge(batch, heldRead > 0, noRowHeld);
        return new Result(read, loaded, quarantined, replaced, released);
    }

    /**
     * The records of another width than their file's header: held as wrong_field_count before any rule runs
     * (the refund walk counts what is held), the width as the value. Their values stand in the wrong columns,
     * so what the other rules find in them is not recorded (load/quarantine_insert.sql).
     */
    private void holdRaggedRecords(String batch) {
        List<String> rows = new ArrayList<>();
        ragged.forEach((file, records) -> {
            for (RaggedRecord record : records) {
                rows.add("(" + batch + ", " + sql.literal(file) + ", " + record.line() + ", "
                        + sql.literal(record.fields() + " fields; the header has " + record.headerFields()) + ")");
            }
        });
        for (int from = 0; from < rows.size(); from += RAGGED_ROWS_A_STATEMENT) {
            sql.template("load/wrong_field_count.sql",
                    Map.of("rows", String.join(", ", rows.subList(from, Math.min(rows.size(), from + RAGGED_ROWS_A_STATEMENT)))));
        }
    }

    /**
     * The held rows read again: each keeps in the quarantine the reasons the rules give it now. A reason it no
     * longer has (the reference it waited for came) is released by this batch, whether or not the row now
     * passes; a reason it has now and had not (with the reference came a rule that needs it: a fund that is not
     * its indicator's, a refund larger than what is left) is recorded under the row's own batch, file and line.
     */
    private void updateHeldReasons(String batch) {
        List<Object> reasons = sql.rows("load/held_reasons.sql", Map.of("entity", entity.name(), "batch", batch)).get(0);
        if (((Number) reasons.get(0)).longValue() > 0) {
            sql.template("load/quarantine_held_insert.sql", Map.of("entity", entity.name(), "batch", batch, "raw_values", rawValues()));
        }
        if (((Number) reasons.get(1)).longValue() > 0) {
            sql.template("load/quarantine_release.sql", Map.of("entity", entity.name(), "batch", batch));
        }
    }

    /**
     * Whether no rule found anything and work_rows holds exactly the records the scanner counted in the
     * batch's files, no held row among them: then each file's rows read and loaded are its records, with no
     * query. Both counts come without a Spark job (a scratch table is counted when its rows are kept), where
     * load/work_counts.sql groups every row. Any other case, a difference in the counts included, is counted
     * by that query.
     */
    private boolean everyRowValid() {
        if (holdsRows || sql.scalar("SELECT count(*) FROM work_violations") != 0) {
            return false;
        }
        return sql.scalar("SELECT count(*) FROM work_rows") == records.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Runs the validation statements gathered so far, consecutive row checks as one (RowChecks), and forgets them. */
    private void runValidation(List<String> statements) {
        RowChecks.combine(statements, sql.dialect()).forEach(sql::execute);
        statements.clear();
    }

    /**
     * Merges the valid rows into clean.<entity>; returns per file how many loaded keys they replaced.
     * noRowHeld: the counts found no row of work_rows breaking a rule, so every row is valid.
     */
    private Map<String, Long> merge(String batch, boolean heldRowsRead, boolean noRowHeld) {
        List<String> lineage = List.of("batch_id", "source_file", "source_line");
        List<String> cleanColumns = sql.engine().columns("clean." + entity.name()).stream().filter(column -> !lineage.contains(column)).toList();
        Map<String, String> overrides = new HashMap<>();
        for (List<String> row : CLEAN_OVERRIDES) {
            if (row.get(0).equals(entity.name())) {
                overrides.put(row.get(1), row.get(2));
            }
        }
        List<String> keys = entity.keyColumns().stream().map(key -> cleanName(key.name())).toList();
        List<String> select = new ArrayList<>();
        List<String> difference = new ArrayList<>();
        for (String column : cleanColumns) {
            String expression = overrides.getOrDefault(column, SqlTemplate.identifier("v_" + column));
            select.add(expression + " AS " + SqlTemplate.identifier(column));
            if (!keys.contains(column)) {
                difference.add("c." + SqlTemplate.identifier(column) + " IS DISTINCT FROM i." + SqlTemplate.identifier(column));
            }
        }
        String keyJoin = String.join(" AND ", keys.stream()
                .map(key -> "c." + SqlTemplate.identifier(key) + " = i." + SqlTemplate.identifier(key)).toList());
        String keyTyped = String.join(", ", entity.keyColumns().stream().map(key -> SqlTemplate.identifier(key.typedName())).toList());
        String keyJoinWork = String.join(" AND ", entity.keyColumns().stream()
                .map(key -> "c." + SqlTemplate.identifier(cleanName(key.name())) + " = w." + SqlTemplate.identifier(key.typedName())).toList());
        Map<String, String> values = Map.of("entity", entity.name(), "batch", batch, "key_join_work", keyJoinWork,
                "no_row_held", Boolean.toString(noRowHeld),
                "clean_select", String.join(", ", select), "key_typed", keyTyped, "key_join", keyJoin,
                "any_difference", difference.isEmpty() ? "false" : String.join(" OR ", difference),
                "clean_columns", String.join(", ", cleanColumns.stream().map(SqlTemplate::identifier).toList()));
        boolean poverty = entity.name().equals("poverty_status") && batchId != 0;
        if (!heldRowsRead && !poverty && sql.scalar("SELECT count(*) FROM clean." + entity.name()) == 0
                && (records.size() < 2 || sql.count("clean/keys_across_files.sql", values) == 0)) {
            sql.template("clean/insert_direct.sql", values);
            return Map.of();
        }
        boolean keyMayRepeat = records.size() > 1 || heldRowsRead;
        sql.template(keyMayRepeat ? "clean/incoming_ranked.sql" : "clean/incoming.sql", values);
        if (sql.scalar("SELECT count(*) FROM work_incoming") == 0) {
            return Map.of();
        }
        if (poverty) {
            sql.template("clean/poverty_status_replace_shipped.sql", values);
        }
        sql.template("clean/changed.sql", values);
        Map<String, Long> replaced = new HashMap<>();
        List<List<Object>> changed = sql.rows("clean/changed_counts.sql", Map.of());
        for (List<Object> counts : changed) {
            if ((Long) counts.get(0) == batchId) {
                replaced.put((String) counts.get(1), (Long) counts.get(2));
            }
        }
        if (!changed.isEmpty()) {
            sql.template("clean/history.sql", values);
        }
        sql.template(changed.isEmpty() ? "clean/insert_new_keys.sql" : "clean/apply.sql", values);
        return replaced;
    }

    /** The contract's column `at` is stored as at_date (AT is a DuckDB keyword). */
    private static String cleanName(String contractName) {
        return contractName.equals("at") ? "at_date" : contractName;
    }

    private String typedColumns() {
        List<String> out = new ArrayList<>();
        for (ContractColumn column : entity.columns()) {
            out.add(ValidationPlan.parseExpression(column, "r." + SqlTemplate.identifier(column.name()))
                    + " AS " + SqlTemplate.identifier(column.typedName()));
        }
        return String.join(", ", out);
    }

    private String rawValues() {
        return sql.dialect().jsonObject(entity.columns().stream().map(ContractColumn::name).toList(),
                entity.columns().stream().map(column -> "w." + SqlTemplate.identifier(column.name())).toList());
    }
}
