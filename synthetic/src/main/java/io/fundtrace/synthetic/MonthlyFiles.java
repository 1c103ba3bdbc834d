package io.fundtrace.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The entity files of a monthly drop: one folder per month (2018-01/), in it one file per entity with rows
 * that month (payments_2018-01.csv), as a county's monthly submission would name them. Every month gets a
 * folder, also one with no rows.
 */
final class MonthlyFiles {
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    /** One entity being written: its files are opened as rows for their month come and closed together. */
    final class EntityFiles {
        private final String entity;
        private final Map<Integer, CsvFile> byMonth = new TreeMap<>();

        private EntityFiles(String entity) {
            this.entity = entity;
        }

        void write(int month, Map<String, String> row) {
            byMonth.computeIfAbsent(month, m -> CsvFile.forEntity(monthFolder(m),
                    entity + "_" + range.month(m) + ".csv", contract.of(entity), options)).write(row);
        }

        void close() {
            byMonth.forEach((month, file) -> {
                file.close();
                files.add(new SyntheticDrop.WrittenFile(range.month(month) + "/" + file.fileName(), entity, file.dataRows(),
                        file.dataRows()));
                rowsPerMonth[month] += file.dataRows();
                filesPerMonth[month]++;
            });
        }
    }

    private final Path folder;
    private final GeneratorOptions options;
    private final ContractColumns contract;
    private final MonthRange range;
    private final List<SyntheticDrop.WrittenFile> files = new ArrayList<>();
    private final long[] rowsPerMonth;
    private final int[] filesPerMonth;

    MonthlyFiles(Path folder, GeneratorOptions options, ContractColumns contract, MonthRange range) {
        this.folder = folder;
        this.options = options;
        this.contract = contract;
        this.range = range;
        this.rowsPerMonth = new long[range.size()];
        this.filesPerMonth = new int[range.size()];
        for (int month = 0; month < range.size(); month++) {
            monthFolder(month);
        }
    }

    EntityFiles open(String entity) {
        return new EntityFiles(entity);
    }

    /** Writes every item into the file of its month. */
    <T> void write(String entity, List<T> items, Function<T, Integer> month, Function<T, Map<String, String>> toRow) {
        EntityFiles entityFiles = open(entity);
        for (T item : items) {
            entityFiles.write(month.apply(item), toRow.apply(item));
        }
        entityFiles.close();
    }

    /** Every file written, by name (month folder first). */
    List<SyntheticDrop.WrittenFile> files() {
        List<SyntheticDrop.WrittenFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(SyntheticDrop.WrittenFile::file));
        return sorted;
    }

    List<SyntheticDrop.MonthFolder> months() {
        List<SyntheticDrop.MonthFolder> months = new ArrayList<>();
        for (int month = 0; month < range.size(); month++) {
            months.add(new SyntheticDrop.MonthFolder(range.month(month), filesPerMonth[month], rowsPerMonth[month]));
        }
        return months;
    }

    private Path monthFolder(int month) {
        Path path = folder.resolve(range.month(month).toString());
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return path;
    }

    /** A manifest entry of a monthly drop: month/file, nothing deeper. */
    static boolean isMonthFile(String file) {
        String[] parts = file.split("/", -1);
        return parts.length == 2 && MONTH.matcher(parts[0]).matches() && !parts[1].isEmpty();
    }

    /** After a generated monthly drop's files are removed: its month folders, when nothing else is in them. */
    static void deleteEmptyMonthFolders(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.filter(Files::isDirectory).toList()) {
                if (MONTH.matcher(child.getFileName().toString()).matches() && isEmpty(child)) {
                    Files.delete(child);
                }
            }
        }
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }

    static YearMonth monthOf(String monthFile) {
        return YearMonth.parse(monthFile.substring(0, monthFile.indexOf('/')));
    }
}
