package io.fundtrace.cli.report;

import io.fundtrace.cli.engine.ReaderRoleOption;
import io.fundtrace.cli.engine.WarehousePathOption;
import io.fundtrace.reports.DepartmentNotices;
import io.fundtrace.warehouse.gate.Role;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `fundtrace notices`: one notice (通报) per department for a month. */
@Command(name = "notices", mixinStandardHelpOptions = true,
        description = "Write one notice (通报) per department (处室): its funds' progress and its open warnings.")
public final class NoticesCommand implements Callable<Integer> {
    @Option(names = "--month", required = true, description = "The month, YYYY-MM.")
    YearMonth month;

    @Option(names = "--out", defaultValue = "fundtrace-data/notices", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    ReaderRoleOption role;

    @Mixin
    WarehousePathOption warehouse;

    @Override
    public Integer call() {
        Role reader = role.parse();
        try (ReportSource source = ReportSource.open(warehouse, DepartmentNotices.martsRead(month),
                DepartmentNotices.martTablesRead(), null)) {
            new DepartmentNotices(source.file()).write(month, reader, out)
                    .forEach(System.out::println);
        }
        return 0;
    }
}
