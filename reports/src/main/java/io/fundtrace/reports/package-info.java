/**
 * What people read, made from the marts on DuckDB: the monthly report (HTML, A4 PDF, PNG charts),
 * department notices and evaluator metrics, each for a role and a region's subtree.
 */
package io.fundtrace.reports;
