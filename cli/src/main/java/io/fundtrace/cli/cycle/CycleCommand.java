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
        header = "The month-end job: ingest the inbox, dispatch new warnings, archive the month.",
        description = {"For the month: ingest every folder waiting in the inbox that no cycle ingested",
                "before, in name order, each as one batch (a folder whose name starts with a",
                "later month, e.g. 2019-08 or 2019-08-county653121, waits for that month's",
                "cycle; a folder that fails is reported on stderr and left for the next cycle,",
                "the others go on; a file the ingest refuses is reported on stderr, and its",
                "folder counts as ingested, so the corrected file comes in a new folder); build",
                "the marts as of the month's last day and dispatch the warnings hitting then",
                "that were never dispatched (rules.md, Warning lifecycle); write the month's",
                "report and department notices under OUT/YYYY-MM/ with manifest.csv (file,",
                "bytes, sha256). One line per month on stdout.",
                "",
                "Months run in order: the first month of a warehouse may be any month, then a",
                "month after a gap is refused. Re-running a month run before ingests and",
                "dispatches nothing and leaves its archive as it was (checked against its",
                "manifest; written only when there is none)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every month done, every folder and file taken",
                "1:refused (a gap, a month not ended) or failed; the message on stderr says why",
                "2:bad options (an unknown option, a month not written YYYY-MM)",
                "3:done, but some folder failed (it waits for the next cycle) or some file was refused",
                "4:a re-run found an archive that differs from its manifest (takes precedence over 3)"})
public final class CycleCommand implements Callable<Integer> {
    static final int NOT_ALL_TAKEN = 3;
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
        try (Engine engine = warehouse.openOrCreateEngine()) {
            MonthlyCycle cycle = new MonthlyCycle(engine, new Inbox(inbox), out, today == null ? LocalDate.now() : today,
                    spec.commandLine().getErr());
            cycle.checkEnded(months.get(months.size() - 1));
            cycle.checkRunnable(months.get(0));
            CycleLines lines = new CycleLines(printer);
            for (YearMonth next : months) {
                CycleResult result = cycle.run(next);
                lines.print(result);
                if (!result.archiveDifferences().isEmpty()) {
                    exit = ARCHIVE_CHANGED;
                } else if ((!result.failed().isEmpty() || !result.refused().isEmpty()) && exit == 0) {
                    exit = NOT_ALL_TAKEN;
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
