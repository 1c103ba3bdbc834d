package io.fundtrace.spark;

import org.apache.hadoop.fs.LocalFileSystem;

/** FileSystem's local file system (fs.file.impl): Hadoop's checksummed LocalFileSystem over ShellFreeRawLocalFileSystem. */
public final class ShellFreeLocalFileSystem extends LocalFileSystem {
    public ShellFreeLocalFileSystem() {
        super(new ShellFreeRawLocalFileSystem());
    }
}
