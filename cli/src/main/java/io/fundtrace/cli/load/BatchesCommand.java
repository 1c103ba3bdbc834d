package io.fundtrace.cli.load;

import io.fundtrace.cli.engine.ReadableWarehouse;
import io.fundtrace.cli.engine.ReaderRoleOption;
import io.fundtrace.cli.engine.WarehousePathOption;
import io.fundtrace.ingest.Listing;
import io.fundtrace.warehouse.OutputFormat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `fundtrace batches`: the audit, one row per file of every batch. */
@Command(name = "batches", mixinStandardHelpOptions = true, description = "List the ingested batches and their files.")
public final class BatchesCommand implements Callable<Integer> {
    @Mixin
    ReaderRoleOption role;

    @Mixin
    WarehousePathOption warehouse;

    @Option(names = "--format", paramLabel = "table|csv|json", description = "Output format (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.table;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (ReadableWarehouse opened = ReadableWarehouse.asRole(warehouse, role.parse(), engine -> { },
                List.of(Listing.BATCHES, Listing.BATCH_FILES))) {
            format.write(Listing.batches(opened.connection()), spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
