package io.fundtrace.cli.report;

import io.fundtrace.warehouse.WarehouseException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A month's report, notices, metrics and cycle are as of its last day, so they wait until that day has
 * come: taken earlier, the rules would count days that have not passed (an indicator idle for 90 days,
 * a 30-day deadline, a 15-day reconciliation grace) and print as overdue what is not, under a date
 * that reads as a fact. What stands on a day inside the month is `warnings --as-of DATE`.
 */
public final class MonthEnded {
    private MonthEnded() {
    }

    /** Refuses what (the command and month, "report 2026-11") when the month's last day is after today. */
    public static void require(String what, YearMonth month, LocalDate today) {
        if (month.atEndOfMonth().isAfter(today)) {
            throw new WarehouseException(what + " refused: the month has not ended (today is " + today + "); what it says is as of "
                    + month.atEndOfMonth() + ", a day not yet come. Run it from that day on, or see today's state with"
                    + " `warnings --as-of " + today + "`");
        }
    }
}
