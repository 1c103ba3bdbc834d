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

/** `fundtrace ledger`: the master ledger (总台账), month rows and year-to-date rows. */
@Command(name = "ledger", mixinStandardHelpOptions = true, description = "Show the master ledger (总台账) as of a date.")
public final class LedgerCommand implements Callable<Integer> {
    @Option(names = "--as-of", paramLabel = "DATE", description = "Ledger as of this date (default: the latest date in the data).")
    LocalDate asOf;

    @Option(names = "--region", paramLabel = "CODE", description = "Only this region and every region below it.")
    String region;

    @Option(names = "--fund", paramLabel = "CODE", description = "Only this fund, e.g. C01.")
    String fund;

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
        MartListing.print(warehouse, role.parse(), asOf, "marts.ledger", "cli/ledger.sql", format, spec.commandLine().getOut(), fund, region);
        return 0;
    }
}
