/**
 * The monitoring itself: {@code build} (every mart and data test as of a date), {@code warnings}
 * (rule hits and their lifecycle), {@code feedback} (the feedback log), {@code ledger} (总台账) and
 * {@code rules} (the rule catalogue).
 */
package io.fundtrace.cli.monitor;
