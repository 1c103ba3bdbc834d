package io.fundtrace.reports;

import io.fundtrace.warehouse.ResultTable;

/** One heading of a report with its table, an optional note and an optional chart (a PNG beside it). */
public record ReportSection(String heading, String note, ResultTable table, String chartFile) {
}
