package io.fundtrace.reports;

import java.time.LocalDate;

/**
 * Builds every mart as of a date into a schema (`marts`, or `marts_previous` for the previous
 * month-end). The CLI wires it to the marts module's runner; reports only read the result.
 */
@FunctionalInterface
public interface MartBuilder {
    void build(LocalDate asOf, String schema);

    /** For a warehouse whose marts are already built (tests, or a second report on the same data). */
    MartBuilder ALREADY_BUILT = (asOf, schema) -> { };
}
