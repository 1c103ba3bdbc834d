package io.fundtrace.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** One local SparkSession for the whole module's tests: starting one costs seconds. */
final class SharedSpark {
    private static SparkSession session;

    private SharedSpark() {
    }

    static synchronized SparkDeltaEngine engine(Path warehouse) {
        return SparkDeltaEngine.over(session(), warehouse);
    }

    static synchronized SparkSession session() {
        if (session == null) {
            try {
                session = SparkSessions.create("local[2]", Files.createTempDirectory("fundtrace-spark-catalog"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return session;
    }
}
