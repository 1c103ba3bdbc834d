package io.fundtrace.spark;

import io.fundtrace.warehouse.UnitOfWork;
import java.util.Map;

/**
 * Delta commits per table, so a unit of work over several tables is made all-or-nothing here, under
 * the warehouse's writer lock: the version of every table is noted in the lock's rollback marker before
 * the work, and if the work fails every table is restored to its noted version and the tables the work
 * created are dropped. A writer that finds the marker of a holder whose lease expired (a killed process)
 * restores those tables first. Readers never restore anything: they read the noted versions until the
 * lock is released ({@link CommittedVersions}).
 */
final class DeltaRollback {
    private DeltaRollback() {
    }

    static <R, X extends Exception> R around(SparkDeltaEngine engine, UnitOfWork<R, X> work) throws X {
        WriterLock lock = WriterLock.acquire(engine.folder(), engine.settings());
        engine.holding(lock);
        try {
            Map<String, Long> before = prepare(engine, lock);
            R result;
            try {
                result = work.run();
            } catch (Exception | Error e) {
                if (lock.lost()) {
                    // another writer took over after this one failed to renew: restoring now would undo its work
                    throw e;
                }
                try {
                    restoreOrAbandon(engine, lock, before);
                } catch (RuntimeException restoreFailure) {
                    e.addSuppressed(restoreFailure);
                    throw e;
                }
                lock.release();
                throw e;
            }
            lock.release();
            return result;
        } finally {
            engine.holding(null);
        }
    }

    /**
     * Before the work: the unfinished work of a holder whose lease expired is undone (its marker kept
     * meanwhile, so readers and a writer after a second crash see the same versions), the retention
     * setting reaches every table, and the versions this work starts from are noted.
     */
    private static Map<String, Long> prepare(SparkDeltaEngine engine, WriterLock lock) {
        try {
            if (lock.inherited().isPresent()) {
                lock.markUnfinished(lock.inherited().get());
                restoreOrAbandon(engine, lock, lock.inherited().get());
            }
            HistoryRetention.applyIfChanged(engine);
            Map<String, Long> before = engine.folder().versions();
            lock.markUnfinished(before);
            return before;
        } catch (RuntimeException | Error e) {
            // nothing of this writer's own was done; an inherited marker stays for the next writer
            if (lock.inherited().isEmpty()) {
                lock.release();
            } else {
                lock.abandon();
            }
            throw e;
        }
    }

    /** Restores the tables; if that fails the lock is left to expire, so the next writer restores them. */
    private static void restoreOrAbandon(SparkDeltaEngine engine, WriterLock lock, Map<String, Long> before) {
        try {
            restore(engine, before);
        } catch (RuntimeException e) {
            lock.abandon();
            throw e;
        }
    }

    private static void restore(SparkDeltaEngine engine, Map<String, Long> before) {
        for (Map.Entry<String, Long> now : engine.folder().versions().entrySet()) {
            String table = now.getKey();
            Long version = before.get(table);
            if (version == null) {
                engine.execute("DROP TABLE IF EXISTS " + table);
                engine.folder().delete(engine.folder().child(table.replace('.', '/')));
            } else if (!version.equals(now.getValue())) {
                engine.execute("CREATE TABLE IF NOT EXISTS " + table + " USING DELTA LOCATION '" + engine.location(table) + "'");
                engine.execute("RESTORE TABLE " + table + " TO VERSION AS OF " + version);
            }
        }
    }
}
