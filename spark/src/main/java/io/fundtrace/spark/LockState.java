package io.fundtrace.spark;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The writer lock of a warehouse as one listing of its lock folder showed it: the latest generation
 * (0: never locked), who holds or held it, when its writer last renewed it, whether it was released,
 * and the table versions its unfinished work started from (the rollback marker), if any.
 */
record LockState(long generation, Holder holder, Instant lastRenewal, boolean released, Optional<Map<String, Long>> unfinished) {
    static final LockState NEVER_LOCKED = new LockState(0, null, Instant.EPOCH, true, Optional.empty());

    /** Who took a generation of the lock; the lease is the holder's own, so every reader judges it alike. */
    record Holder(String owner, String host, long pid, Duration lease, Instant acquiredAt) {
        String describe() {
            return owner + "@" + host + " (pid " + pid + ") since " + acquiredAt;
        }
    }

    /** Held by a writer that renewed it within its lease. */
    boolean live(Instant now) {
        return !released && now.isBefore(lastRenewal.plus(holder.lease()));
    }

    /** Held by a writer that stopped renewing it: killed, or cut off from the warehouse. */
    boolean expired(Instant now) {
        return !released && !live(now);
    }

    /** The same generation in the same state: nothing was committed or released in between. */
    boolean sameAs(LockState other) {
        return generation == other.generation && released == other.released && unfinished.isPresent() == other.unfinished.isPresent();
    }

    String describeHolder() {
        return holder.describe() + ", lease " + holder.lease().toSeconds() + " s last renewed " + lastRenewal;
    }
}
