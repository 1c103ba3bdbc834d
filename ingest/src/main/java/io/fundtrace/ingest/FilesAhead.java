package io.fundtrace.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;

/**
 * Reads a drop's files on a second thread, in the order the load takes them: each file's SHA-256 and its
 * decoding (SourceDecoder's one pass over the text) run while the engine appends the file before it to raw,
 * so the two cores of a small server both work. Only reading: the warehouse is touched by the load alone.
 */
final class FilesAhead implements AutoCloseable {
    /** A file as read: its SHA-256 and, if it was wanted, the decoded file or why it was refused. */
    record Read(String sha256, DecodedFile decoded, FileRefusedException refused) {
    }

    private final ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fundtrace-files-ahead");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Path, Future<Read>> reads = new HashMap<>();

    /** wanted: given a file's name and SHA-256, whether to decode it (not a file loaded before, not one refused already). */
    FilesAhead(List<Path> files, SourceDecoder decoder, BiPredicate<String, String> wanted) {
        for (Path file : files) {
            reads.put(file, reader.submit(() -> read(file, decoder, wanted)));
        }
    }

    private static Read read(Path file, SourceDecoder decoder, BiPredicate<String, String> wanted) throws IOException {
        String name = file.getFileName().toString();
        long start = System.nanoTime();
        String sha256 = SourceDecoder.sha256(file);
        Sql.report(start, "sha256 of " + name);
        if (!wanted.test(name, sha256)) {
            return new Read(sha256, null, null);
        }
        try {
            long decodeStart = System.nanoTime();
            DecodedFile decoded = decoder.decode(file, sha256);
            Sql.report(decodeStart, "decode " + name);
            return new Read(sha256, decoded, null);
        } catch (FileRefusedException refused) {
            return new Read(sha256, null, refused);
        }
    }

    /** The file's read, waiting for it if the reader has not got there yet. */
    Read get(Path file) throws IOException {
        Future<Read> read = reads.get(file);
        if (read == null) {
            throw new IllegalArgumentException(file + " was not given to read ahead");
        }
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + file, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("reading " + file + " failed", cause);
        }
    }

    /** Stops reading and waits for the reader, so that the load's temp folder can go. */
    @Override
    public void close() {
        reader.shutdownNow();
        try {
            reader.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
