package io.fundtrace.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * answer_key.csv, dirty_key.csv, drop_manifest.csv and drop_info.csv: always UTF-8, for machines. They go
 * into the drop's keys folder, which is not a contract file, so the ingest never sees them.
 */
final class MetaFiles {
    static final List<String> NAMES = List.of("answer_key.csv", "dirty_key.csv", "drop_manifest.csv", "drop_info.csv",
            "lifecycle_key.csv", "feedback_key.csv");
    private final Path folder;
    private final List<SyntheticDrop.WrittenFile> files = new ArrayList<>();

    MetaFiles(Path dropFolder) {
        this.folder = dropFolder.resolve(SyntheticDrop.KEYS_FOLDER);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void answerKey(List<Warning> sortedWarnings) {
        try (CsvFile file = CsvFile.forMeta(folder, "answer_key.csv", List.of("rule", "level", "fiscal_year", "fund_code",
                "region_code", "project_id", "indicator_id", "payment_id", "amount", "days", "reason"))) {
            for (Warning warning : sortedWarnings) {
                file.writeCells(warning.cells());
            }
            done(file);
        }
    }

    void dirtyKey(List<DropWriter.DirtyLine> lines) {
        List<DropWriter.DirtyLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparing(DropWriter.DirtyLine::file).thenComparingInt(DropWriter.DirtyLine::line));
        try (CsvFile file = CsvFile.forMeta(folder, "dirty_key.csv", List.of("file", "line", "rule"))) {
            for (DropWriter.DirtyLine line : sorted) {
                file.writeCells(List.of(line.file(), Integer.toString(line.line()), line.rule()));
            }
            done(file);
        }
    }

    void manifest(List<SyntheticDrop.WrittenFile> written) {
        try (CsvFile file = CsvFile.forMeta(folder, "drop_manifest.csv", List.of("file", "entity", "rows", "clean_rows"))) {
            for (SyntheticDrop.WrittenFile entry : written) {
                file.writeCells(List.of(entry.file(), entry.entity(), Integer.toString(entry.rows()),
                        Integer.toString(entry.cleanRows())));
            }
            done(file);
        }
    }

    /** The expected warnings of a month-by-month run from the first month, after each month's cycle. */
    void lifecycleKey(List<LifecycleKey.Row> rows) {
        try (CsvFile file = CsvFile.forMeta(folder, "lifecycle_key.csv", List.of("month_end", "warning_id", "status",
                "dispatched_on", "due_on", "status_on", "overdue_days"))) {
            for (LifecycleKey.Row row : rows) {
                file.writeCells(List.of(row.monthEnd().toString(), row.warningId(), row.status(), text(row.dispatchedOn()),
                        text(row.dueOn()), text(row.statusOn()), text(row.overdueDays())));
            }
            done(file);
        }
    }

    /** The expected feedback log at the last month end. */
    void feedbackKey(List<LifecycleKey.Judged> log) {
        try (CsvFile file = CsvFile.forMeta(folder, "feedback_key.csv", List.of("warning_id", "at", "status", "outcome", "reason",
                "status_before", "status_after", "by_staff", "evidence"))) {
            for (LifecycleKey.Judged judged : log) {
                Rectification row = judged.feedback();
                file.writeCells(List.of(row.warningId(), row.at().toString(), row.status(), judged.outcome(), text(judged.reason()),
                        text(judged.statusBefore()), text(judged.statusAfter()), text(row.byStaff()), text(row.evidence())));
            }
            done(file);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    void info(GeneratorOptions options, LocalDate lastEventDate) {
        info(options, lastEventDate, List.of());
    }

    /** drop_info.csv with extra key/value rows (the monthly drop's months and payee secret fingerprint). */
    void info(GeneratorOptions options, LocalDate lastEventDate, List<List<String>> extra) {
        try (CsvFile file = CsvFile.forMeta(folder, "drop_info.csv", List.of("key", "value"))) {
            file.writeCells(List.of("seed", Long.toString(options.seed())));
            file.writeCells(List.of("scale", Double.toString(options.scale())));
            file.writeCells(List.of("from", Integer.toString(options.fromYear())));
            file.writeCells(List.of("to", Integer.toString(options.toYear())));
            file.writeCells(List.of("encoding", options.encoding()));
            file.writeCells(List.of("headers", options.headers()));
            file.writeCells(List.of("dirty", Double.toString(options.dirtyRate())));
            file.writeCells(List.of("profile", options.profile()));
            file.writeCells(List.of("last_event_date", lastEventDate.toString()));
            for (List<String> row : extra) {
                file.writeCells(row);
            }
            done(file);
        }
    }

    List<SyntheticDrop.WrittenFile> files() {
        return files;
    }

    private void done(CsvFile file) {
        files.add(new SyntheticDrop.WrittenFile(SyntheticDrop.KEYS_FOLDER + "/" + file.fileName(), "", file.dataRows(), file.dataRows()));
    }
}
