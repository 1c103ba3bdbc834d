package io.fundtrace.cli.serve;

import io.fundtrace.warehouse.WarehouseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One month the cycle archived: the folder OUT/YYYY-MM/ and the files its manifest.csv lists (file,
 * bytes, sha256, and optionally role). Only listed files are served, and only while their bytes still
 * match the manifest; a folder without a manifest is not a finished month.
 */
record ArchivedMonth(YearMonth month, Path folder, List<ArchivedDocument> documents) {
    static final String MANIFEST = "manifest.csv";
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");

    /** The archived months, newest first; a month whose manifest cannot be read is left out. */
    static List<ArchivedMonth> list(Path archive) {
        if (!Files.isDirectory(archive)) {
            return List.of();
        }
        List<ArchivedMonth> months = new ArrayList<>();
        try (Stream<Path> folders = Files.list(archive)) {
            for (Path folder : folders.sorted(Comparator.reverseOrder()).toList()) {
                read(archive, folder.getFileName().toString()).ifPresent(months::add);
            }
        } catch (IOException e) {
            throw new WarehouseException("cannot list the archive " + archive + ": " + e.getMessage(), e);
        }
        return months;
    }

    /** The month of the folder named YYYY-MM, when it is a finished month. */
    static Optional<ArchivedMonth> read(Path archive, String name) {
        if (!MONTH.matcher(name).matches()) {
            return Optional.empty();
        }
        YearMonth month;
        try {
            month = YearMonth.parse(name);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        Path folder = archive.resolve(name);
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).startsWith("file,bytes,sha256")) {
                return Optional.empty();
            }
            boolean hasRole = lines.get(0).equals("file,bytes,sha256,role");
            List<ArchivedDocument> documents = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                documents.add(new ArchivedDocument(month, cells[0], Long.parseLong(cells[1]), cells[2],
                        hasRole && cells.length > 3 && !cells[3].isBlank() ? Optional.of(cells[3]) : Optional.empty()));
            }
            return Optional.of(new ArchivedMonth(month, folder, List.copyOf(documents)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    Optional<ArchivedDocument> document(String name) {
        return documents.stream().filter(document -> document.name().equals(name)).findFirst();
    }

    /** The document's bytes, when the file is still the one the manifest lists (not a link, same size and hash). */
    Optional<byte[]> bytes(ArchivedDocument document) {
        Path file = folder.resolve(document.name());
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) != document.bytes()) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            return sha256.equals(document.sha256()) ? Optional.of(bytes) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
