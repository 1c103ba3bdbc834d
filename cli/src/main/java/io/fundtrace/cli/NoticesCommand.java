package io.fundtrace.cli;

import io.fundtrace.reports.DepartmentNotices;
import io.fundtrace.reports.Role;
import io.fundtrace.warehouse.Warehouse;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `fundtrace notices`: one notice (通报) per department for a month. */
@Command(name = "notices", mixinStandardHelpOptions = true,
        description = "Write one notice (通报) per department (处室): its funds' progress and its open warnings.")
final class NoticesCommand implements Callable<Integer> {
    @Option(names = "--month", required = true, description = "The month, YYYY-MM.")
    YearMonth month;

    @Option(names = "--out", defaultValue = "fundtrace-data/notices", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--role", defaultValue = "leader",
            description = "leader, pfo, department:<处室>, region:<code>, evaluator or analyst (default: ${DEFAULT-VALUE}).")
    String role;

    @Option(names = "--warehouse", description = "The warehouse file (default: fundtrace-data/warehouse.duckdb).")
    Path warehouse;

    @Override
    public Integer call() {
        Role reader = Role.parse(role);
        try (Warehouse opened = Warehouse.open(warehouse == null ? Warehouse.DEFAULT_PATH : warehouse)) {
            new DepartmentNotices(opened.connection(), ReportMarts.of(opened)).write(month, reader, out)
                    .forEach(System.out::println);
        }
        return 0;
    }
}
