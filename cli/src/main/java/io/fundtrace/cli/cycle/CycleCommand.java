package io.fundtrace.cli.cycle;

import io.fundtrace.cli.engine.WarehousePathOption;
import io.fundtrace.warehouse.Engine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `fundtrace cycle`: the month-end job for one month, or for a run of months in order (a backfill). */
@Command(name = "cycle", mixinStandardHelpOptions = true,
        header = "Run the month-end job: ingest the inbox, dispatch the new warnings, archive the month's outputs.",
        description = {"For the month: ingest every folder waiting in the inbox that no cycle ingested before, in name",
                "order, each as one batch (a folder whose name starts with a later month, e.g. 2019-08 or",
                "2019-08-county653121, waits for that month's cycle; a folder that fails is reported on stderr and",
                "left for the next cycle, the others go on); build the marts as of the month's last day and",
                "dispatch the warnings hitting then that were never dispatched (rules.md, Warning lifecycle); write",
                "the month's report and department notices under OUT/YYYY-MM/ with manifest.csv (file, bytes,",
                "sha256). Months run in order: after the first month of a warehouse, a month after a gap is refused.",
                "Re-running a month run before ingests and dispatches nothing and leaves its archive as it was",
                "(checked against its manifest). One line per month on stdout.",
                "",
                "Exit codes: 0 done; 1 refused or failed (the message says why); 2 bad options;",
                "3 done, but some folder failed (it waits for the next cycle); 4 a re-run found an archive that",
                "differs from its manifest (takes precedence over 3)."})
public final class CycleCommand implements Callable<Integer> {
    static final int FOLDER_FAILED = 3;
    static final int ARCHIVE_CHANGED = 4;

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "The month to run (usually the month just ended).")
    YearMonth month;

    @Option(names = "--from", paramLabel = "YYYY-MM", description = "First month of a backfill (with --to).")
    YearMonth from;

    @Option(names = "--to", paramLabel = "YYYY-MM", description = "Last month of a backfill (with --from).")
    YearMonth to;

    @Option(names = "--inbox", paramLabel = "DIR", defaultValue = "fundtrace-data/inbox",
            description = "The folder the drop folders arrive in (default ./${DEFAULT-VALUE}).")
    Path inbox;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "fundtrace-data/archive",
            description = "The archive: one folder per month (default ./${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--today", paramLabel = "DATE",
            description = "The drop date of the ingests (default: the current date); the marts are built as of the month's last day whatever it is.")
    LocalDate today;

    @Mixin
    WarehousePathOption warehouse;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<YearMonth> months = months();
        PrintWriter printer = spec.commandLine().getOut();
        int exit = 0;
        try (Engine engine = warehouse.openEngine()) {
            MonthlyCycle cycle = new MonthlyCycle(engine, new Inbox(inbox), out, today == null ? LocalDate.now() : today,
                    spec.commandLine().getErr());
            cycle.checkRunnable(months.get(0));
            CycleLines lines = new CycleLines(printer);
            for (YearMonth next : months) {
                CycleResult result = cycle.run(next);
                lines.print(result);
                if (!result.archiveDifferences().isEmpty()) {
                    exit = ARCHIVE_CHANGED;
                } else if (!result.failed().isEmpty() && exit == 0) {
                    exit = FOLDER_FAILED;
                }
            }
        }
        return exit;
    }

    private List<YearMonth> months() {
        if (month != null && (from != null || to != null)) {
            throw new IllegalArgumentException("give --month, or --from and --to, not both");
        }
        if (month != null) {
            return List.of(month);
        }
        if (from == null || to == null) {
            throw new IllegalArgumentException("give --month YYYY-MM, or --from YYYY-MM --to YYYY-MM");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth next = from; !next.isAfter(to); next = next.plusMonths(1)) {
            months.add(next);
        }
        return months;
    }
}
