package io.fundtrace.cli.cycle;

import io.fundtrace.cli.report.MonthEnded;
import io.fundtrace.ingest.FileReport;
import io.fundtrace.ingest.Ingest;
import io.fundtrace.ingest.IngestReport;
import io.fundtrace.marts.WarningDispatch;
import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.SqlTemplate;
import io.fundtrace.warehouse.WarehouseException;
import io.fundtrace.warehouse.snapshot.SnapshotFolder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The month-end job for one month M (rules.md "Warning lifecycle"): ingest every inbox folder waiting for
 * it, each as its own batch (a folder that fails is reported, recorded and left for the next cycle; the
 * others go on; a file the ingest refuses is reported, its folder counts as ingested), build the marts as of M's last day and dispatch the new warnings (WarningDispatch), and
 * write M's archive (MonthArchive). Months run in order: the first cycle of a warehouse may be any month,
 * afterwards M at most one month after the latest run; an earlier month is a re-run, which ingests and
 * dispatches nothing and leaves M's archive as it was written (an archived month does not change), only
 * checking it against its manifest - or writes it when there is none (another --out, or a cycle killed
 * after its dispatch).
 */
final class MonthlyCycle {
    private final Engine engine;
    private final Inbox inbox;
    private final Path out;
    private final LocalDate today;
    private final PrintWriter err;
    private final List<MonthlyOutput> outputs;
    private final WarningDispatch dispatch;
    private final CycleRecord record;

    MonthlyCycle(Engine engine, Inbox inbox, Path out, LocalDate today, PrintWriter err) {
        this(engine, inbox, out, today, err, MonthArchive.OUTPUTS);
    }

    /** A cycle writing only the given outputs (a test of the lifecycle alone writes none). */
    MonthlyCycle(Engine engine, Inbox inbox, Path out, LocalDate today, PrintWriter err, List<MonthlyOutput> outputs) {
        this.engine = engine;
        this.outputs = outputs;
        this.inbox = inbox;
        this.out = out;
        this.today = today;
        this.err = err;
        this.dispatch = new WarningDispatch(engine);
        this.record = new CycleRecord(engine);
    }

    /** Refuses a month that has not ended yet (a backfill checks its last month before it starts). */
    void checkEnded(YearMonth month) {
        MonthEnded.require("cycle " + month, month, today);
    }

    /** Refuses a month that would leave a gap after the latest month run, or that has not ended yet. */
    void checkRunnable(YearMonth month) {
        checkEnded(month);
        Optional<YearMonth> latest = dispatch.latestDispatchedMonth();
        if (latest.isPresent() && month.isAfter(latest.get().plusMonths(1))) {
            YearMonth next = latest.get().plusMonths(1);
            throw new WarehouseException("cycle " + month + " refused: month " + next + " has not been run (the latest month run is "
                    + latest.get() + "); months run in order - run `fundtrace cycle --month " + next + "` first, or --from "
                    + next + " --to " + month);
        }
    }

    CycleResult run(YearMonth month) {
        checkRunnable(month);
        Optional<YearMonth> latest = dispatch.latestDispatchedMonth();
        if (latest.isPresent() && !month.isAfter(latest.get())) {
            return rerun(month);
        }
        LocalDate monthEnd = month.atEndOfMonth();
        List<String> ingested = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        long loaded = 0;
        long quarantined = 0;
        for (Path folder : inbox.waiting(month, record.ingestedFolders())) {
            String name = folder.getFileName().toString();
            try {
                IngestReport report = new Ingest(record.ingesting(monthEnd, name)).ingest(engine, folder, today);
                ingested.add(name);
                loaded += report.rowsLoaded();
                quarantined += report.rowsQuarantined();
                // a refused file is not loaded, but its folder is ingested: the corrected file comes in a new folder
                for (FileReport file : report.files()) {
                    if (file.outcome().equals("refused")) {
                        refused.add(name + "/" + file.file());
                        err.println("fundtrace: cycle " + month + ": folder " + name + ": " + file.message());
                    }
                }
                err.flush();
            } catch (RuntimeException e) {
                failed.add(name);
                err.println("fundtrace: cycle " + month + ": folder " + name + " failed and waits for the next cycle: " + e.getMessage());
                err.flush();
                record.failed(monthEnd, name, e.getMessage());
            }
        }
        if ((Long) engine.query(SqlResource.read("cli/cycle/batch_count.sql")).get(0).get(0) == 0) {
            throw new WarehouseException("cycle " + month + ": the warehouse holds no data yet and no folder of the inbox "
                    + inbox.folder() + " was ingested; nothing to monitor");
        }
        dispatch.dispatch(month);
        List<Object> counts = engine.query(fill("cli/cycle/month_summary.sql", monthEnd)).get(0);
        MonthArchive archive = new MonthArchive(out, month, outputs);
        int files = archive.write(engine);
        // the month complete: what fundtrace serve's clients read next (only when the warehouse is served)
        SnapshotFolder.publishIfServed(engine);
        return new CycleResult(month, false, null, ingested, failed, refused, loaded, quarantined, (Long) counts.get(0), (Long) counts.get(1),
                (Long) counts.get(2), (Long) counts.get(3), (Long) counts.get(4), archive.folder(), "written", files, List.of());
    }

    private CycleResult rerun(YearMonth month) {
        LocalDate monthEnd = month.atEndOfMonth();
        List<List<Object>> recorded = engine.query(fill("cli/cycle/dispatched_month.sql", monthEnd));
        String dispatchedAt = recorded.isEmpty() ? "before the dispatch record began" : (String) recorded.get(0).get(0);
        long hitting = recorded.isEmpty() ? 0 : (Long) recorded.get(0).get(1);
        long dispatched = recorded.isEmpty() ? 0 : (Long) recorded.get(0).get(2);
        MonthArchive archive = new MonthArchive(out, month, outputs);
        if (!archive.exists()) {
            int files = archive.write(engine);
            return new CycleResult(month, true, dispatchedAt, List.of(), List.of(), List.of(), 0, 0, hitting, dispatched, 0, 0, 0,
                    archive.folder(), "written now (there was none)", files, List.of());
        }
        List<String> differences = archive.differences();
        return new CycleResult(month, true, dispatchedAt, List.of(), List.of(), List.of(), 0, 0, hitting, dispatched, 0, 0, 0,
                archive.folder(), differences.isEmpty() ? "kept" : "kept, but it differs from its manifest", archive.listed(),
                differences);
    }

    private static String fill(String resource, LocalDate monthEnd) {
        return SqlTemplate.fill(SqlResource.read(resource), Map.of("month_end", SqlTemplate.literal(monthEnd)));
    }
}
