/**
 * Analysts' notebooks: Markdown with {@code sql} cells and {@code chart} blocks, run through the SQL
 * gate for a role into one HTML page with tables and PNG charts.
 */
package io.fundtrace.reports.notebook;
