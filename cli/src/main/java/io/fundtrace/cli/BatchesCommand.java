package io.fundtrace.cli;

import io.fundtrace.ingest.Listing;
import io.fundtrace.warehouse.Warehouse;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `fundtrace batches`: the audit, one row per file of every batch. */
@Command(name = "batches", mixinStandardHelpOptions = true, description = "List the ingested batches and their files.")
final class BatchesCommand implements Callable<Integer> {
    @Option(names = "--warehouse", paramLabel = "PATH", description = "DuckDB warehouse file (default: ${DEFAULT-VALUE}).")
    Path warehouse = Warehouse.DEFAULT_PATH;

    @Option(names = "--format", paramLabel = "table|csv", description = "Output format (default: ${DEFAULT-VALUE}).")
    String format = "table";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Warehouse opened = Warehouse.open(warehouse)) {
            Listing.Table table = Listing.batches(opened);
            TextTable.print(spec.commandLine().getOut(), table.header(), table.rows(), format);
        }
        return 0;
    }
}
