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
     * Runs work so that it lands whole or not at all, and returns what it returns: one transaction on
     * DuckDB; on Delta, which commits per table, the tables' versions are noted before and every table
     * work changed is restored to them if work fails (also on the next open after a killed process).
     * Whatever the work throws reaches the caller after the undo. Work inside work joins the outer unit.
     */
    <R, X extends Exception> R atomically(UnitOfWork<R, X> work) throws X;

    /**
     * Makes a Java function callable from this engine's SQL as name(text), NULL for NULL, replacing an
     * earlier one of that name. It lives as long as the engine's session, never in the warehouse: DuckDB
     * keeps it in the database instance of the file (every connection to that file in this JVM sees it,
     * until the last one closes; another file has its own), Spark in the SparkSession.
     */
    void registerFunction(String name, TextFunction function);

    /** The column names of a table, in their order. */
    List<String> columns(String table);

    /** Every table of the warehouse as "schema.table", in name order (no views). */
    List<String> tables();

    /** Whether a table exists. */
    boolean exists(String table);

    /**
     * Writes a table's rows (at a Delta version, or as now when version is null) as Parquet files into
     * an empty folder, so a DuckDB reader can take a snapshot of them (reports on a Spark warehouse).
     */
    void exportParquet(String table, Long version, Path folder);

    /** The version each table is at now, to record what a report read (0 where an engine keeps no versions). */
    Map<String, Long> versions(List<String> tables);

    @Override
    void close();

    /**
     * Makes a temporary view of a UTF-8 CSV file with a header row, for a load to read: columns c0 ..
     * c(columns - 1) as text (an empty field is NULL) and source_line, the line the record starts on as
     * lines gives it (header 1; blank lines are skipped, as they are no records). A record with another
     * number of fields, or of more than {@link #MAX_RECORD_BYTES} bytes, fails the statement that reads
     * the view: a caller that wants to say which line is wrong checks the file first.
     */
    void csvTextView(String view, Path csv, int columns, RecordLines lines);

    /** The same, with record n on line n + 1 (a file the caller knows has no blank line and no field spanning lines). */
    default void csvTextView(String view, Path csv, int columns) {
        csvTextView(view, csv, columns, RecordLines.CONSECUTIVE);
    }

    /** The longest record csvTextView reads (DuckDB's read_csv refuses longer lines). */
    long MAX_RECORD_BYTES = 4_000_000;
}
