package io.fundtrace.warehouse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the stages need from a warehouse engine, so the command line can run the same pipeline on
 * DuckDB or on Spark + Delta without loading the other engine's classes. Values in result rows are
 * normalised the same way on every engine: whole numbers as Long, decimals as BigDecimal with the
 * column's scale, dates as LocalDate, text as String, NULL as null.
 */
public interface Engine extends AutoCloseable {
    /** "duckdb" or "spark": recorded in audit rows. */
    String name();

    /** Runs one statement that returns no rows (DDL, INSERT, MERGE, function registration). */
    void execute(String sql);

    /** Runs one query and returns all its rows in the query's order. */
    List<List<Object>> query(String sql);

    /**
     * Loads a CSV with a header row into an existing table, matching rows on the key columns:
     * new keys are inserted, changed rows replaced, and a load that changes nothing commits nothing.
     * A load that fails commits nothing either.
     */
    void mergeCsv(Path csv, String table, List<String> keyColumns);

    /** The version each table is at now, to record what a report read (0 where an engine keeps no versions). */
    Map<String, Long> versions(List<String> tables);

    @Override
    void close();
}
