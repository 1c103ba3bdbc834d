package io.fundtrace.cli;

import io.fundtrace.ingest.Listing;
import io.fundtrace.warehouse.Warehouse;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `fundtrace quarantine`: what waits in the quarantine and why. */
@Command(name = "quarantine", mixinStandardHelpOptions = true, description = "List the rows held in the quarantine.")
final class QuarantineCommand implements Callable<Integer> {
    @Option(names = "--entity", paramLabel = "E", description = "Only this entity.")
    String entity;

    @Option(names = "--format", paramLabel = "table|csv", description = "Output format (default: ${DEFAULT-VALUE}).")
    String format = "table";

    @Option(names = "--warehouse", paramLabel = "PATH", description = "DuckDB warehouse file (default: ${DEFAULT-VALUE}).")
    Path warehouse = Warehouse.DEFAULT_PATH;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Warehouse opened = Warehouse.open(warehouse)) {
            Listing.Table table = Listing.quarantine(opened, entity);
            TextTable.print(spec.commandLine().getOut(), table.header(), table.rows(), format);
        }
        return 0;
    }
}
