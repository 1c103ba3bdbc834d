package io.fundtrace.cli.cycle;

import io.fundtrace.cli.report.ReportSource;
import io.fundtrace.reports.Notices;
import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.FileTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The archive of one month under OUT/YYYY-MM/: what the month's cycle writes (OUTPUTS) and manifest.csv
 * (file, bytes, sha256 of every other file, by name). Written once by the cycle that runs the month; a
 * re-run leaves it as it is and checks it against its manifest.
 */
final class MonthArchive {
    /** What a month's cycle writes, in order. Adding an output to the archive is adding it here. */
    static final List<MonthlyOutput> OUTPUTS = List.of(new MonthlyReportOutput(), new NoticesOutput(Notices.Addressee.DEPARTMENTS),
            new NoticesOutput(Notices.Addressee.PREFECTURES), new ReceiptsOutput(), new MetricsOutput());
    static final String MANIFEST = "manifest.csv";

    private final Path folder;
    private final YearMonth month;
    private final List<MonthlyOutput> outputs;

    MonthArchive(Path out, YearMonth month, List<MonthlyOutput> outputs) {
        this.folder = out.resolve(month.toString());
        this.month = month;
        this.outputs = outputs;
    }

    Path folder() {
        return folder;
    }

    boolean exists() {
        return Files.isRegularFile(folder.resolve(MANIFEST));
    }

    /** Writes every output into an emptied month folder, then the manifest; returns the number of files listed. */
    int write(Engine engine) {
        FileTrees.delete(folder);
        Map<String, LocalDate> martsRead = new LinkedHashMap<>();
        Set<String> tables = new LinkedHashSet<>();
        for (MonthlyOutput output : outputs) {
            martsRead.putAll(output.martsRead(month));
            tables.addAll(output.martTablesRead());
        }
        if (!outputs.isEmpty()) {
            try (ReportSource source = ReportSource.over(engine, martsRead, List.copyOf(tables))) {
                for (MonthlyOutput output : outputs) {
                    output.write(source.file(), month, folder);
                }
            }
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + folder, e);
        }
        Map<String, String> listed = listing();
        StringBuilder manifest = new StringBuilder("file,bytes,sha256\n");
        listed.forEach((file, line) -> manifest.append(line).append('\n'));
        try {
            Files.writeString(folder.resolve(MANIFEST), manifest.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve(MANIFEST), e);
        }
        return listed.size();
    }

    /** The files the manifest lists. */
    int listed() {
        try {
            return Files.readAllLines(folder.resolve(MANIFEST), StandardCharsets.UTF_8).size() - 1;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder.resolve(MANIFEST), e);
        }
    }

    /** How the folder differs from its manifest: files changed, missing or not listed (empty when as written). */
    List<String> differences() {
        Map<String, String> expected = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(folder.resolve(MANIFEST), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                expected.put(line.substring(0, line.indexOf(',')), line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder.resolve(MANIFEST), e);
        }
        Map<String, String> actual = listing();
        List<String> differences = new ArrayList<>();
        expected.forEach((file, line) -> {
            if (!actual.containsKey(file)) {
                differences.add(file + " missing");
            } else if (!actual.get(file).equals(line)) {
                differences.add(file + " changed");
            }
        });
        actual.keySet().stream().filter(file -> !expected.containsKey(file)).forEach(file -> differences.add(file + " not listed"));
        return differences;
    }

    /** Every file of the folder but the manifest, by name: its manifest line. */
    private Map<String, String> listing() {
        Map<String, String> lines = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.equals(MANIFEST)) {
                    lines.put(name, name + "," + Files.size(file) + "," + sha256(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return lines;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
