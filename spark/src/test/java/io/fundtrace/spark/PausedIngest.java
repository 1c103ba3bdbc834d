package io.fundtrace.spark;

import io.fundtrace.ingest.Ingest;
import io.fundtrace.ingest.IngestListener;
import io.fundtrace.ingest.IngestReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A Spark ingest in a process of its own, for the writer-lock tests: it stops inside its unit of work,
 * with every file of the drop committed to the raw layer, prints "paused", and goes on only once the
 * file GO exists - so a test can read, write or kill -9 while it holds the lock. Arguments: WAREHOUSE
 * DROP TODAY GO.
 */
public final class PausedIngest {
    private PausedIngest() {
    }

    public static void main(String[] arguments) throws Exception {
        Path go = Path.of(arguments[3]);
        SparkDeltaEngine engine = SparkDeltaEngine.open("local[1]", Path.of(arguments[0]));
        IngestReport report = new Ingest(new IngestListener() {
            @Override
            public void filesReadInsideTransaction() {
                System.out.println("paused");
                System.out.flush();
                while (!Files.exists(go)) {
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }).ingest(engine, Path.of(arguments[1]), LocalDate.parse(arguments[2]));
        System.out.println("done batch " + report.batchId() + " loaded " + report.rowsLoaded());
        engine.close();
        engine.stop();
        System.exit(0);
    }
}
