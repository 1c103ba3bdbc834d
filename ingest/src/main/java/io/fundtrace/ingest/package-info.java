/**
 * Loads a drop folder (contract.md) into the warehouse as one batch: decoding (UTF-8 or GB18030, CSV
 * or XLSX), the raw layer, validation into the quarantine, keyed merges into clean with history, and the
 * audit - all in one unit of work on either engine. The contract and the shipped reference data are
 * data under {@code src/main/resources/ingest}.
 */
package io.fundtrace.ingest;
