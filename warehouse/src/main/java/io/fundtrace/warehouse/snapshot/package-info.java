/**
 * Read-only snapshots of a DuckDB warehouse for readers that must not hold the file itself: the
 * writer (a build, the monthly cycle) publishes a complete copy after each complete build, a server
 * attaches the newest and moves to the next between statements, and copies nobody holds are removed.
 */
package io.fundtrace.warehouse.snapshot;
