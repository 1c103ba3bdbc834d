package io.fundtrace.cli;

import io.fundtrace.warehouse.Warehouse;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --warehouse PATH, shared by every command that opens the warehouse file. */
final class WarehousePathOption {
    @Option(names = "--warehouse", paramLabel = "PATH", description = "Warehouse file (default: ${DEFAULT-VALUE}).")
    Path path = Warehouse.DEFAULT_PATH;

    Warehouse open() {
        return Warehouse.open(path);
    }
}
