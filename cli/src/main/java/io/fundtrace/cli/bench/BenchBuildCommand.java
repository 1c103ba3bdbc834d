package io.fundtrace.cli.bench;

import io.fundtrace.ingest.Ingest;
import io.fundtrace.ingest.IngestReport;
import io.fundtrace.marts.BuildResult;
import io.fundtrace.marts.DataTestResult;
import io.fundtrace.marts.MartBuild;
import io.fundtrace.marts.MartRunner;
import io.fundtrace.synthetic.GeneratorOptions;
import io.fundtrace.synthetic.SyntheticDrop;
import io.fundtrace.warehouse.FileTrees;
import io.fundtrace.warehouse.Warehouse;
import io.fundtrace.warehouse.WarehouseException;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `fundtrace bench build --scale S`: a generated warehouse of that scale (and, in the same run, of the
 * baseline scale), then every mart and data test built on it, with the time of each mart, the CPU time,
 * the peak resident memory and the ratio of the two scales' builds.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Generate a drop of --scale (and first one of --baseline-scale), ingest it, build every mart and data"
                + " test, and print the time of every mart, the total, the CPU time, the peak resident memory, the load"
                + " average and the ratio of the two scales' builds.")
public final class BenchBuildCommand implements Callable<Integer> {
    @Option(names = "--scale", description = "Generator scale; 1 = about a million payments (default: ${DEFAULT-VALUE}).")
    double scale = 1;

    @Option(names = "--baseline-scale", paramLabel = "SCALE",
            description = "Also build this scale first, in the same run, and print the ratio of the builds; 0 for none (default: ${DEFAULT-VALUE}).")
    double baselineScale = 1;

    @Option(names = "--seed", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed = 7;

    @Option(names = "--repeat", paramLabel = "N", description = "Builds per scale; the fastest is the one reported (default: ${DEFAULT-VALUE}).")
    int repeat = 1;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "Keep each scale's drop and ingested warehouse in DIR/scale-S and, when one is there already, reuse"
                    + " it as it is (no generate, no ingest): for repeated runs on the same data. Delete DIR after changing"
                    + " the generator or the ingest.")
    Path keep;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** One build's figures: wall, marts, CPU time, peak resident set and the resident set it started from. */
    private record Timing(BuildResult result, long totalMillis, long cpuMillis, long peakRssMiB, long residentMiB) {
        long martMillis() {
            return result.marts().stream().mapToLong(MartBuild::millis).sum();
        }
    }

    @Override
    public Integer call() throws IOException {
        if (repeat < 1) {
            throw new WarehouseException("--repeat must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Double> scales = baselineScale > 0 && baselineScale != scale ? List.of(baselineScale, scale) : List.of(scale);
        List<Timing> fastest = new ArrayList<>();
        for (double each : scales) {
            fastest.add(benchScale(each, out));
        }
        summarise(out, scales, fastest);
        return fastest.stream().allMatch(timing -> timing.result().testsPassed()) ? 0 : 1;
    }

    private Timing benchScale(double scaleToBuild, PrintWriter out) throws IOException {
        Path folder = keep != null ? keep.resolve("scale-" + name(scaleToBuild)) : Files.createTempDirectory("fundtrace-bench-build-");
        try {
            Path warehouseFile = folder.resolve("warehouse.duckdb");
            if (keep != null && Files.exists(warehouseFile)) {
                checkKeptDrop(folder.resolve("drop"), scaleToBuild);
                out.printf("scale %s: reusing the warehouse in %s (no generate, no ingest)%n", name(scaleToBuild), folder);
            } else {
                generateAndIngest(scaleToBuild, folder, warehouseFile, out);
            }
            Timing best = null;
            for (int run = 1; run <= repeat; run++) {
                Timing timing = build(warehouseFile);
                out.printf("scale %s: build %d of %d as of %s: marts %.1f s + data tests and audit %.1f s = %.1f s, CPU %.1f s,"
                                + " peak RSS %s, load %s%n", name(scaleToBuild), run, repeat, timing.result().asOf(),
                        timing.martMillis() / 1e3, (timing.totalMillis() - timing.martMillis()) / 1e3, timing.totalMillis() / 1e3,
                        timing.cpuMillis() / 1e3, ProcessMeter.peakRss(timing.peakRssMiB(), timing.residentMiB()), ProcessMeter.loadAverage());
                out.flush();
                if (best == null || timing.totalMillis() < best.totalMillis()) {
                    best = timing;
                }
            }
            printMarts(out, scaleToBuild, best);
            return best;
        } finally {
            if (keep == null) {
                FileTrees.deleteQuietly(folder);
            }
        }
    }

    private void generateAndIngest(double scaleToBuild, Path folder, Path warehouseFile, PrintWriter out) {
        FileTrees.deleteQuietly(folder);
        long generatorResident = ProcessMeter.resetPeaks();
        long started = System.nanoTime();
        SyntheticDrop.Summary drop = new SyntheticDrop(new GeneratorOptions(seed, scaleToBuild, 2018, 2020, "utf-8", "en", 0))
                .writeTo(folder.resolve("drop"));
        long dropRows = drop.files().stream().filter(file -> !file.entity().isEmpty()).mapToLong(SyntheticDrop.WrittenFile::rows).sum();
        out.printf("scale %s, seed %d: generated %,d rows in %.1f s, peak RSS %s, load %s%n", name(scaleToBuild), seed, dropRows,
                secondsSince(started), ProcessMeter.peakRss(generatorResident), ProcessMeter.loadAverage());
        out.flush();
        long resident = ProcessMeter.resetPeaks();
        try (Warehouse warehouse = Warehouse.open(warehouseFile)) {
            started = System.nanoTime();
            IngestReport report = new Ingest().ingest(warehouse, drop.folder(), drop.lastEventDate());
            out.printf("scale %s: ingested %,d rows in %.1f s, peak RSS %s, load %s%n", name(scaleToBuild), report.rowsRead(),
                    secondsSince(started), ProcessMeter.peakRss(resident), ProcessMeter.loadAverage());
        }
        out.flush();
    }

    /** A kept warehouse is reused only for the drop it was made from: same seed, same scale. */
    private void checkKeptDrop(Path drop, double scaleToBuild) throws IOException {
        Path info = SyntheticDrop.keyFile(drop, "drop_info.csv");
        if (!Files.exists(info)) {
            throw new WarehouseException(drop.getParent() + " holds a warehouse but no drop (" + info + "): delete it or use another --keep");
        }
        Map<String, String> values = Files.readAllLines(info, StandardCharsets.UTF_8).stream().skip(1)
                .map(line -> line.split(",", 2)).filter(cells -> cells.length == 2)
                .collect(Collectors.toMap(cells -> cells[0], cells -> cells[1], (first, second) -> second));
        if (!String.valueOf(seed).equals(values.get("seed")) || Double.parseDouble(values.getOrDefault("scale", "-1")) != scaleToBuild) {
            throw new WarehouseException(drop.getParent() + " was made with seed " + values.get("seed") + " and scale " + values.get("scale")
                    + ", not seed " + seed + " and scale " + name(scaleToBuild) + ": delete it or use another --keep");
        }
    }

    private static Timing build(Path warehouseFile) {
        try (Warehouse warehouse = Warehouse.open(warehouseFile)) {
            MartRunner runner = new MartRunner(warehouse);
            long resident = ProcessMeter.resetPeaks();
            long cpu = ProcessMeter.cpuMillis();
            long started = System.nanoTime();
            // the latest event date of the data: the drop's last date, as the ingest's --today
            BuildResult result = runner.build(null);
            long total = (System.nanoTime() - started) / 1_000_000;
            return new Timing(result, total, ProcessMeter.cpuMillis() - cpu, ProcessMeter.peakRssMiB(), resident);
        }
    }

    private static void printMarts(PrintWriter out, double scaleToBuild, Timing timing) {
        out.printf("scale %s: the fastest build, mart by mart:%n", name(scaleToBuild));
        for (MartBuild mart : timing.result().marts()) {
            out.printf("  %-32s %12s rows %8d ms%n", mart.mart(), String.format("%,d", mart.rows()), mart.millis());
        }
        out.printf("  %-32s %17s %8d ms%n", "marts", "", timing.martMillis());
        out.printf("  %-32s %17s %8d ms%n", "data tests and audit", "", timing.totalMillis() - timing.martMillis());
        out.printf("  %-32s %17s %8d ms%n", "total", "", timing.totalMillis());
        for (DataTestResult test : timing.result().tests()) {
            out.printf("  test %-36s %s%n", test.test(), test.passed() ? "pass" : "FAIL (" + test.failingRows() + " rows)");
        }
        out.flush();
    }

    private static void summarise(PrintWriter out, List<Double> scales, List<Timing> fastest) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < scales.size(); i++) {
            Timing timing = fastest.get(i);
            parts.add(String.format("scale %s %.1f s (CPU %.1f s, peak RSS %s)", name(scales.get(i)), timing.totalMillis() / 1e3,
                    timing.cpuMillis() / 1e3, ProcessMeter.mebibytes(timing.peakRssMiB())));
        }
        String line = "build with data tests: " + String.join("; ", parts);
        if (fastest.size() == 2) {
            Timing base = fastest.get(0);
            Timing large = fastest.get(1);
            line += String.format("; scale %s / scale %s: %.1fx (CPU %.1fx)", name(scales.get(1)), name(scales.get(0)),
                    (double) large.totalMillis() / base.totalMillis(), (double) large.cpuMillis() / Math.max(1, base.cpuMillis()));
        }
        out.println(line);
        out.flush();
    }

    /** 10 rather than 10.0: how a scale is printed and names its folder. */
    private static String name(double scaleToName) {
        return BigDecimal.valueOf(scaleToName).stripTrailingZeros().toPlainString();
    }

    private static double secondsSince(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
