package io.fundtrace.cli.report;

import io.fundtrace.cli.engine.ReadableWarehouse;
import io.fundtrace.cli.engine.ReaderRoleOption;
import io.fundtrace.cli.engine.WarehousePathOption;
import io.fundtrace.reports.Receipts;
import io.fundtrace.warehouse.gate.Role;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `fundtrace receipts`: one receipt (回执) per region whose rows were in an ingest batch. */
@Command(name = "receipts", mixinStandardHelpOptions = true,
        description = "Write one receipt (回执) per region whose rows were in batch N: rows received per entity, rows"
                + " quarantined with file, line, column and reason, and a county's funds with money this year but no"
                + " payment row in the batch.")
public final class ReceiptsCommand implements Callable<Integer> {
    @Option(names = "--batch", required = true, paramLabel = "N", description = "The ingest batch (see `batches`).")
    long batch;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The receipt's date (the year whose funds are checked for payments): default the batch's drop date;"
                    + " the cycle uses the month's end.")
    LocalDate asOf;

    @Option(names = "--out", defaultValue = "fundtrace-data/receipts", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    ReaderRoleOption role;

    @Mixin
    WarehousePathOption warehouse;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter printed = spec.commandLine().getOut();
        write(warehouse, batch, asOf, role.parse(), out).forEach(printed::println);
        printed.flush();
        return 0;
    }

    /**
     * The receipts of a batch from the warehouse the option names: the DuckDB file, or a snapshot of the
     * Spark warehouse's clean, audit and quarantine layers as they are now. A path holding no warehouse is
     * refused.
     */
    public static List<Path> write(WarehousePathOption warehouse, long batch, LocalDate asOf, Role role, Path out) {
        if (!warehouse.isSpark()) {
            warehouse.open().close();
        }
        try (ReadableWarehouse readable = ReadableWarehouse.toAttach(warehouse,
                ReadableWarehouse.schemas("clean", "audit", "quarantine"))) {
            return new Receipts(readable.file()).write(batch, asOf, role, out);
        }
    }
}
