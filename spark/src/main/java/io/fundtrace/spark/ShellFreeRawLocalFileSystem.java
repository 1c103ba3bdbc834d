package io.fundtrace.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.io.nativeio.NativeIO;

/**
 * Hadoop's local file system, with Java's file attributes where Hadoop would start a process. Without
 * Hadoop's native library (which no Maven artifact ships) RawLocalFileSystem runs `chmod` for every
 * folder and file it makes with a permission, and `readlink` for every rename through FileContext -
 * Delta's commit of each table version: about 3,000 processes of 1.7 ms each in one scale-0.02
 * pipeline (`bench engines`). Used for `file:` warehouses where the master is on this machine
 * (SparkSessions); a symbolic link, which fundtrace never makes, is still Hadoop's own business.
 */
public final class ShellFreeRawLocalFileSystem extends RawLocalFileSystem {
    private static final PosixFilePermission[] BITS = {
        PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
        PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
        PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ,
    };

    @Override
    public void setPermission(Path path, FsPermission permission) throws IOException {
        java.nio.file.Path file = pathToFile(path).toPath();
        if (NativeIO.isAvailable() || Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
            super.setPermission(path, permission);
            return;
        }
        Files.setPosixFilePermissions(file, permissions(permission));
    }

    /** Hadoop's readlink is given the path with its scheme (file:/...), so it never finds a link there either. */
    @Override
    public FileStatus getFileLinkStatus(Path path) throws IOException {
        if (Files.isSymbolicLink(pathToFile(path).toPath())) {
            return super.getFileLinkStatus(path);
        }
        return getFileStatus(path);
    }

    /** The nine rwx bits of a permission (a sticky bit has no Java form; Hadoop sets none on these files). */
    static Set<PosixFilePermission> permissions(FsPermission permission) {
        int mode = permission.toShort();
        Set<PosixFilePermission> out = EnumSet.noneOf(PosixFilePermission.class);
        for (int bit = 0; bit < BITS.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                out.add(BITS[bit]);
            }
        }
        return out;
    }
}
