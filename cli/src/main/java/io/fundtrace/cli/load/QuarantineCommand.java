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

/** `fundtrace quarantine`: what waits in the quarantine and why. */
@Command(name = "quarantine", mixinStandardHelpOptions = true, description = "List the rows held in the quarantine.")
public final class QuarantineCommand implements Callable<Integer> {
    @Option(names = "--entity", paramLabel = "E", description = "Only this entity.")
    String entity;

    @Option(names = "--format", paramLabel = "table|csv|json", description = "Output format (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.table;

    @Mixin
    ReaderRoleOption role;

    @Mixin
    WarehousePathOption warehouse;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (ReadableWarehouse opened = ReadableWarehouse.asRole(warehouse, role.parse(), engine -> { },
                List.of(Listing.QUARANTINE_ROWS, Listing.QUARANTINE_RULES))) {
            format.write(Listing.quarantine(opened.connection(), entity), spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
