package io.fundtrace.ingest;

/**
 * A record of a CSV with more or fewer fields than its header (an unquoted comma, as in 1,234.50, or a
 * field left out): record is its number among the data records (the first is 1), line the line it starts
 * on, fields how many it has, headerFields how many its header has. It is read like any row and quarantined
 * as wrong_field_count.
 */
record RaggedRecord(long record, long line, int fields, int headerFields) {
}
