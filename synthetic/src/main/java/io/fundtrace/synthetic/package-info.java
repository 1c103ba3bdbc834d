/**
 * The simulated source system, for the demo, tests and benchmarks: a drop in the shape of the
 * contract with planted anomalies, and in its {@code _keys/} subfolder the answers the pipeline must
 * give (warnings, quarantined rows, counts). Nothing in the pipeline depends on this package.
 */
package io.fundtrace.synthetic;
