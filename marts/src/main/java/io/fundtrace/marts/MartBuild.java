package io.fundtrace.marts;

/** One mart built: its table, how many rows, how long it took. */
public record MartBuild(String mart, long rows, long millis) {
}
