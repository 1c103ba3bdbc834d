package io.fundtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.CreateFlag;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local file system without shell commands does what Hadoop's does where fundtrace relies on it:
 * permissions as asked, and a rename that refuses to replace an existing file (how Delta's HDFSLogStore
 * keeps two commits of one version apart) - and a local engine's session uses it for both of Hadoop's
 * file APIs.
 */
class ShellFreeRawLocalFileSystemTest {
    @TempDir
    java.nio.file.Path folder;

    @Test
    void permissionsAreSetAsAskedOnFilesAndNewFolders() throws IOException {
        ShellFreeRawLocalFileSystem fileSystem = new ShellFreeRawLocalFileSystem();
        fileSystem.initialize(URI.create("file:///"), new Configuration());
        java.nio.file.Path file = Files.writeString(folder.resolve("a.json"), "{}");
        fileSystem.setPermission(new Path(file.toUri()), new FsPermission((short) 0640));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

        Path made = new Path(folder.resolve("made").resolve("deeper").toUri());
        assertTrue(fileSystem.mkdirs(made, new FsPermission((short) 0750)));
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("made").resolve("deeper"))));

        for (int mode : List.of(0, 0777, 0644, 0755, 0700, 0421)) {
            String symbolic = PosixFilePermissions.toString(ShellFreeRawLocalFileSystem.permissions(new FsPermission((short) mode)));
            assertEquals(String.format("%03o", mode), String.format("%03o", FsPermission.valueOf("-" + symbolic).toShort()));
        }
    }

    @Test
    void aFileContextRenameMovesAFileAndRefusesToReplaceOne() throws IOException {
        Configuration configuration = new Configuration();
        configuration.set("fs.AbstractFileSystem.file.impl", ShellFreeLocalFs.class.getName());
        FileContext context = FileContext.getFileContext(URI.create("file:///"), configuration);
        Path log = new Path(folder.resolve("_delta_log").toUri());
        Path temporary = new Path(log, ".00000000000000000001.json.tmp");
        Path commit = new Path(log, "00000000000000000001.json");
        write(context, temporary, "first");
        context.rename(temporary, commit, Options.Rename.NONE);
        assertEquals("first", Files.readString(folder.resolve("_delta_log").resolve("00000000000000000001.json")));
        assertFalse(Files.exists(folder.resolve("_delta_log").resolve(".00000000000000000001.json.tmp")));

        FileStatus status = context.getFileLinkStatus(commit);
        assertTrue(status.isFile());
        assertFalse(status.isSymlink());
        assertEquals(5, status.getLen());

        write(context, temporary, "second");
        assertThrows(FileAlreadyExistsException.class, () -> context.rename(temporary, commit, Options.Rename.NONE),
                "another writer's commit of the same version is refused");
        assertEquals("first", Files.readString(folder.resolve("_delta_log").resolve("00000000000000000001.json")));
    }

    @Test
    void aLocalEnginesSessionUsesItForBothFileApis() throws IOException {
        try (SparkDeltaEngine engine = SharedSpark.engine(folder.resolve("delta"))) {
            Configuration configuration = engine.session().sparkContext().hadoopConfiguration();
            assertInstanceOf(ShellFreeLocalFileSystem.class, FileSystem.newInstance(URI.create("file:///"), configuration));
            assertEquals(ShellFreeLocalFs.class.getName(), configuration.get("fs.AbstractFileSystem.file.impl"));
            assertTrue(Files.exists(folder.resolve("delta").resolve("clean").resolve("payments").resolve("_delta_log")),
                    "the warehouse's tables were made through it");
        }
    }

    private static void write(FileContext context, Path path, String text) throws IOException {
        try (FSDataOutputStream out = context.create(path, EnumSet.of(CreateFlag.CREATE, CreateFlag.OVERWRITE),
                Options.CreateOpts.createParent())) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
