package io.fundtrace.reports;

import io.fundtrace.warehouse.ResultTable;

/**
 * One heading of a report with its table, an optional note and an optional chart (a PNG beside it). A
 * section the reader's role may not read has no table, only the note saying so.
 */
public record ReportSection(String heading, String note, ResultTable table, String chartFile) {
    /** A section whose data the role may not read: the heading stays, so the reader knows what is left out. */
    public static ReportSection withheld(String heading, String reason) {
        return new ReportSection(heading, reason, null, null);
    }
}
