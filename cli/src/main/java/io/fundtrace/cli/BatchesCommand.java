package io.fundtrace.cli;

import io.fundtrace.ingest.Listing;
import io.fundtrace.warehouse.Warehouse;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `fundtrace batches`: the audit, one row per file of every batch. */
@Command(name = "batches", mixinStandardHelpOptions = true, description = "List the ingested batches and their files.")
final class BatchesCommand implements Callable<Integer> {
    @Mixin
    WarehousePathOption warehouse;

    @Option(names = "--format", paramLabel = "table|csv|json", description = "Output format (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.table;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Warehouse opened = warehouse.open()) {
            Listing.Table table = Listing.batches(opened);
            spec.commandLine().getOut().print(format.render(new ResultTable(table.header(), table.numeric(), table.rows())));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
