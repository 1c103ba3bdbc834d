package io.fundtrace.cli.serve;

import io.fundtrace.warehouse.gate.PublishedTable;
import io.fundtrace.warehouse.gate.QueryLog;
import io.fundtrace.warehouse.gate.Role;
import io.fundtrace.warehouse.gate.SqlGate;
import io.fundtrace.warehouse.snapshot.SnapshotFolder;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One published snapshot as the server serves it: the gates open on it, idle ones by role (a gate is
 * one caller's at a time), how many are open in all, the tables each role sees in it and its region
 * tree. The idle gates and the count are guarded by the GatePool's lock.
 */
final class ServedSnapshot {
    private record Idle(SqlGate gate, long since) {
    }

    private final Path file;
    private final RegionTree regions;
    private final Map<Role, Deque<Idle>> idle = new HashMap<>();
    private final Map<Role, List<PublishedTable>> tables = new ConcurrentHashMap<>();
    private int open;

    private ServedSnapshot(Path file, RegionTree regions) {
        this.file = file;
        this.regions = regions;
    }

    static ServedSnapshot load(Path file) {
        return new ServedSnapshot(file, RegionTree.read(file));
    }

    Path file() {
        return file;
    }

    long number() {
        return SnapshotFolder.number(file);
    }

    RegionTree regions() {
        return regions;
    }

    /** A new gate for the role on this snapshot (not counted: the caller reserved it). */
    SqlGate openGate(Role role, QueryLog log, int timeLimitSeconds) {
        SqlGate gate = SqlGate.open(file, role, log, timeLimitSeconds);
        tables.putIfAbsent(role, gate.tables());
        return gate;
    }

    Optional<List<PublishedTable>> tables(Role role) {
        return Optional.ofNullable(tables.get(role));
    }

    Optional<SqlGate> takeIdle(Role role) {
        Deque<Idle> gates = idle.get(role);
        return gates == null || gates.isEmpty() ? Optional.empty() : Optional.of(gates.pop().gate());
    }

    void putIdle(Role role, SqlGate gate) {
        idle.computeIfAbsent(role, key -> new ArrayDeque<>()).push(new Idle(gate, System.currentTimeMillis()));
    }

    /** Takes out every idle gate (to close them), or those idle since before the given time; they no longer count as open. */
    List<SqlGate> takeIdleSince(long before) {
        List<SqlGate> taken = new ArrayList<>();
        for (Deque<Idle> gates : idle.values()) {
            for (Iterator<Idle> each = gates.iterator(); each.hasNext(); ) {
                Idle gate = each.next();
                if (gate.since() < before) {
                    taken.add(gate.gate());
                    each.remove();
                }
            }
        }
        open -= taken.size();
        return taken;
    }

    /** The roles that have opened a gate here (a newer snapshot opens one for each before it takes over). */
    Set<Role> rolesSeen() {
        return Set.copyOf(tables.keySet());
    }

    void reserve() {
        open++;
    }

    void release() {
        open--;
    }

    int open() {
        return open;
    }
}
