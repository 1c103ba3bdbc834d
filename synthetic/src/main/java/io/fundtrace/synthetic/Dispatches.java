package io.fundtrace.synthetic;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dispatch record a month-by-month run from the drop's first month writes (rules.md "Warning
 * lifecycle", Dispatch): every warning is dispatched at the first month end it hits at, with its level
 * then, and the dispatch never changes.
 */
final class Dispatches {
    record Dispatch(int month, String level) {
    }

    private final Map<String, Dispatch> byWarning = new LinkedHashMap<>();

    Dispatches(MonthEndHits hits, MonthRange range) {
        for (int month = 0; month < range.size(); month++) {
            int dispatchMonth = month;
            hits.levels(month).forEach((id, level) -> byWarning.putIfAbsent(id, new Dispatch(dispatchMonth, level)));
        }
    }

    /** The warning's dispatch, or null when it never hits at a month end. */
    Dispatch of(String warningId) {
        return byWarning.get(warningId);
    }

    Map<String, Dispatch> all() {
        return byWarning;
    }
}
