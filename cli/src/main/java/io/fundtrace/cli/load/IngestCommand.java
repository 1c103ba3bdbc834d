package io.fundtrace.cli.load;

import io.fundtrace.cli.engine.WarehousePathOption;
import io.fundtrace.cli.report.ReceiptsCommand;
import io.fundtrace.ingest.FileReport;
import io.fundtrace.ingest.Ingest;
import io.fundtrace.ingest.IngestReport;
import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.OutputFormat;
import io.fundtrace.warehouse.ResultTable;
import io.fundtrace.warehouse.WarehouseException;
import io.fundtrace.warehouse.gate.Role;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `fundtrace ingest DIR`: loads one drop as one batch and prints one line per file and a total; each
 * refused file's reason goes to stderr, and the exit code says whether every file was taken.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Load a drop folder (CSV/XLSX) into the warehouse.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every file loaded (or skipped: the same bytes were loaded before)",
                "3:some file was refused (its reason on stderr); the other files loaded",
                "1:error: nothing was loaded"})
public final class IngestCommand implements Callable<Integer> {
    static final int SOME_FILE_REFUSED = 3;

    @Parameters(index = "0", paramLabel = "DIR", description = "The drop folder.")
    Path drop;

    @Mixin
    WarehousePathOption warehouse;

    @Option(names = "--today", paramLabel = "DATE", description = "The drop's date (default: the current date).")
    LocalDate today;

    @Option(names = "--receipts", paramLabel = "DIR",
            description = "Also write the batch's receipts (回执, one per region with rows in it) into DIR, as `receipts --batch N`"
                    + " writes them.")
    Path receipts;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        IngestReport report;
        try (Engine engine = warehouse.openOrCreateEngine()) {
            report = new Ingest().ingest(engine, drop, today == null ? LocalDate.now() : today);
        }
        List<String> header = List.of("file", "entity", "encoding", "read", "loaded", "replaced", "quarantined", "outcome");
        List<String> types = List.of("VARCHAR", "VARCHAR", "VARCHAR", "BIGINT", "BIGINT", "BIGINT", "BIGINT", "VARCHAR");
        List<List<Object>> rows = new ArrayList<>();
        for (FileReport file : report.files()) {
            rows.add(List.of(file.file(), text(file.entity()), text(file.encoding()), file.rowsRead(), file.rowsLoaded(),
                    file.rowsReplaced(), file.rowsQuarantined(), file.outcome()));
        }
        boolean balanced = report.rowsRead() == report.rowsLoaded() + report.rowsQuarantined();
        rows.add(List.of("total (batch " + report.batchId() + ")", "", "", report.rowsRead(), report.rowsLoaded(),
                report.rowsReplaced(), report.rowsQuarantined(), balanced ? "read = loaded + quarantined" : "UNBALANCED"));
        OutputFormat.table.write(new ResultTable(header, types, rows, false), spec.commandLine().getOut());
        if (report.rowsReleased() > 0) {
            spec.commandLine().getOut().println(report.rowsReleased() + " held rows released from the quarantine");
        }
        if (receipts != null) {
            // written by the leader's role, as the cycle's archive: the department's record of what it answered
            ReceiptsCommand.write(warehouse, report.batchId(), null, Role.LEADER, receipts)
                    .forEach(file -> spec.commandLine().getOut().println(file));
        }
        spec.commandLine().getOut().flush();
        List<FileReport> refused = report.files().stream().filter(file -> file.outcome().equals("refused")).toList();
        refused.forEach(file -> spec.commandLine().getErr().println("fundtrace: " + file.message()));
        spec.commandLine().getErr().flush();
        if (!balanced) {
            throw new WarehouseException("rows read != loaded + quarantined");
        }
        return refused.isEmpty() ? 0 : SOME_FILE_REFUSED;
    }

    private static String text(String value) {
        return value == null ? "-" : value;
    }
}
