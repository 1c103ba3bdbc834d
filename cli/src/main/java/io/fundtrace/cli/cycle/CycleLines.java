package io.fundtrace.cli.cycle;

import java.io.PrintWriter;

/** One line per month's cycle under a header: what was ingested, the warnings at the month's end, the archive. */
final class CycleLines {
    private static final String ROW = "%-8s %7s %6s %7s %11s %11s %7s %4s %5s %6s %7s  %s%n";

    private final PrintWriter out;
    private boolean headerPrinted;

    CycleLines(PrintWriter out) {
        this.out = out;
    }

    void print(CycleResult result) {
        if (!headerPrinted) {
            out.printf(ROW, "month", "folders", "failed", "refused", "rows_loaded", "quarantined", "hitting", "new", "open", "closed",
                    "overdue", "archive");
            headerPrinted = true;
        }
        if (result.rerun()) {
            out.printf("%-8s re-run: run before (dispatched %s: %d hitting, %d new); nothing ingested or dispatched; archive %s %s (%d files)%n",
                    result.month(), result.dispatchedAt(), result.hitting(), result.dispatched(), result.archive(),
                    result.archiveState(), result.archiveFiles());
            result.archiveDifferences().forEach(difference -> out.println("         " + difference));
        } else {
            out.printf(ROW, result.month(), result.ingested().size(), result.failed().size(), result.refused().size(),
                    String.format("%,d", result.rowsLoaded()),
                    String.format("%,d", result.rowsQuarantined()), result.hitting(), result.dispatched(), result.open(),
                    result.closed(), result.overdue(), result.archive() + " (" + result.archiveFiles() + " files)");
        }
        out.flush();
    }
}
