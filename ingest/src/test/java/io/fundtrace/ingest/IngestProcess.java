package io.fundtrace.ingest;

import io.fundtrace.warehouse.Warehouse;
import java.nio.file.Path;

/** A separate JVM that runs one ingest, so a test can kill it in the middle. */
public final class IngestProcess {
    private IngestProcess() {
    }

    public static void main(String[] args) {
        try (Warehouse warehouse = Warehouse.open(Path.of(args[0]))) {
            new Ingest().ingest(warehouse, Path.of(args[1]), TestDrops.TODAY);
        }
    }
}
