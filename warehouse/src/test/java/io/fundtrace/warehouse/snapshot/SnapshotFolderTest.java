package io.fundtrace.warehouse.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.warehouse.DuckDbEngine;
import io.fundtrace.warehouse.Warehouse;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SnapshotFolderTest {
    @TempDir
    Path folder;

    private Path warehouseWith(int rows) throws Exception {
        Path file = folder.resolve("data/warehouse.duckdb");
        try (Warehouse warehouse = Warehouse.open(file); Statement statement = warehouse.connection().createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS audit.counter (n INTEGER)");
            statement.execute("DELETE FROM audit.counter");
            statement.execute("INSERT INTO audit.counter SELECT range FROM range(" + rows + ")");
        }
        return file;
    }

    private static long rows(Path snapshot) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = connection.createStatement()) {
            statement.execute("ATTACH '" + snapshot + "' AS s (READ_ONLY)");
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM s.audit.counter")) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void aPublishedSnapshotIsTheWholeCommittedWarehouseUnderTheNextNumber() throws Exception {
        Path file = warehouseWith(1000);
        SnapshotFolder snapshots = SnapshotFolder.of(file);
        Path first;
        try (Warehouse warehouse = Warehouse.open(file)) {
            // committed but not yet checkpointed: the copy must have it all the same
            try (Statement statement = warehouse.connection().createStatement()) {
                statement.execute("INSERT INTO audit.counter SELECT range FROM range(234)");
            }
            first = snapshots.publish(warehouse);
        }
        assertEquals("snapshot-000000001.duckdb", first.getFileName().toString());
        assertEquals(1234, rows(first));
        assertEquals(Files.getPosixFilePermissions(file), Files.getPosixFilePermissions(first));
        Path second;
        try (Warehouse warehouse = Warehouse.open(warehouseWith(7))) {
            second = snapshots.publish(warehouse);
        }
        assertEquals(2, SnapshotFolder.number(second));
        assertEquals(Optional.of(second), snapshots.newest());
        assertEquals(7, rows(second));
        // nobody held the first one: the publication removed it
        assertEquals(List.of(second), snapshots.snapshots());
    }

    @Test
    void aSnapshotAnotherProcessHoldsStaysUntilItLetsGo() throws Exception {
        Path file = warehouseWith(5);
        SnapshotFolder snapshots = SnapshotFolder.of(file);
        Path held;
        try (Warehouse warehouse = Warehouse.open(file)) {
            held = snapshots.publish(warehouse);
        }
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
                SnapshotHolder.class.getName(), held.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("held", said.readLine());
            Path next;
            try (Warehouse warehouse = Warehouse.open(warehouseWith(6))) {
                next = snapshots.publish(warehouse);
            }
            assertEquals(List.of(held, next), snapshots.snapshots(), "a reader in another process holds the first");
            assertEquals(5, rows(held));
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        snapshots.removeUnused(Set.of());
        assertEquals(1, snapshots.snapshots().size(), "let go, it is removed");
    }

    @Test
    void inUseHereAndTheNewestStayAndPartialCopiesAreNeverListed() throws Exception {
        Path file = warehouseWith(3);
        SnapshotFolder snapshots = SnapshotFolder.of(file);
        Path first;
        Path second;
        try (Warehouse warehouse = Warehouse.open(file)) {
            first = snapshots.publish(warehouse);
            Files.writeString(snapshots.folder().resolve(".partial-snapshot-000000002.duckdb"), "half a copy of a publisher that died");
            second = snapshots.publish(warehouse);
        }
        // the first went with the second publication; a third appears while this process still reads the second
        assertEquals(List.of(second), snapshots.snapshots());
        Path third = Files.copy(second, snapshots.folder().resolve("snapshot-000000003.duckdb"));
        snapshots.removeUnused(Set.of(second));
        assertEquals(List.of(second, third), snapshots.snapshots());
        snapshots.removeUnused(Set.of());
        assertEquals(List.of(third), snapshots.snapshots());
        assertFalse(Files.exists(snapshots.folder().resolve(".partial-snapshot-000000002.duckdb")), "a dead publisher's copy is cleared");
        assertEquals(2, SnapshotFolder.number(second), "and its number taken");
        assertTrue(first.getFileName().toString().compareTo(second.getFileName().toString()) < 0);
    }

    @Test
    void onlyAServedWarehouseIsPublishedAfterABuild() throws Exception {
        Path file = warehouseWith(2);
        try (DuckDbEngine engine = DuckDbEngine.open(file)) {
            assertEquals(Optional.empty(), SnapshotFolder.publishIfServed(engine));
            SnapshotFolder.of(file).create();
            assertEquals(Optional.of(1L), SnapshotFolder.publishIfServed(engine).map(SnapshotFolder::number));
        }
    }

    @Test
    void snapshotsAreAsReadableAsTheWarehouseAndNoMore() throws Exception {
        Path file = warehouseWith(2);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        SnapshotFolder snapshots = SnapshotFolder.of(file);
        Path snapshot;
        try (Warehouse warehouse = Warehouse.open(file)) {
            snapshot = snapshots.publish(warehouse);
        }
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(snapshots.folder())));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(snapshot)));
    }
}
