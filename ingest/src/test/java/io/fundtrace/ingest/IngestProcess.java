package io.fundtrace.ingest;

import io.fundtrace.warehouse.Warehouse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A separate JVM that runs one ingest and, when its files are read, writes the marker file and waits
 * inside the open transaction, so a test can kill it there.
 */
public final class IngestProcess {
    private IngestProcess() {
    }

    public static void main(String[] args) {
        Path marker = Path.of(args[2]);
        IngestListener pauseInside = new IngestListener() {
            @Override
            public void filesReadInsideTransaction() {
                try {
                    Files.writeString(marker, "inside the transaction\n");
                    Thread.sleep(Long.MAX_VALUE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        try (Warehouse warehouse = Warehouse.open(Path.of(args[0]))) {
            new Ingest(pauseInside).ingest(warehouse, Path.of(args[1]), TestDrops.TODAY);
        }
    }
}
