package io.fundtrace.cli.serve;

import io.fundtrace.warehouse.ResultTable;
import io.fundtrace.warehouse.WarehouseException;
import io.fundtrace.warehouse.gate.PublishedTable;
import io.fundtrace.warehouse.gate.QueryLog;
import io.fundtrace.warehouse.gate.Role;
import io.fundtrace.warehouse.gate.SqlGate;
import io.fundtrace.warehouse.snapshot.SnapshotFolder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The gates a server runs statements in: a pool per role on the newest published snapshot, so a
 * statement borrows a gate that is already open (opening one computes the role's views and payee
 * pseudonyms: seconds on a large warehouse) and gives it back. At most {@code maxStatements} run at
 * once (each gate is a DuckDB session of up to the gate's memory limit); a statement waits for a free
 * place at most its time limit.
 *
 * <p>A watcher looks for a newer snapshot every {@code poll}: when the cycle has published one, it
 * opens a gate on it for every role in use, then makes it current in one step. Statements already
 * running finish on the old one; the next ones run on the new one, so a client sees one complete build
 * or the next, never a mixture. Gates of an old snapshot close as they come back, and a snapshot no
 * gate holds any more is removed (SnapshotFolder.removeUnused). Idle gates close after {@link #IDLE}.
 */
final class GatePool implements AutoCloseable {
    static final Duration IDLE = Duration.ofMinutes(10);

    private final SnapshotFolder snapshots;
    private final QueryLog log;
    private final int timeLimitSeconds;
    private final int maxStatements;
    private final Semaphore places;
    private final PrintWriter serverLog;
    private final ScheduledExecutorService watcher;
    private final Object lock = new Object();
    private final List<ServedSnapshot> retired = new ArrayList<>();
    private ServedSnapshot current;
    private boolean closed;

    private record Lease(ServedSnapshot snapshot, Role role, SqlGate gate) {
    }

    GatePool(SnapshotFolder snapshots, QueryLog log, int timeLimitSeconds, int maxStatements, Duration poll, PrintWriter serverLog) {
        this.snapshots = snapshots;
        this.log = log;
        this.timeLimitSeconds = timeLimitSeconds;
        this.maxStatements = maxStatements;
        this.places = new Semaphore(maxStatements, true);
        this.serverLog = serverLog;
        this.current = ServedSnapshot.load(snapshots.newest()
                .orElseThrow(() -> new WarehouseException("no snapshot published in " + snapshots.folder())));
        this.watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fundtrace-snapshot-watcher");
            thread.setDaemon(true);
            return thread;
        });
        watcher.scheduleWithFixedDelay(this::watch, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One statement of a user, with their role, on the current snapshot. */
    ResultTable query(SignedIn user, String sql, int limit) {
        return run(user, sql, gate -> gate.query(sql, limit, user.name()));
    }

    /** The columns a statement would return, checked but not run. */
    ResultTable describe(SignedIn user, String sql) {
        return run(user, sql, gate -> gate.describe(sql, user.name()));
    }

    /** What the server turns away before the gate sees it (parameters, batches), logged like the gate's refusals. */
    WarehouseException refuse(SignedIn user, String sql, String reason) {
        String message = "refused: " + reason;
        log.record(user.name(), user.role(), "refused", 0, 0, message, sql);
        return new WarehouseException(message);
    }

    /** The tables the user's role may read in the current snapshot. */
    List<PublishedTable> tables(SignedIn user) {
        Optional<List<PublishedTable>> known;
        synchronized (lock) {
            known = current.tables(user.role());
        }
        return known.orElseGet(() -> run(user, "(the list of tables)", SqlGate::tables));
    }

    /** The current snapshot's region tree (document access). */
    RegionTree regions() {
        synchronized (lock) {
            return current.regions();
        }
    }

    /** The publication number of the snapshot statements run on now. */
    long snapshotNumber() {
        synchronized (lock) {
            return current.number();
        }
    }

    private <T> T run(SignedIn user, String sql, Function<SqlGate, T> work) {
        long start = System.nanoTime();
        boolean placed;
        try {
            placed = places.tryAcquire(timeLimitSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            placed = false;
        }
        if (!placed) {
            String message = "query failed: the server is busy (" + maxStatements + " statements running, the most it runs at once);"
                    + " try again";
            log.record(user.name(), user.role(), "failed", 0, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), message, sql);
            throw new WarehouseException(message);
        }
        try {
            Lease lease = borrow(user, sql, start);
            boolean reusable = true;
            try {
                return work.apply(lease.gate());
            } catch (WarehouseException e) {
                // a refusal leaves the session as it was; after a failure (time limit, memory) start afresh
                reusable = !e.getMessage().startsWith("query failed: ");
                throw e;
            } catch (RuntimeException e) {
                reusable = false;
                throw e;
            } finally {
                giveBack(lease, reusable);
            }
        } finally {
            places.release();
        }
    }

    private Lease borrow(SignedIn user, String sql, long start) {
        ServedSnapshot snapshot;
        Optional<SqlGate> idle;
        synchronized (lock) {
            if (closed) {
                throw new WarehouseException("query failed: the server is stopping");
            }
            snapshot = current;
            idle = snapshot.takeIdle(user.role());
            if (idle.isEmpty()) {
                snapshot.reserve();
            }
        }
        if (idle.isPresent()) {
            return new Lease(snapshot, user.role(), idle.get());
        }
        try {
            return new Lease(snapshot, user.role(), snapshot.openGate(user.role(), log, timeLimitSeconds));
        } catch (RuntimeException e) {
            synchronized (lock) {
                snapshot.release();
            }
            removeUnused();
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            if (e instanceof WarehouseException refusal && refusal.getMessage().startsWith("role ")) {
                // a role the snapshot has no region or 处室 for: the user's statement is refused, and logged as such
                log.record(user.name(), user.role(), "refused", 0, millis, "refused: " + refusal.getMessage(), sql);
                throw new WarehouseException("refused: " + refusal.getMessage(), refusal);
            }
            // the reason names the server's files (a snapshot, the key file): for the server's log, not the client
            serverLog.println("fundtrace serve: cannot open role " + user.role() + " on " + snapshot.file().getFileName() + ": " + e.getMessage());
            serverLog.flush();
            String message = "query failed: the server cannot open the warehouse for role " + user.role() + " (the reason is in its log)";
            log.record(user.name(), user.role(), "failed", 0, millis, message, sql);
            throw new WarehouseException(message, e);
        }
    }

    private void giveBack(Lease lease, boolean reusable) {
        synchronized (lock) {
            if (reusable && !closed && lease.snapshot() == current) {
                lease.snapshot().putIdle(lease.role(), lease.gate());
                return;
            }
            lease.snapshot().release();
        }
        lease.gate().close();
        removeUnused();
    }

    /** The watcher's round: a newer snapshot takes over once warm; idle gates close; unused snapshots go. */
    private void watch() {
        try {
            Optional<Path> newest = snapshots.newest();
            ServedSnapshot serving;
            synchronized (lock) {
                serving = current;
            }
            if (newest.isPresent() && !newest.get().equals(serving.file())) {
                switchTo(newest.get(), serving);
            }
            List<SqlGate> stale;
            synchronized (lock) {
                stale = current.takeIdleSince(System.currentTimeMillis() - IDLE.toMillis());
            }
            stale.forEach(SqlGate::close);
            removeUnused();
        } catch (RuntimeException e) {
            // the next round tries again (a snapshot removed under us, a file system hiccup); the server keeps serving
            serverLog.println("fundtrace serve: snapshot watcher: " + e.getMessage());
            serverLog.flush();
        }
    }

    private void switchTo(Path newest, ServedSnapshot serving) {
        ServedSnapshot next = ServedSnapshot.load(newest);
        Set<Role> roles;
        synchronized (lock) {
            roles = serving.rolesSeen();
        }
        for (Role role : roles) {
            next.reserve();
            try {
                next.putIdle(role, next.openGate(role, log, timeLimitSeconds));
            } catch (RuntimeException e) {
                next.release();
                serverLog.println("fundtrace serve: cannot open role " + role + " on " + newest.getFileName() + ": " + e.getMessage());
                serverLog.flush();
            }
        }
        List<SqlGate> idle;
        synchronized (lock) {
            if (closed) {
                idle = next.takeIdleSince(Long.MAX_VALUE);
            } else {
                ServedSnapshot old = current;
                current = next;
                retired.add(old);
                idle = old.takeIdleSince(Long.MAX_VALUE);
            }
        }
        idle.forEach(SqlGate::close);
        serverLog.println("fundtrace serve: now serving " + newest.getFileName());
        serverLog.flush();
    }

    /** Forgets retired snapshots no gate holds and removes their files (and older ones no process holds). */
    private void removeUnused() {
        Set<Path> inUse = new HashSet<>();
        synchronized (lock) {
            retired.removeIf(snapshot -> snapshot.open() == 0);
            inUse.add(current.file());
            retired.forEach(snapshot -> inUse.add(snapshot.file()));
        }
        snapshots.removeUnused(inUse);
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        List<SqlGate> idle;
        synchronized (lock) {
            closed = true;
            idle = current.takeIdleSince(Long.MAX_VALUE);
        }
        idle.forEach(SqlGate::close);
    }
}
