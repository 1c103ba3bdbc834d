/**
 * The monthly monitoring cycle ({@code cycle}): the month-end job that ingests the inbox's waiting drop
 * folders, dispatches the month's new warnings and archives the month's report and notices, month after
 * month in order, with its own audit of which folder each cycle ingested.
 */
package io.fundtrace.cli.cycle;
