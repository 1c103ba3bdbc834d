package io.fundtrace.spark;

import io.fundtrace.ingest.Ingest;
import io.fundtrace.marts.BuildResult;
import io.fundtrace.marts.DispatchResult;
import io.fundtrace.marts.MartRunner;
import io.fundtrace.marts.WarningDispatch;
import io.fundtrace.synthetic.GeneratorOptions;
import io.fundtrace.synthetic.SyntheticDrop;
import io.fundtrace.warehouse.DuckDbEngine;
import io.fundtrace.warehouse.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.stream.Stream;

/**
 * One generated drop ingested into a DuckDB warehouse and, through the Spark ingest, into a Spark +
 * Delta warehouse (one Spark ingest per test JVM; it costs minutes on two cores). Tests read it as it is,
 * or as {@link #built} leaves it (one monthly cycle and a mart build on each engine, once per JVM, for the
 * tests that need marts); a test that changes data takes its own copy of the Delta folder
 * ({@link #sparkCopy}), so no test depends on another's order.
 */
final class GeneratedWarehouses {
    private static GeneratedWarehouses shared;

    final Path folder;
    final Path drop;
    final SyntheticDrop.Summary summary;
    final DuckDbEngine duckdb;

    private GeneratedWarehouses(Path folder, double scale) {
        this.folder = folder;
        drop = folder.resolve("drop");
        summary = new SyntheticDrop(new GeneratorOptions(7, scale, 2018, 2020, "utf-8", "en", 0.02)).writeTo(drop);
        duckdb = DuckDbEngine.open(folder.resolve("warehouse.duckdb"));
        new Ingest().ingest(duckdb, drop, summary.lastEventDate());
        new Ingest().ingest(spark(), drop, summary.lastEventDate());
    }

    /** What {@link #built} did on each engine. */
    record Built(DispatchResult duckdbDispatch, DispatchResult sparkDispatch, BuildResult duckdbBuild, BuildResult sparkBuild) {
    }

    private Built built;

    static synchronized GeneratedWarehouses shared() {
        if (shared == null) {
            try {
                Path folder = Files.createTempDirectory("fundtrace-engines-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> FileTrees.deleteQuietly(folder)));
                shared = new GeneratedWarehouses(folder, 0.02);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /**
     * The warehouses after one monthly cycle's dispatch ({@link #dispatchedMonth}), so the lifecycle marts
     * read a dispatch record and some dispatched warnings no longer hit at the last date, then a build of
     * the marts as of the drop's last date - on each engine, the first time it is asked for.
     */
    synchronized Built built() {
        if (built == null) {
            SparkDeltaEngine spark = spark();
            DispatchResult duckdbDispatch = new WarningDispatch(duckdb).dispatch(dispatchedMonth());
            DispatchResult sparkDispatch = new WarningDispatch(spark).dispatch(dispatchedMonth());
            built = new Built(duckdbDispatch, sparkDispatch, new MartRunner(duckdb).build(null), new MartRunner(spark).build(null));
        }
        return built;
    }

    /** The month of {@link #built}'s cycle: three months before the drop's last date. */
    YearMonth dispatchedMonth() {
        return YearMonth.from(summary.lastEventDate()).minusMonths(3);
    }

    /**
     * A copy of the Spark warehouse in a folder of the caller's, to change as it likes: Delta tables keep
     * their files' paths relative to the table, so a copied folder is a whole warehouse with its history.
     */
    SparkDeltaEngine sparkCopy(Path target) {
        Path source = folder.resolve("delta");
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path path : walk.toList()) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SharedSpark.engine(target);
    }

    /** The Spark warehouse, registered again in the shared session (other test classes move it to their folders). */
    SparkDeltaEngine spark() {
        return SharedSpark.engine(folder.resolve("delta"));
    }
}
