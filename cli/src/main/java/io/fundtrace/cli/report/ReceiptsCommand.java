package io.fundtrace.cli.report;

import io.fundtrace.cli.engine.ReaderRoleOption;
import io.fundtrace.cli.engine.WarehousePathOption;
import io.fundtrace.reports.Receipts;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
    java.time.LocalDate asOf;

    @Option(names = "--out", defaultValue = "fundtrace-data/receipts", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    ReaderRoleOption role;

    @Mixin
    WarehousePathOption warehouse;

    @Override
    public Integer call() {
        // refuses a path that holds no warehouse, and a Spark warehouse (receipts read the DuckDB file)
        warehouse.open().close();
        new Receipts(warehouse.path()).write(batch, asOf, role.parse(), out).forEach(System.out::println);
        return 0;
    }
}
