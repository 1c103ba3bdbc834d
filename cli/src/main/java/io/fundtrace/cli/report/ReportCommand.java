package io.fundtrace.cli.report;

import io.fundtrace.cli.engine.ReaderRoleOption;
import io.fundtrace.cli.engine.WarehousePathOption;
import io.fundtrace.reports.ChartFonts;
import io.fundtrace.reports.MonthlyReport;
import io.fundtrace.warehouse.gate.Role;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `fundtrace report`: the monthly leadership report as HTML, A4 PDF and PNG charts. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the monthly report (月度财政扶贫资金动态监控情况报告) for a month's last day.")
public final class ReportCommand implements Callable<Integer> {
    @Option(names = "--month", required = true, description = "The month, YYYY-MM.")
    YearMonth month;

    @Option(names = "--region", description = "Limit everything to this region's subtree (region code).")
    String region;

    @Option(names = "--out", defaultValue = "fundtrace-data/reports", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    ReaderRoleOption role;

    @Option(names = "--at-version", paramLabel = "BUILD",
            description = "With --engine spark: rebuild the report from the table versions mart build BUILD left"
                    + " (the build_number in the report's .versions.csv), whatever landed since.")
    Long atVersion;

    @Mixin
    WarehousePathOption warehouse;

    @Override
    public Integer call() {
        Role reader = role.parse();
        ChartFonts fonts = ChartFonts.find();
        long started = System.nanoTime();
        try (ReportSource source = ReportSource.open(warehouse, MonthlyReport.martsRead(month),
                MonthlyReport.martTablesRead(), atVersion)) {
            MonthlyReport.Output output = new MonthlyReport(source.file(), fonts)
                    .write(month, region, reader, out);
            System.out.println(output.html());
            System.out.println(output.pdf());
            output.charts().forEach(System.out::println);
            // beside the report: the build and the table versions it read, for --at-version
            source.snapshot().ifPresent(snapshot -> System.out.println(snapshot.writeVersions(versionsFile(output.html()))));
        }
        System.err.printf("report written in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        return 0;
    }

    /** report-2018-10.html -> report-2018-10.versions.csv */
    static Path versionsFile(Path html) {
        String name = html.getFileName().toString();
        return html.resolveSibling(name.substring(0, name.length() - ".html".length()) + ".versions.csv");
    }
}
