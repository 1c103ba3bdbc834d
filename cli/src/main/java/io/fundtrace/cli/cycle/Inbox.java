package io.fundtrace.cli.cycle;

import io.fundtrace.warehouse.WarehouseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The inbox of drop folders a cycle ingests: every folder directly in it, in name order, not ingested
 * before. A folder whose name starts with a month (2019-07, 2019-07-county653121) later than the cycle's
 * waits for that month's cycle, so a backfill over an inbox holding every month ingests as a month-by-month
 * run would. A folder named with a leading `_` or `.` is no drop (a generated drop's `_keys/`).
 */
final class Inbox {
    private static final Pattern LEADING_MONTH = Pattern.compile("^(\\d{4}-\\d{2})(?!\\d).*");

    private final Path folder;

    Inbox(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new WarehouseException("the inbox " + folder + " does not exist or is not a folder");
        }
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    /** The folders waiting for the month's cycle, in name order. */
    List<Path> waiting(YearMonth month, Set<String> ingested) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isDirectory)
                    .filter(child -> isDrop(child.getFileName().toString()))
                    .filter(child -> !ingested.contains(child.getFileName().toString()))
                    .filter(child -> leadingMonth(child.getFileName().toString()).map(named -> !named.isAfter(month)).orElse(true))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new WarehouseException("cannot list the inbox " + folder + ": " + e.getMessage(), e);
        }
    }

    private static boolean isDrop(String name) {
        return !name.startsWith("_") && !name.startsWith(".");
    }

    /** The month a folder's name starts with, if it starts with one. */
    static Optional<YearMonth> leadingMonth(String name) {
        Matcher matcher = LEADING_MONTH.matcher(name);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(matcher.group(1)));
        } catch (DateTimeParseException notAMonth) {
            return Optional.empty();
        }
    }
}
