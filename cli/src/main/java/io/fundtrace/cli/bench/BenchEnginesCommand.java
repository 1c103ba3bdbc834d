package io.fundtrace.cli.bench;

import io.fundtrace.ingest.Ingest;
import io.fundtrace.ingest.IngestReport;
import io.fundtrace.marts.BuildResult;
import io.fundtrace.marts.MartBuild;
import io.fundtrace.marts.MartRunner;
import io.fundtrace.synthetic.GeneratorOptions;
import io.fundtrace.synthetic.SyntheticDrop;
import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.EngineSettings;
import io.fundtrace.warehouse.Engines;
import io.fundtrace.warehouse.FileTrees;
import io.fundtrace.warehouse.WarehouseException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `fundtrace bench engines --scale S`: one generated drop through ingest + build on DuckDB (a fresh file)
 * and on Spark + Delta (a fresh folder) in one run, with each stage's time and the Spark/DuckDB ratio.
 */
@Command(name = "engines", mixinStandardHelpOptions = true,
        description = {"Generate one drop of --scale (seed 7), then ingest it and build every mart on DuckDB (a fresh file)",
                "and on Spark + Delta (a fresh folder), and print per engine the seconds to open, ingest and build,",
                "the rows, the peak Java heap and resident set, and the Spark/DuckDB ratio. Everything goes into a temporary folder."})
public final class BenchEnginesCommand implements Callable<Integer> {
    private static final List<String> ENGINES = List.of("duckdb", "spark");

    @Option(names = "--scale", description = "Generator scale; 1 = about a million payments (default: ${DEFAULT-VALUE}).")
    double scale = 0.05;

    @Option(names = "--seed", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed = 7;

    @Option(names = "--profile", description = "xinjiang or national (default: ${DEFAULT-VALUE}).")
    String profile = GeneratorOptions.XINJIANG;

    @Option(names = "--rounds", description = "Pipelines per engine, one after the other in this process, each into a new"
            + " warehouse; round 1 pays the JIT compiling each engine's code, the later ones show a long-running process (default: ${DEFAULT-VALUE}).")
    int rounds = 1;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[*]).")
    String master = EngineSettings.DEFAULT_MASTER;

    @Spec
    CommandSpec spec;

    /** One engine's run; failure is the one-line error when the engine could not finish. */
    private record Run(String engine, double openSeconds, double ingestSeconds, double buildSeconds, long rowsRead,
            long martRows, long peakHeapMiB, long peakRssMiB, long residentMiB, String failure) {
        double totalSeconds() {
            return ingestSeconds + buildSeconds;
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("fundtrace-bench-engines-");
        try {
            long started = System.nanoTime();
            SyntheticDrop.Summary drop = new SyntheticDrop(new GeneratorOptions(seed, scale, 2018, 2020, "utf-8", "en", 0, profile))
                    .writeTo(folder.resolve("drop"));
            long dropRows = drop.files().stream().filter(file -> !file.entity().isEmpty()).mapToLong(SyntheticDrop.WrittenFile::rows).sum();
            out.printf("generate: scale %s, profile %s, seed %d: %d rows in %.1f s%n", scale, profile, seed, dropRows,
                    secondsSince(started));
            out.println(ProcessMeter.java());
            out.flush();
            List<Run> runs = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                for (String engine : ENGINES) {
                    Path location = folder.resolve(engine.equals("spark") ? "delta-" + round : "warehouse-" + round + ".duckdb");
                    runs.add(run(new EngineSettings(engine, location, master), drop));
                    print(out, runs, round);
                }
            }
            return runs.stream().allMatch(run -> run.failure() == null) ? 0 : 1;
        } finally {
            FileTrees.deleteQuietly(folder);
        }
    }

    private static Run run(EngineSettings settings, SyntheticDrop.Summary drop) {
        long resident = ProcessMeter.resetPeaks();
        long started = System.nanoTime();
        double open = 0;
        double ingest = 0;
        long rows = 0;
        try (Engine engine = Engines.open(settings)) {
            open = secondsSince(started);
            started = System.nanoTime();
            IngestReport report = new Ingest().ingest(engine, drop.folder(), drop.lastEventDate());
            ingest = secondsSince(started);
            rows = report.rowsRead();
            started = System.nanoTime();
            BuildResult build = new MartRunner(engine).build(drop.lastEventDate());
            double seconds = secondsSince(started);
            long martRows = build.marts().stream().mapToLong(MartBuild::rows).sum();
            return new Run(settings.engine(), open, ingest, seconds, rows, martRows, ProcessMeter.peakHeapMiB(), ProcessMeter.peakRssMiB(),
                    resident, null);
        } catch (RuntimeException e) {
            // One engine failing (Spark on a small machine, say) still leaves the other's figures printed.
            String message = e instanceof WarehouseException ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
            return new Run(settings.engine(), open, ingest, 0, rows, 0, ProcessMeter.peakHeapMiB(), ProcessMeter.peakRssMiB(), resident,
                    String.valueOf(message).lines().findFirst().orElse(""));
        }
    }

    private static void print(PrintWriter out, List<Run> runs, int round) {
        Run last = runs.get(runs.size() - 1);
        if (round > 1 && last.engine().equals(ENGINES.get(0))) {
            out.printf("round %d in the same process (each engine's code compiled by the JIT in round 1), a new warehouse:%n", round);
        }
        if (last.failure() != null) {
            out.printf("%s: failed: %s%n", last.engine(), last.failure());
        } else {
            out.printf("%-7s open %7.1f s  ingest %8.1f s  build %8.1f s  total %8.1f s  rows read %,d  mart rows %,d"
                            + "  peak heap %,d MiB  peak RSS %s  load %s%n",
                    last.engine(), last.openSeconds(), last.ingestSeconds(), last.buildSeconds(), last.totalSeconds(),
                    last.rowsRead(), last.martRows(), last.peakHeapMiB(), ProcessMeter.peakRss(last.peakRssMiB(), last.residentMiB()),
                    ProcessMeter.loadAverage());
        }
        // after each round's Spark run: the round's two runs compared
        if (runs.size() % 2 == 0 && runs.subList(runs.size() - 2, runs.size()).stream().allMatch(run -> run.failure() == null)) {
            Run duckdb = runs.get(runs.size() - 2);
            Run spark = runs.get(runs.size() - 1);
            out.printf("spark/duckdb: ingest %.1fx  build %.1fx  total %.1fx (open not counted)%n",
                    spark.ingestSeconds() / duckdb.ingestSeconds(), spark.buildSeconds() / duckdb.buildSeconds(),
                    spark.totalSeconds() / duckdb.totalSeconds());
        }
        out.flush();
    }

    private static double secondsSince(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
