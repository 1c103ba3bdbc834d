/**
 * What leadership, departments and evaluators read: {@code report} (the monthly report),
 * {@code notices} (通报 to departments) and {@code metrics}; on Spark they read a snapshot of the mart
 * build they were made from.
 */
package io.fundtrace.cli.report;
