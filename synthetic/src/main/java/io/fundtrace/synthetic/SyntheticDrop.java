package io.fundtrace.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The synthetic source system: writes a drop in the shape of contract.md with planted anomalies, the answer
 * key of the warnings rules.md must produce as of the drop's last date, and (with --dirty) malformed rows
 * with their dirty key. Same options, same bytes.
 */
public final class SyntheticDrop {
    /** One file written: its name, entity (empty for meta files), rows and rows that must reach the clean layer. */
    public record WrittenFile(String file, String entity, int rows, int cleanRows) {
    }

    /** What was written where, for the command to report. */
    public record Summary(Path folder, List<WrittenFile> files, LocalDate lastEventDate, int warnings, int dirtyRows) {
    }

    /** One month's folder of a monthly drop: its files and data rows. */
    public record MonthFolder(YearMonth month, int files, long rows) {
    }

    /**
     * What a monthly drop wrote: one folder per month, the warnings of the answer key (as of the last
     * date), and the rows of the expected lifecycle and feedback log.
     */
    public record MonthlySummary(Path folder, List<MonthFolder> months, LocalDate lastEventDate, int warnings,
            int lifecycleRows, int feedbackRows) {
    }

    /** The drop's subfolder for the generator's keys (answer key, dirty key, manifest, info): not a contract file. */
    public static final String KEYS_FOLDER = "_keys";

    private final GeneratorOptions options;
    private final ContractColumns contract = new ContractColumns();

    public SyntheticDrop(GeneratorOptions options) {
        this.options = options;
    }

    /** A key file of a generated drop: answer_key.csv, dirty_key.csv, drop_manifest.csv or drop_info.csv. */
    public static Path keyFile(Path dropFolder, String name) {
        return dropFolder.resolve(KEYS_FOLDER).resolve(name);
    }

    /**
     * What every drop of these options is written from: the model with its plants, the background county
     * indicators and the answer key.
     */
    record World(DropModel model, List<Indicator> countyIndicators, List<Warning> warnings) {
    }

    public Summary writeTo(Path folder) {
        prepare(folder);
        World world = build();
        DropModel model = world.model();
        List<Warning> sorted = world.warnings();
        EntityRows rows = new EntityRows(new CellFormats(options.seed() * 31 + 5));
        Map<String, List<DirtyRows.DirtyRow>> dirtyByEntity = new LinkedHashMap<>();
        int rowsPerRule = (int) Math.round(options.dirtyRate() * estimatedRows(model) / DirtyRows.RULES.size());
        if (options.dirtyRate() > 0) {
            EntityRows untracked = new EntityRows(new CellFormats(options.seed() * 31 + 6));
            for (DirtyRows.DirtyRow row : new DirtyRows(model, untracked, world.countyIndicators())
                    .make(Math.max(1, rowsPerRule))) {
                dirtyByEntity.computeIfAbsent(row.entity(), e -> new ArrayList<>()).add(row);
            }
        }
        DropWriter writer = new DropWriter(folder, options, contract, dirtyByEntity);
        if (options.national()) {
            writer.write("regions", "regions.csv", model.reference.otherRegions, rows::region);
            writer.write("poverty_status", "poverty_status.csv", model.reference.otherPovertyStatus, rows::povertyStatus);
        }
        writer.write("funds", "funds.csv", model.localFunds, rows::fund);
        writer.write("projects", "projects.csv", List.copyOf(model.projects.values()), rows::project);
        writer.write("indicators", "indicators.csv", List.copyOf(model.indicators.values()), rows::indicator);
        writeByYear(writer, "allocations", model.allocations, a -> model.indicators.get(a.indicatorId()).fiscalYear(),
                rows::allocation);
        writer.write("performance_targets", "performance_targets.csv", model.targets, rows::target);
        writer.write("performance_actuals", "performance_actuals.csv", model.actuals, rows::actual);
        writer.write("treasury_transfers", "treasury_transfers.csv", model.transfers, rows::transfer);
        new PaymentFiles(model, writer, rows).write();
        writer.write("rectifications", "rectifications.csv", model.rectifications, rows::rectification);
        LocalDate lastEventDate = rows.latestEventDate();
        if (!lastEventDate.equals(model.lastDate)) {
            throw new IllegalStateException("the drop's last event date " + lastEventDate + " is not the planned " + model.lastDate);
        }
        MetaFiles meta = new MetaFiles(folder);
        meta.answerKey(sorted);
        meta.dirtyKey(writer.dirtyLines());
        meta.manifest(writer.files());
        meta.info(options, lastEventDate);
        List<WrittenFile> files = new ArrayList<>(writer.files());
        files.addAll(meta.files());
        return new Summary(folder, files, lastEventDate, sorted.size(), writer.dirtyLines().size());
    }

    /**
     * The monthly drop: the same world as {@link #writeTo}, one folder per month (drop/2018-01/, ...), with
     * the expected warning lifecycle of a month-by-month run beside the answer key (see MonthlyDrop).
     */
    public MonthlySummary writeMonthlyTo(Path folder) {
        if (options.national()) {
            throw new IllegalArgumentException("--monthly writes the xinjiang profile only");
        }
        if (options.dirtyRate() > 0) {
            throw new IllegalArgumentException("--monthly writes clean drops only (--dirty 0): a dirty row dated after the"
                    + " drop's last date is refused only by an ingest dated that day, and a monthly cycle is not");
        }
        prepare(folder);
        World world = build();
        return new MonthlyDrop(world, options, contract).writeTo(folder);
    }

    /** The model with every plant and its answer key; the same options give the same world. */
    private World build() {
        DropModel model = new DropModel(options, ReferenceData.of(options));
        GrowthLagPlanter growthLag = new GrowthLagPlanter(model, options.plantRounds());
        ProjectLibrary library = new ProjectLibrary(model);
        BackgroundBuilder background = new BackgroundBuilder(model, library, new FundCoverage(model, growthLag.pairs()));
        background.build();
        Spender spender = new Spender(model, library, background.countyIndicators());
        for (Indicator county : background.countyIndicators()) {
            spender.spendInFull(county);
        }
        PlantContext context = new PlantContext(model, library, spender, new ArrayList<>(model.indicators.values()));
        new IssueOverduePlanter(context).plant();
        new BalancePlanter(context).plant();
        new ProjectPlanter(context).plant();
        new ScopePlanter(context).plant();
        new OverspendPlanter(context).plant();
        new PaidBeforeReceivedPlanter(context).plant();
        new DuplicatePayeePlanter(context).plant();
        new ReconciliationPlanter(context).plant();
        new AttachmentPlanter(context).plant();
        growthLag.writeAnswers();
        List<Warning> sorted = sortedWarnings(model.warnings);
        new RectificationPlanter(model).plant(sorted);
        if (options.national()) {
            new NationalBackground(model, background, library).build();
        }
        return new World(model, background.countyIndicators(), sorted);
    }

    /**
     * A drop folder must be empty or hold an earlier generated drop, whose files (named in its manifest) are
     * removed first: a stale file of another year range would otherwise join the new drop.
     */
    private static void prepare(Path folder) {
        try {
            Files.createDirectories(folder);
            Path manifest = keyFile(folder, "drop_manifest.csv");
            if (Files.exists(manifest)) {
                List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
                for (String line : lines.subList(1, lines.size())) {
                    String file = line.substring(0, line.indexOf(','));
                    if (!file.contains("\\") && (!file.contains("/") || MonthlyFiles.isMonthFile(file))) {
                        Files.deleteIfExists(folder.resolve(file));
                    }
                }
                MonthlyFiles.deleteEmptyMonthFolders(folder);
                for (String file : MetaFiles.NAMES) {
                    Files.deleteIfExists(keyFile(folder, file));
                }
                Files.deleteIfExists(folder.resolve(KEYS_FOLDER));
            }
            try (Stream<Path> left = Files.list(folder)) {
                if (left.findAny().isPresent()) {
                    throw new IllegalArgumentException("--out " + folder + " is not empty and holds no generated drop;"
                            + " choose an empty or new folder");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> void writeByYear(DropWriter writer, String entity, List<T> items, Function<T, Integer> year,
            Function<T, Map<String, String>> toRow) {
        TreeMap<Integer, List<T>> byYear = new TreeMap<>();
        for (T item : items) {
            byYear.computeIfAbsent(year.apply(item), y -> new ArrayList<>()).add(item);
        }
        for (Map.Entry<Integer, List<T>> entry : byYear.entrySet()) {
            writer.write(entity, entity + "_" + entry.getKey() + ".csv", entry.getValue(), toRow,
                    entry.getKey().equals(byYear.lastKey()));
        }
    }

    private static long estimatedRows(DropModel model) {
        long rows = model.indicators.size() + model.projects.size() + model.allocations.size() + model.targets.size()
                + model.actuals.size() + model.transfers.size() + model.plantedPayments.size();
        for (PaymentBatch batch : model.batches) {
            rows += batch.count();
        }
        return rows;
    }

    static List<Warning> sortedWarnings(List<Warning> warnings) {
        List<Warning> sorted = new ArrayList<>(warnings);
        sorted.sort(Comparator.comparing((Warning w) -> String.join("\u0000", w.cells())));
        return sorted;
    }
}
