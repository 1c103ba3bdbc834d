package io.fundtrace.cli.cycle;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

/**
 * What one month's cycle did. A run: the folders ingested and those that failed (left for the next
 * cycle), the files the ingest refused (folder/file; their folders count as ingested), the rows, the
 * warnings as of the month's end (hitting, dispatched by this cycle, open, closed, overdue) and the
 * archive written. A re-run of a month run before: nothing ingested or dispatched, the record of its
 * dispatch, and whether its archive is still as its manifest lists it.
 */
record CycleResult(YearMonth month, boolean rerun, String dispatchedAt, List<String> ingested, List<String> failed,
                   List<String> refused, long rowsLoaded, long rowsQuarantined, long hitting, long dispatched, long open,
                   long closed, long overdue, Path archive, String archiveState, int archiveFiles, List<String> archiveDifferences) {
}
