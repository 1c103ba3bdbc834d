package io.fundtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock's create-if-absent on a store that writes at close (PublishAtCloseFileSystem, as S3 does):
 * two writers that both passed the check before either wrote get one winner when the store offers the
 * conditional create, and - what the conditional create is for - both "win" when it does not.
 */
class WarehouseFolderTest {
    private static final int WRITERS = 2;

    @TempDir
    Path folder;

    @AfterEach
    void noBarrier() {
        PublishAtCloseFileSystem.beforePublish = null;
    }

    @Test
    void twoWritersRacingForOneLockFileGetOneWinnerWithTheConditionalCreate() throws Exception {
        WarehouseFolder warehouse = warehouse(true);
        assertTrue(warehouse.conditionalCreate(warehouse.child("_fundtrace_lock/1.lock")));
        List<Boolean> won = race(warehouse, "_fundtrace_lock/1.lock");
        assertEquals(1, won.stream().filter(Boolean::booleanValue).count(), "one winner: " + won);
        String winner = "writer " + won.indexOf(true);
        assertEquals(winner, Files.readString(folder.resolve("_fundtrace_lock/1.lock"), StandardCharsets.UTF_8), "the winner's file");
        assertFalse(warehouse.createExclusive(warehouse.child("_fundtrace_lock/1.lock"), "later"), "a later writer finds it there");
    }

    @Test
    void withoutTheConditionalCreateBothWritersTakeTheSameLockFile() throws Exception {
        WarehouseFolder warehouse = warehouse(false);
        assertFalse(warehouse.conditionalCreate(warehouse.child("_fundtrace_lock/1.lock")));
        assertEquals(List.of(true, true), race(warehouse, "_fundtrace_lock/1.lock"), "check, then write: the hazard");
    }

    private WarehouseFolder warehouse(boolean conditional) throws Exception {
        Files.createDirectories(folder.resolve("_fundtrace_lock"));
        Configuration hadoop = new Configuration(false);
        hadoop.set("fs." + PublishAtCloseFileSystem.SCHEME + ".impl", PublishAtCloseFileSystem.class.getName());
        hadoop.setBoolean("fs." + PublishAtCloseFileSystem.SCHEME + ".impl.disable.cache", true);
        hadoop.setBoolean("fs." + PublishAtCloseFileSystem.SCHEME + ".conditional", conditional);
        return WarehouseFolder.of(PublishAtCloseFileSystem.SCHEME + "://" + folder.toAbsolutePath(), hadoop);
    }

    /** Each writer's createExclusive of the same file, all past their check before any closes. */
    private static List<Boolean> race(WarehouseFolder warehouse, String file) throws Exception {
        PublishAtCloseFileSystem.beforePublish = new CyclicBarrier(WRITERS);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                String text = "writer " + writer;
                attempts.add(writers.submit(() -> warehouse.createExclusive(warehouse.child(file), text)));
            }
            List<Boolean> won = new ArrayList<>();
            for (Future<Boolean> attempt : attempts) {
                won.add(attempt.get());
            }
            return won;
        } finally {
            writers.shutdownNow();
        }
    }
}
