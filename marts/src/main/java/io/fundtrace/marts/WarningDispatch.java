package io.fundtrace.marts;

import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.SqlResource;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The monthly cycle's dispatch (下发, rules.md "Warning lifecycle"), the only writer of the dispatch
 * record (audit.dispatch_months, audit.warning_dispatches, audit.warning_month_end_hits; DDL in
 * ddl/audit_marts.sql). A month is dispatched once and months in order: a month on or before the latest
 * dispatched month dispatches nothing new - refusing a gap is the caller's choice
 * ({@link #latestDispatchedMonth()}).
 */
public final class WarningDispatch {
    /** The lifecycle mart that reads the dispatch record: it and every mart built from it are rebuilt after a dispatch. */
    static final String FIRST_LIFECYCLE_MART = "warning_dispatch";

    private final Engine engine;
    private final MartRunner runner;

    public WarningDispatch(Engine engine) {
        this.engine = engine;
        this.runner = new MartRunner(engine);
    }

    /** The latest month a cycle dispatched, if any. */
    public Optional<YearMonth> latestDispatchedMonth() {
        Object monthEnd = engine.query(SqlResource.read("marts/dispatch/latest_month.sql")).get(0).get(0);
        return Optional.ofNullable((LocalDate) monthEnd).map(YearMonth::from);
    }

    /**
     * Dispatches the month, in one unit of work: makes sure schema marts is built as of its last day E,
     * records every warning hitting as of E (its row) and dispatches those not dispatched before (on E,
     * at their level as of E), then rebuilds the lifecycle marts so that marts.warnings as of E shows them.
     */
    public DispatchResult dispatch(YearMonth month) {
        return engine.atomically(() -> dispatchAtomically(month));
    }

    private DispatchResult dispatchAtomically(YearMonth month) {
        Optional<YearMonth> latest = latestDispatchedMonth();
        if (latest.isPresent() && !month.isAfter(latest.get())) {
            return DispatchResult.nothingNew(month);
        }
        LocalDate monthEnd = month.atEndOfMonth();
        runner.ensureBuilt(monthEnd, MartRunner.DEFAULT_SCHEMA);
        MartPlaceholders template = new MartPlaceholders(monthEnd, MartRunner.DEFAULT_SCHEMA, MartParameters.load());
        for (String step : List.of("record_dispatches", "record_month_end_hits", "record_month")) {
            engine.execute(template.fill(SqlResource.read("marts/dispatch/" + step + ".sql")));
        }
        List<Object> counts = engine.query(template.fill(SqlResource.read("marts/dispatch/month.sql"))).get(0);
        BuildResult rebuild = runner.rebuildFrom(FIRST_LIFECYCLE_MART, monthEnd, MartRunner.DEFAULT_SCHEMA);
        return new DispatchResult(month, monthEnd, true, (Long) counts.get(0), (Long) counts.get(1), rebuild);
    }
}
