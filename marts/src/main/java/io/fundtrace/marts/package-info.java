/**
 * Builds the marts as of a date on any engine: {@link io.fundtrace.marts.MartRunner} runs one
 * {@code .sql} per mart and per rule (manifest.csv gives the order), fills the parameters, registers
 * the engine's dialect functions, records the build and runs the data tests.
 */
package io.fundtrace.marts;
