package io.fundtrace.warehouse;

import java.util.List;

/**
 * Columns a later contract version added to tables an older warehouse already holds. CREATE TABLE IF
 * NOT EXISTS leaves an existing table as it was, so each column of ddl/added_columns.csv is added
 * where its table, or that table's history twin (clean.x_history, kept by the ingest), lacks it. An
 * added column comes last; every writer names its columns, so its position does not matter. The type
 * is written as both engines spell it (STRING is VARCHAR on DuckDB).
 */
public final class AddedColumns {
    private static final String RESOURCE = "warehouse/ddl/added_columns.csv";

    private AddedColumns() {
    }

    /** Adds every listed column missing from an existing table; a table not yet created is left to its DDL. */
    public static void addMissing(Engine engine) {
        List<String> lines = SqlResource.read(RESOURCE).lines().skip(1).filter(line -> !line.isBlank()).toList();
        for (String line : lines) {
            String[] cells = line.split(",", -1);
            for (String table : List.of(cells[0], cells[0] + "_history")) {
                if (engine.exists(table) && !engine.columns(table).contains(cells[1])) {
                    engine.execute("ALTER TABLE " + table + " ADD COLUMN " + cells[1] + " " + cells[2]);
                }
            }
        }
    }
}
