package io.fundtrace.cli.monitor;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `fundtrace ledger`: the master ledger (总台账), month rows and year-to-date rows. */
@Command(name = "ledger", mixinStandardHelpOptions = true, description = "Show the master ledger (总台账) as of a date.")
public final class LedgerCommand implements Callable<Integer> {
    @Option(names = "--region", paramLabel = "CODE", description = "Only this region and every region below it.")
    String region;

    @Option(names = "--fund", paramLabel = "CODE", description = "Only this fund, e.g. C01.")
    String fund;

    @Mixin
    MartListing listing;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        listing.print("marts.ledger", "cli/ledger.sql", spec.commandLine().getOut(), fund, region);
        return 0;
    }
}
