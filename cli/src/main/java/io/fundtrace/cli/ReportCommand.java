package io.fundtrace.cli;

import io.fundtrace.reports.ChartFonts;
import io.fundtrace.reports.MonthlyReport;
import io.fundtrace.reports.Role;
import io.fundtrace.warehouse.Warehouse;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `fundtrace report`: the monthly leadership report as HTML, A4 PDF and PNG charts. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the monthly report (月度财政扶贫资金动态监控情况报告) for a month's last day.")
final class ReportCommand implements Callable<Integer> {
    @Option(names = "--month", required = true, description = "The month, YYYY-MM.")
    YearMonth month;

    @Option(names = "--region", description = "Limit everything to this region's subtree (region code).")
    String region;

    @Option(names = "--out", defaultValue = "fundtrace-data/reports", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    ReaderRoleOption role;

    @Mixin
    WarehousePathOption warehouse;

    @Override
    public Integer call() {
        Role reader = role.parse();
        ChartFonts fonts = ChartFonts.find();
        long started = System.nanoTime();
        try (Warehouse opened = warehouse.open()) {
            MonthlyReport.Output output = new MonthlyReport(opened.connection(), ReportMarts.of(opened), fonts)
                    .write(month, region, reader, out);
            System.out.println(output.html());
            System.out.println(output.pdf());
            output.charts().forEach(System.out::println);
        }
        System.err.printf("report written in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        return 0;
    }
}
