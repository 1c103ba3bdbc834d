package io.fundtrace.cli.report;

import io.fundtrace.cli.engine.ReaderRoleOption;
import io.fundtrace.cli.engine.WarehousePathOption;
import io.fundtrace.reports.ChartFonts;
import io.fundtrace.reports.MonthlyReport;
import io.fundtrace.warehouse.gate.Role;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        MonthEnded.require("report " + month, month, LocalDate.now());
        PrintWriter stdout = spec.commandLine().getOut();
        Role reader = role.parse();
        ChartFonts fonts = ChartFonts.find();
        long started = System.nanoTime();
        try (ReportSource source = ReportSource.open(warehouse, MonthlyReport.martsRead(month),
                MonthlyReport.martTablesRead(), atVersion)) {
            MonthlyReport.Output output = new MonthlyReport(source.file(), fonts)
                    .write(month, region, reader, out);
            stdout.println(output.html());
            stdout.println(output.pdf());
            output.charts().forEach(stdout::println);
            // beside the report: the build and the table versions it read, for --at-version
            source.snapshot().ifPresent(snapshot -> stdout.println(snapshot.writeVersions(versionsFile(output.html()))));
        }
        spec.commandLine().getErr().printf("report written in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        return 0;
    }

    /** report-2018-10.html -> report-2018-10.versions.csv */
    static Path versionsFile(Path html) {
        String name = html.getFileName().toString();
        return html.resolveSibling(name.substring(0, name.length() - ".html".length()) + ".versions.csv");
    }
}
