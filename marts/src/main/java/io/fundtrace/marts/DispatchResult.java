package io.fundtrace.marts;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What one dispatch did: for a month after the latest dispatched one, the warnings hitting at its end
 * and how many of them were dispatched for the first time, and the rebuild of the lifecycle marts that
 * shows them; for any other month nothing (recorded false, counts 0, rebuild null).
 */
public record DispatchResult(YearMonth month, LocalDate monthEnd, boolean recorded, long warningsHit,
                             long warningsDispatched, BuildResult rebuild) {
    static DispatchResult nothingNew(YearMonth month) {
        return new DispatchResult(month, month.atEndOfMonth(), false, 0, 0, null);
    }
}
