package io.fundtrace.cli.monitor;

import io.fundtrace.cli.engine.WarehousePathOption;
import io.fundtrace.marts.BuildResult;
import io.fundtrace.marts.DataTestResult;
import io.fundtrace.marts.MartBuild;
import io.fundtrace.marts.MartRunner;
import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.snapshot.SnapshotFolder;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `fundtrace build`: every mart as of a date, with row counts and times, then the data tests. */
@Command(name = "build", mixinStandardHelpOptions = true, description = {"Build all marts as of a date (default: the latest date in the data).",
        "When fundtrace serve serves the warehouse, a complete build is published to its clients (a snapshot)."})
public final class BuildCommand implements Callable<Integer> {
    @Option(names = "--as-of", paramLabel = "DATE", description = "Build as of this date (yyyy-mm-dd).")
    LocalDate asOf;

    @Mixin
    WarehousePathOption warehouse;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Engine engine = warehouse.openEngine()) {
            BuildResult result = new MartRunner(engine).build(asOf);
            out.printf("marts as of %s in schema %s%n", result.asOf(), result.schema());
            long total = 0;
            for (MartBuild mart : result.marts()) {
                out.printf("  %-30s %9d rows %7d ms%n", mart.mart(), mart.rows(), mart.millis());
                total += mart.millis();
            }
            out.printf("  %-30s %14s %7d ms%n", "total", "", total);
            out.println("data tests");
            for (DataTestResult test : result.tests()) {
                out.printf("  %-30s %s%n", test.test(), test.passed() ? "pass" : "FAIL (" + test.failingRows() + " rows)");
                test.sample().forEach(row -> out.println("      " + row));
            }
            if (!result.testsPassed()) {
                return 1;
            }
            // a complete build: what fundtrace serve's clients see next (only when the warehouse is served)
            SnapshotFolder.publishIfServed(engine).ifPresent(snapshot -> out.println("published for fundtrace serve: " + snapshot));
            return 0;
        }
    }
}
