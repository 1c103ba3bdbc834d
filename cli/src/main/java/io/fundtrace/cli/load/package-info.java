/**
 * Getting data in and seeing what happened to it: {@code ingest} (a drop folder as one batch),
 * {@code quarantine} (rows refused and why), {@code batches} (the audit), and {@code generate} (a
 * synthetic drop from the {@code synthetic} module).
 */
package io.fundtrace.cli.load;
