package io.fundtrace.cli.cycle;

import io.fundtrace.reports.ChartFonts;
import io.fundtrace.reports.MonthlyReport;
import io.fundtrace.warehouse.gate.Role;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The monthly report (月度财政扶贫资金动态监控情况报告) of the whole region for leadership: HTML, PDF, charts. */
final class MonthlyReportOutput implements MonthlyOutput {
    @Override
    public Map<String, LocalDate> martsRead(YearMonth month) {
        return MonthlyReport.martsRead(month);
    }

    @Override
    public List<String> martTablesRead() {
        return MonthlyReport.martTablesRead();
    }

    @Override
    public List<Path> write(Path warehouseFile, YearMonth month, Path folder) {
        MonthlyReport.Output output = new MonthlyReport(warehouseFile, ChartFonts.find()).write(month, null, Role.parse("leader"), folder);
        List<Path> files = new ArrayList<>(List.of(output.html(), output.pdf()));
        files.addAll(output.charts());
        return files;
    }
}
