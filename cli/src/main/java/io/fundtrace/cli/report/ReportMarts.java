package io.fundtrace.cli.report;

import io.fundtrace.marts.MartRunner;
import io.fundtrace.reports.MartBuilder;
import io.fundtrace.warehouse.Warehouse;

/** The report commands build the marts they read through the marts runner, only when stale. */
public final class ReportMarts {
    private ReportMarts() {
    }

    static MartBuilder of(Warehouse warehouse) {
        MartRunner runner = new MartRunner(warehouse);
        return (asOf, schema) -> runner.ensureBuilt(asOf, schema);
    }
}
