package io.fundtrace.warehouse.snapshot;

import io.fundtrace.warehouse.DuckDbEngine;
import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.Warehouse;
import io.fundtrace.warehouse.WarehouseException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The read-only copies of a DuckDB warehouse file that a server reads, in the folder
 * {@code <warehouse file>.snapshots/}: DuckDB lets one process hold a file for writing and then no
 * other process may open it at all, so a server that must keep answering while the monthly cycle
 * ingests and builds never opens the warehouse itself. The writer publishes a copy after each complete
 * build ({@link #publish}): a checkpoint (every committed change in the file, the write-ahead log
 * empty), a byte copy under a hidden name, then an atomic rename to {@code snapshot-NNNNNNNNN.duckdb}
 * with the next number - so a reader lists only complete snapshots, and the newest number is the
 * newest complete build. Readers attach a snapshot read-only (DuckDB then holds a shared lock on it);
 * a snapshot older than the newest is removed once no process holds it ({@link #removeUnused}).
 */
public final class SnapshotFolder {
    private static final Pattern NAME = Pattern.compile("snapshot-([0-9]{9})\\.duckdb");
    private static final String PARTIAL_PREFIX = ".partial-";

    private final Path warehouseFile;
    private final Path folder;

    private SnapshotFolder(Path warehouseFile) {
        this.warehouseFile = warehouseFile.toAbsolutePath().normalize();
        this.folder = this.warehouseFile.resolveSibling(this.warehouseFile.getFileName() + ".snapshots");
    }

    /** The snapshot folder of a warehouse file (which need not exist yet). */
    public static SnapshotFolder of(Path warehouseFile) {
        return new SnapshotFolder(warehouseFile);
    }

    /**
     * After a complete build on DuckDB: publishes a snapshot when the warehouse is served (its snapshot
     * folder exists, made by the first {@code fundtrace serve}); otherwise, and on other engines, nothing.
     * Installations that never serve pay no copy.
     */
    public static Optional<Path> publishIfServed(Engine engine) {
        if (engine instanceof DuckDbEngine duckdb) {
            SnapshotFolder snapshots = of(duckdb.warehouse().path());
            if (snapshots.exists()) {
                return Optional.of(snapshots.publish(duckdb.warehouse()));
            }
        }
        return Optional.empty();
    }

    public Path folder() {
        return folder;
    }

    public boolean exists() {
        return Files.isDirectory(folder);
    }

    /** The complete snapshots, oldest first. */
    public List<Path> snapshots() {
        if (!exists()) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> NAME.matcher(file.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(file -> file.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new WarehouseException("cannot list the snapshots in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The newest complete snapshot: the latest complete build published. */
    public Optional<Path> newest() {
        List<Path> all = snapshots();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The publication number of a snapshot (1, 2, ...). */
    public static long number(Path snapshot) {
        Matcher name = NAME.matcher(snapshot.getFileName().toString());
        if (!name.matches()) {
            throw new IllegalArgumentException("not a snapshot: " + snapshot);
        }
        return Long.parseLong(name.group(1));
    }

    /**
     * Publishes the warehouse as the newest snapshot; the caller holds it open for writing (so no other
     * process writes it meanwhile) and has committed its work. Returns the snapshot. Older snapshots no
     * process holds are removed.
     */
    public Path publish(Warehouse warehouse) {
        if (!warehouse.path().toAbsolutePath().normalize().equals(warehouseFile)) {
            throw new IllegalArgumentException(warehouse.path() + " is not " + warehouseFile);
        }
        checkpoint(warehouse);
        try {
            createFolder();
            removePartials();
            long next = snapshots().stream().mapToLong(SnapshotFolder::number).max().orElse(0) + 1;
            String name = String.format("snapshot-%09d.duckdb", next);
            Path partial = folder.resolve(PARTIAL_PREFIX + name);
            Path snapshot = folder.resolve(name);
            // the copy is locked until it has its final name, so that no reader's clean-up takes it for a dead publisher's
            try (FileChannel source = FileChannel.open(warehouseFile, StandardOpenOption.READ);
                 FileChannel target = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 FileLock writing = target.lock()) {
                long size = source.size();
                for (long copied = 0; copied < size; ) {
                    copied += source.transferTo(copied, size - copied, target);
                }
                target.force(true);
                if (posix()) {
                    Files.setPosixFilePermissions(partial, Files.getPosixFilePermissions(warehouseFile));
                }
                Files.move(partial, snapshot, StandardCopyOption.ATOMIC_MOVE);
            }
            removeUnused(Set.of());
            return snapshot;
        } catch (IOException e) {
            throw new WarehouseException("cannot publish a snapshot of " + warehouseFile + " in " + folder + ": " + e, e);
        }
    }

    /** Copies a publisher left behind when it died (publishers take turns: each holds the warehouse for writing). */
    private void removePartials() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path partial : files.filter(file -> file.getFileName().toString().startsWith(PARTIAL_PREFIX)).toList()) {
                Files.deleteIfExists(partial);
            }
        }
    }

    /**
     * Removes every snapshot but the newest that this process does not use (inUse) and no other process
     * holds. Whether another process holds a snapshot is asked of its lock (DuckDB holds a shared one on
     * a file it attached): a snapshot that cannot be locked exclusively stays. A snapshot this process
     * still uses must be in inUse, as a lock taken here would not see this process's own.
     */
    public void removeUnused(Set<Path> inUse) {
        List<Path> all = snapshots();
        for (Path snapshot : all.subList(0, Math.max(0, all.size() - 1))) {
            if (!inUse.contains(snapshot)) {
                removeIfFree(snapshot);
            }
        }
    }

    private static void removeIfFree(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock != null) {
                Files.delete(file);
            }
        } catch (IOException | OverlappingFileLockException e) {
            // gone already, or held: the next publication or the server's next round tries again
        }
    }

    /** Every committed change into the file itself, so that a byte copy of it is the whole warehouse. */
    private void checkpoint(Warehouse warehouse) {
        try (Statement statement = warehouse.connection().createStatement()) {
            statement.execute("CHECKPOINT " + Warehouse.CATALOG);
        } catch (SQLException e) {
            throw new WarehouseException("cannot checkpoint " + warehouseFile + " before publishing a snapshot: " + e.getMessage(), e);
        }
        Path log = warehouseFile.resolveSibling(warehouseFile.getFileName() + ".wal");
        try {
            if (Files.exists(log) && Files.size(log) > 0) {
                throw new WarehouseException("cannot publish a snapshot of " + warehouseFile
                        + ": its write-ahead log is not empty after a checkpoint (another connection is writing)");
            }
        } catch (IOException e) {
            throw new WarehouseException("cannot read " + log + ": " + e.getMessage(), e);
        }
    }

    /** As readable as the warehouse file: whoever may read it may list the folder. */
    private void createFolder() throws IOException {
        if (exists()) {
            return;
        }
        Files.createDirectories(folder);
        if (posix()) {
            Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(warehouseFile));
            List<PosixFilePermission> searchable = new ArrayList<>();
            if (permissions.contains(PosixFilePermission.OWNER_READ)) {
                searchable.add(PosixFilePermission.OWNER_EXECUTE);
            }
            if (permissions.contains(PosixFilePermission.GROUP_READ)) {
                searchable.add(PosixFilePermission.GROUP_EXECUTE);
            }
            if (permissions.contains(PosixFilePermission.OTHERS_READ)) {
                searchable.add(PosixFilePermission.OTHERS_EXECUTE);
            }
            permissions.addAll(searchable);
            permissions.add(PosixFilePermission.OWNER_WRITE);
            Files.setPosixFilePermissions(folder, permissions);
        }
    }

    /** Makes the folder, so that every later build publishes (what a server does when it first starts). */
    public void create() {
        try {
            createFolder();
        } catch (IOException e) {
            throw new WarehouseException("cannot make " + folder + ": " + e.getMessage(), e);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
