package io.fundtrace.cli.cycle;

import io.fundtrace.reports.EvaluatorMetrics;
import io.fundtrace.warehouse.gate.Role;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The evaluators' metrics of the fiscal year so far, by fund, county and project, as CSV: read as the
 * evaluator role reads them (classified funds only in totals), so the files can go to evaluators as they are.
 */
final class MetricsOutput implements MonthlyOutput {
    @Override
    public Map<String, LocalDate> martsRead(YearMonth month) {
        return EvaluatorMetrics.martsRead(month);
    }

    @Override
    public List<String> martTablesRead() {
        return EvaluatorMetrics.martTablesRead();
    }

    @Override
    public List<Path> write(Path warehouseFile, YearMonth month, Path folder) {
        return new EvaluatorMetrics(warehouseFile).write(month, Role.parse("evaluator"), folder);
    }
}
