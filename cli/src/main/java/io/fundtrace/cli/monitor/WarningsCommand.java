package io.fundtrace.cli.monitor;

import io.fundtrace.cli.engine.ReaderRoleOption;
import io.fundtrace.cli.engine.WarehousePathOption;
import io.fundtrace.warehouse.OutputFormat;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `fundtrace warnings`: the rule hits as of a date, building the marts first when they are for another date. */
@Command(name = "warnings", mixinStandardHelpOptions = true, description = "List the warnings (rule hits) as of a date.")
public final class WarningsCommand implements Callable<Integer> {
    @Option(names = "--as-of", paramLabel = "DATE", description = "Warnings as of this date (default: the latest date in the data).")
    LocalDate asOf;

    @Option(names = "--rule", paramLabel = "CODE", description = "Only this rule code, e.g. ISSUE_OVERDUE.")
    String rule;

    @Option(names = "--region", paramLabel = "CODE", description = "Only this region and every region below it.")
    String region;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.table;

    @Mixin
    ReaderRoleOption role;

    @Mixin
    WarehousePathOption warehouse;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        MartListing.print(warehouse, role.parse(), asOf, "marts.warnings", "cli/warnings.sql", format, spec.commandLine().getOut(), rule, region);
        return 0;
    }
}
