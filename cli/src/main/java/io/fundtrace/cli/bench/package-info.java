/**
 * Benchmarks that print figures (time, rows, peak memory) for the README: ingest against a bare
 * read, mart builds by scale, and the two engines side by side. Speed targets live here, never in tests.
 */
package io.fundtrace.cli.bench;
