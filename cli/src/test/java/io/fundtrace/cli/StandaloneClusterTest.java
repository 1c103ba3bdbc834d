package io.fundtrace.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.synthetic.GeneratorOptions;
import io.fundtrace.synthetic.SyntheticDrop;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * fundtrace on a real Spark cluster: a standalone master and one worker started from the project's own
 * jars on 127.0.0.1, and ingest, build, warnings and report run through --master spark://127.0.0.1:PORT
 * in a process of their own (executors in the worker's JVMs, so every function Spark ships to them must
 * reach them), with the same warnings and the same report bytes as on DuckDB from the same drop. It runs
 * beside the module's other test classes (junit-platform.properties): it shares nothing with them but
 * the machine.
 */
@Timeout(value = 25, unit = TimeUnit.MINUTES)
@Execution(ExecutionMode.CONCURRENT)
class StandaloneClusterTest {
    @TempDir
    Path folder;

    @Test
    void ingestBuildWarningsAndReportOnAStandaloneClusterGiveWhatDuckDbGives() throws Exception {
        Path drop = folder.resolve("drop");
        SyntheticDrop.Summary summary = new SyntheticDrop(new GeneratorOptions(7, 0.005, 2018, 2020, "gbk", "zh", 0.02)).writeTo(drop);
        // the last whole month: its report reads the marts the build makes, and builds only the month before's
        YearMonth month = YearMonth.from(summary.lastEventDate().plusDays(1)).minusMonths(1);
        LocalDate asOf = month.atEndOfMonth();
        List<List<String>> commands = List.of(
                List.of("ingest", drop.toString(), "--today", summary.lastEventDate().toString()),
                List.of("build", "--as-of", asOf.toString()),
                List.of("warnings", "--as-of", asOf.toString(), "--format", "csv"),
                List.of("report", "--month", month.toString(), "--out", "REPORTS"));

        Path duckdb = folder.resolve("duckdb");
        Files.createDirectories(duckdb);
        List<String> duckdbWarnings = new ArrayList<>();
        for (List<String> command : commands) {
            String output = runHere(withEngine(command, "--warehouse", duckdb.resolve("w.duckdb").toString(), duckdb.resolve("reports")));
            if (command.get(0).equals("warnings")) {
                duckdbWarnings.addAll(output.lines().toList());
            }
        }

        Path spark = Files.createDirectories(folder.resolve("spark"));
        try (StandaloneCluster cluster = StandaloneCluster.start(folder.resolve("cluster"), Duration.ofMinutes(2))) {
            List<String> lines = new ArrayList<>();
            for (List<String> command : commands) {
                lines.add(String.join("\t", withEngine(command, "--engine\tspark\t--master\t" + cluster.url() + "\t--warehouse",
                        spark.resolve("delta").toString(), spark.resolve("reports"))));
            }
            Path file = Files.writeString(spark.resolve("commands.tsv"), String.join("\n", lines) + "\n");
            List<String> driver = new ArrayList<>(List.of(StandaloneCluster.java()));
            driver.addAll(StandaloneCluster.sparkJvmFlags());
            // the module classes of a reactor build are folders, which a worker's jars/ cannot hold
            String folders = StandaloneCluster.classPath().stream().filter(entry -> Files.isDirectory(Path.of(entry)))
                    .collect(Collectors.joining(java.io.File.pathSeparator));
            driver.addAll(List.of("-Xmx2g", "-Dspark.executor.extraClassPath=" + folders, "-Dspark.executor.memory=1g",
                    "-Dspark.executor.extraJavaOptions=-XX:+UseParallelGC",
                    "-cp", String.join(java.io.File.pathSeparator, StandaloneCluster.classPath()),
                    CommandsInOneProcess.class.getName(), spark.toString(), file.toString()));
            Process run = new ProcessBuilder(driver).redirectErrorStream(true).redirectOutput(spark.resolve("driver.log").toFile()).start();
            boolean finished;
            try {
                finished = run.waitFor(20, TimeUnit.MINUTES);
            } finally {
                // also when JUnit's timeout interrupts the wait: no driver outlives the test
                run.destroyForcibly();
            }
            String log = Files.readString(spark.resolve("driver.log"), StandardCharsets.UTF_8);
            assertTrue(finished && run.exitValue() == 0, () -> "the commands on the cluster: " + log + errors(spark, commands.size()));
            // kept for the commands' times, in a file: other test classes capture System.out while this one runs
            Files.writeString(Path.of("target", "standalone-cluster-driver.log"), log, StandardCharsets.UTF_8);
        }

        assertEquals(duckdbWarnings, Files.readAllLines(spark.resolve("2.out"), StandardCharsets.UTF_8), "warnings --format csv");
        assertTrue(duckdbWarnings.size() > 10, "the drop gives warnings: " + duckdbWarnings.size());
        String report = "report-" + month + ".html";
        assertArrayEquals(Files.readAllBytes(duckdb.resolve("reports").resolve(report)), Files.readAllBytes(spark.resolve("reports").resolve(report)),
                "the report's HTML");
    }

    /** The command with the engine options and its report folder. */
    private static List<String> withEngine(List<String> command, String engineOptions, String warehouse, Path reports) {
        List<String> out = new ArrayList<>();
        for (String argument : command) {
            out.add(argument.equals("REPORTS") ? reports.toString() : argument);
        }
        out.addAll(List.of(engineOptions.split("\t")));
        out.add(warehouse);
        return out;
    }

    private static String runHere(List<String> command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] arguments = command.toArray(String[]::new);
        int exit = Fundtrace.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), arguments).execute(arguments);
        assertEquals(0, exit, String.join(" ", command) + ": " + err);
        return out.toString();
    }

    private static String errors(Path folder, int commands) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < commands; i++) {
            try {
                out.append("\n").append(i).append(".err: ").append(Files.readString(folder.resolve(i + ".err"), StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                out.append("\n").append(i).append(".err: none");
            }
        }
        return out.toString();
    }
}
