package io.fundtrace.spark;

import io.fundtrace.warehouse.WarehouseException;
import java.time.Duration;
import java.util.Map;

/**
 * The version of every table that a reader may read: the last whole unit of work. While a writer works
 * (or after one died mid-work), that is the versions its rollback marker noted before it began - its
 * own commits, and the tables it made, are not there yet. With no marker, the latest versions, listed
 * between two readings of the lock that show nothing began or ended in between.
 */
final class CommittedVersions {
    private CommittedVersions() {
    }

    static Map<String, Long> read(WarehouseFolder folder, Duration defaultLease) {
        for (int attempt = 0; attempt < 20; attempt++) {
            LockState before = WriterLock.read(folder, defaultLease);
            if (before.unfinished().isPresent()) {
                return before.unfinished().get();
            }
            Map<String, Long> latest = folder.versions();
            LockState after = WriterLock.read(folder, defaultLease);
            if (after.sameAs(before)) {
                return latest;
            }
        }
        throw new WarehouseException("the warehouse " + folder.uri() + " keeps changing hands while being read; try again");
    }
}
