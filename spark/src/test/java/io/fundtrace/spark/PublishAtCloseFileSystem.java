package io.fundtrace.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FSDataOutputStreamBuilder;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;

/**
 * Local files written the way an object store writes them, for WarehouseFolderTest: nothing is there
 * until the stream closes, and a create that must not overwrite is a check when it starts and a write
 * at close that replaces whatever came in between - unless the caller asks for the conditional create
 * S3A offers on S3 (Hadoop's fs.option.create.conditional.overwrite, an If-None-Match PUT), which the
 * close itself refuses when the file exists, as S3 answers 412. Declared as a capability unless
 * fs.publishatclose.conditional is false. {@link #beforePublish}, when set, holds every close until as
 * many writers have reached it: every writer has passed its check before any publishes.
 */
public final class PublishAtCloseFileSystem extends RawLocalFileSystem {
    static final String SCHEME = "publishatclose";
    static volatile CyclicBarrier beforePublish;

    @Override
    public URI getUri() {
        return URI.create(SCHEME + ":///");
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public boolean hasPathCapability(Path path, String capability) throws IOException {
        if (capability.equals(WarehouseFolder.CONDITIONAL_CREATE)) {
            return getConf().getBoolean("fs." + SCHEME + ".conditional", true);
        }
        return super.hasPathCapability(path, capability);
    }

    @Override
    public FSDataOutputStream create(Path path, boolean overwrite, int bufferSize, short replication, long blockSize,
                                     Progressable progress) throws IOException {
        return publishing(path, overwrite, false);
    }

    @Override
    public FSDataOutputStream create(Path path, FsPermission permission, boolean overwrite, int bufferSize, short replication,
                                     long blockSize, Progressable progress) throws IOException {
        return publishing(path, overwrite, false);
    }

    @Override
    public FSDataOutputStreamBuilder createFile(Path path) {
        return new Builder(this, path);
    }

    private FSDataOutputStream publishing(Path path, boolean overwrite, boolean conditional) throws IOException {
        java.nio.file.Path file = pathToFile(path).toPath();
        if (!overwrite && Files.exists(file)) {
            throw new FileAlreadyExistsException(path + " exists");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
            @Override
            public void close() throws IOException {
                awaitOthers();
                if (!conditional) {
                    Files.write(file, toByteArray());
                    return;
                }
                try {
                    Files.write(file, toByteArray(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    throw new IOException("412 Precondition Failed: " + path + " exists", e);
                }
            }
        };
        return new FSDataOutputStream(bytes, null);
    }

    private static void awaitOthers() throws IOException {
        CyclicBarrier barrier = beforePublish;
        if (barrier == null) {
            return;
        }
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
            throw new IOException("the other writers did not reach their close", e);
        }
    }

    /** createFile(path): conditional when the option is a must, as S3A's builder is. */
    private static final class Builder extends FSDataOutputStreamBuilder<FSDataOutputStream, Builder> {
        Builder(FileSystem fileSystem, Path path) {
            super(fileSystem, path);
        }

        @Override
        public Builder getThisBuilder() {
            return this;
        }

        @Override
        public FSDataOutputStream build() throws IOException {
            boolean conditional = getMandatoryKeys().contains(WarehouseFolder.CONDITIONAL_CREATE)
                    && getOptions().getBoolean(WarehouseFolder.CONDITIONAL_CREATE, false);
            boolean overwrite = getFlags().contains(org.apache.hadoop.fs.CreateFlag.OVERWRITE);
            return ((PublishAtCloseFileSystem) getFS()).publishing(getPath(), overwrite, conditional);
        }
    }
}
