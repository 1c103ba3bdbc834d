package io.fundtrace.spark;

import io.fundtrace.warehouse.WarehouseException;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;

/**
 * One writer at a time per warehouse. Delta serialises commits per table, not a load or a build over
 * several tables, so fundtrace keeps its own lock in the warehouse folder, _fundtrace_lock/, as
 * numbered generations of files each written once:
 * <ul>
 * <li>N.lock: the holder of generation N (owner, host, pid, lease, since), created only if absent, so
 * of two writers reaching for generation N one gets it and the other is refused;</li>
 * <li>N.lease.K: the K-th renewal, made by the holder every quarter of its lease; the newest file's
 * time is the last renewal, and a lock not renewed within its lease has expired;</li>
 * <li>N.unfinished.csv: the table versions the holder's work started from (the rollback marker);</li>
 * <li>N.released: the work ended, the lock is free.</li>
 * </ul>
 * A writer takes generation N + 1 when N is released or expired; if N expired with work unfinished it
 * inherits N's marker and restores the tables before its own work ({@link DeltaRollback}). A reader never
 * takes the lock: it reads the versions a live or dead writer's marker names ({@link #read}).
 */
final class WriterLock implements AutoCloseable {
    static final String FOLDER = "_fundtrace_lock";
    /** Where a version before the lock kept its rollback marker; a writer still honours one left behind. */
    static final String LEGACY_MARKER = "_fundtrace_unfinished.csv";
    private static final Pattern FILE = Pattern.compile("(\\d{20})\\.(lock|released|unfinished\\.csv|lease\\.(\\d+))");

    private final WarehouseFolder folder;
    private final long generation;
    private final Optional<Map<String, Long>> inherited;
    private final ScheduledExecutorService renewer;
    private volatile boolean lost;
    private long renewals;

    private WriterLock(WarehouseFolder folder, long generation, Optional<Map<String, Long>> inherited, Duration lease) {
        this.folder = folder;
        this.generation = generation;
        this.inherited = inherited;
        this.renewer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "fundtrace-writer-lease");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(250, lease.toMillis() / 4);
        renewer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Takes the lock for this process, or refuses with one line naming the live holder. A holder whose
     * lease expired is taken over; its unfinished work's marker is handed on ({@link #inherited}).
     */
    static WriterLock acquire(WarehouseFolder folder, WarehouseSettings settings) {
        LockState state = read(folder, settings.writerLease());
        for (int attempt = 0; attempt < 3; attempt++) {
            if (state.live(Instant.now())) {
                break;
            }
            long next = state.generation() + 1;
            if (folder.createExclusive(file(folder, next, "lock"), holderText(settings.writerLease()))) {
                Optional<Map<String, Long>> inherited = state.released() ? legacyMarker(folder)
                        : state.unfinished().or(() -> legacyMarker(folder));
                return new WriterLock(folder, next, inherited, settings.writerLease());
            }
            // another writer took that generation first: it is live, unless it ended in the meantime
            state = read(folder, settings.writerLease());
        }
        throw refused(folder, state);
    }

    /** The lock as the folder shows it now; defaultLease judges a holder whose file is not written yet. */
    static LockState read(WarehouseFolder folder, Duration defaultLease) {
        for (int attempt = 0; attempt < 20; attempt++) {
            Optional<LockState> state = readOnce(folder, defaultLease);
            if (state.isPresent()) {
                return state.get();
            }
            pause();
        }
        throw new WarehouseException("the writer lock of " + folder.uri() + " keeps changing while being read");
    }

    /** Empty when a file listed was gone when read (the lock changed hands meanwhile): read again. */
    private static Optional<LockState> readOnce(WarehouseFolder folder, Duration defaultLease) {
        List<FileStatus> files = folder.list(folder.child(FOLDER));
        long generation = 0;
        for (FileStatus file : files) {
            Matcher name = FILE.matcher(file.getPath().getName());
            if (name.matches() && name.group(2).equals("lock")) {
                generation = Math.max(generation, Long.parseLong(name.group(1)));
            }
        }
        if (generation == 0) {
            return Optional.of(new LockState(0, null, Instant.EPOCH, true, legacyMarker(folder)));
        }
        long lastRenewal = 0;
        boolean released = false;
        boolean unfinished = false;
        for (FileStatus file : files) {
            Matcher name = FILE.matcher(file.getPath().getName());
            if (name.matches() && Long.parseLong(name.group(1)) == generation) {
                released |= name.group(2).equals("released");
                unfinished |= name.group(2).equals("unfinished.csv");
                if (name.group(2).equals("lock") || name.group(3) != null) {
                    lastRenewal = Math.max(lastRenewal, file.getModificationTime());
                }
            }
        }
        Optional<String> holder = folder.read(file(folder, generation, "lock"));
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        Optional<Map<String, Long>> marker = Optional.empty();
        if (unfinished && !released) {
            Optional<String> text = folder.read(file(folder, generation, "unfinished.csv"));
            if (text.isEmpty()) {
                return Optional.empty();
            }
            marker = Optional.of(parseVersions(text.get(), folder.uri()));
        } else if (released) {
            marker = legacyMarker(folder);
        }
        return Optional.of(new LockState(generation, holder(holder.get(), defaultLease), Instant.ofEpochMilli(lastRenewal), released, marker));
    }

    long generation() {
        return generation;
    }

    /** The versions an expired holder's unfinished work started from: what this writer must restore first. */
    Optional<Map<String, Long>> inherited() {
        return inherited;
    }

    /** Notes the versions this holder's work starts from; readers read these until the lock is released. */
    void markUnfinished(Map<String, Long> versions) {
        StringBuilder text = new StringBuilder("table,version\n");
        versions.forEach((table, version) -> text.append(table).append(',').append(version).append('\n'));
        folder.writeWhole(file(folder, generation, "unfinished.csv"), text.toString());
        // the generations before this one are settled now: the marker carries what was unfinished
        for (FileStatus file : folder.list(folder.child(FOLDER))) {
            Matcher name = FILE.matcher(file.getPath().getName());
            if (name.matches() && Long.parseLong(name.group(1)) < generation) {
                folder.delete(file.getPath());
            }
        }
        folder.delete(folder.child(LEGACY_MARKER));
    }

    /** Whether another writer took the lock over because this holder did not renew it in time. */
    boolean lost() {
        return lost;
    }

    /** The work ended (done, or undone): the lock is free and readers read the tables as they are. */
    void release() {
        renewer.shutdownNow();
        if (!lost) {
            folder.createExclusive(file(folder, generation, "released"), "");
            folder.delete(file(folder, generation, "unfinished.csv"));
        }
    }

    /**
     * Stops renewing without releasing: the work could not be undone (a restore failed), so the next
     * writer after the lease finds the marker and restores the tables itself.
     */
    void abandon() {
        renewer.shutdownNow();
    }

    @Override
    public void close() {
        renewer.shutdownNow();
    }

    private void renew() {
        try {
            for (FileStatus file : folder.list(folder.child(FOLDER))) {
                Matcher name = FILE.matcher(file.getPath().getName());
                if (name.matches() && name.group(2).equals("lock") && Long.parseLong(name.group(1)) > generation) {
                    lost = true;
                    renewer.shutdown();
                    return;
                }
            }
            renewals++;
            folder.createExclusive(file(folder, generation, "lease." + renewals), "");
            if (renewals > 1) {
                folder.delete(file(folder, generation, "lease." + (renewals - 1)));
            }
        } catch (RuntimeException e) {
            // the warehouse's file system hiccuped: the next renewal tries again; a long outage lets the lease expire
        }
    }

    private static Path file(WarehouseFolder folder, long generation, String kind) {
        return folder.child(FOLDER + "/" + String.format("%020d", generation) + "." + kind);
    }

    private static Optional<Map<String, Long>> legacyMarker(WarehouseFolder folder) {
        return folder.read(folder.child(LEGACY_MARKER)).map(text -> parseVersions(text, folder.uri()));
    }

    static Map<String, Long> parseVersions(String text, String where) {
        Map<String, Long> out = new LinkedHashMap<>();
        try {
            for (String line : text.lines().skip(1).filter(line -> !line.isBlank()).toList()) {
                String[] fields = line.split(",");
                out.put(fields[0], Long.parseLong(fields[1].strip()));
            }
        } catch (RuntimeException e) {
            throw new WarehouseException("cannot read the rollback marker of " + where + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static String holderText(Duration lease) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown-host";
        }
        return "owner=" + System.getProperty("user.name") + "\nhost=" + host + "\npid=" + ProcessHandle.current().pid()
                + "\nlease_seconds=" + lease.toSeconds() + "\nacquired_at=" + Instant.now() + "\n";
    }

    /** The holder file as written; one still empty (being written) is an unknown holder with the reader's lease. */
    private static LockState.Holder holder(String text, Duration defaultLease) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Duration lease = properties.getProperty("lease_seconds") == null ? defaultLease
                : Duration.ofSeconds(Long.parseLong(properties.getProperty("lease_seconds").strip()));
        return new LockState.Holder(properties.getProperty("owner", "unknown"), properties.getProperty("host", "unknown-host"),
                Long.parseLong(properties.getProperty("pid", "0").strip()), lease,
                properties.getProperty("acquired_at") == null ? Instant.EPOCH : Instant.parse(properties.getProperty("acquired_at").strip()));
    }

    private static WarehouseException refused(WarehouseFolder folder, LockState state) {
        return new WarehouseException("the warehouse " + folder.uri() + " is being written by " + state.describeHolder()
                + "; one writer at a time: try again when it has finished");
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WarehouseException("interrupted while reading the writer lock", e);
        }
    }
}
