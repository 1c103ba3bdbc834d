package io.fundtrace.cli;

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
 * jars on 127.0.0.1, and the month-end job run through --master spark://127.0.0.1:PORT in a process of its
 * own (executors in the worker's JVMs, so every function Spark ships to them must reach them): `cycle`
 * (ingest of the month's folders, a mart build, the dispatch, the report, notices and receipts archived),
 * then `warnings`, `receipts` and `sql` as pfo - with the same output, the same lifecycle and the same archive bytes as
 * the same commands on DuckDB. It runs beside the module's other test classes
 * (cli/pom.xml, test.classes.mode): it shares nothing with them but the machine.
 */
@Timeout(value = 25, unit = TimeUnit.MINUTES)
@Execution(ExecutionMode.CONCURRENT)
class StandaloneClusterTest {
    private static final String MONTH = "2018-02";
    private static final String MONTH_END = "2018-02-28";

    @TempDir
    Path folder;

    @Test
    void theMonthEndCycleWarningsAndReceiptsOnAStandaloneClusterGiveWhatDuckDbGives() throws Exception {
        Path drop = folder.resolve("drop");
        new SyntheticDrop(new GeneratorOptions(7, 0.005, 2018, 2018, "gbk", "zh", 0)).writeMonthlyTo(drop);
        // the first cycle of a warehouse: it ingests the folders of 2018-01 and 2018-02, builds, dispatches
        // as of the month's end and archives the month
        List<List<String>> commands = List.of(
                List.of("cycle", "--month", MONTH, "--inbox", drop.toString(), "--out", "OUT/archive", "--today", "2019-04-05"),
                List.of("warnings", "--as-of", MONTH_END, "--format", "csv"),
                List.of("receipts", "--batch", "2", "--as-of", MONTH_END, "--out", "OUT/receipts"),
                // the gate's snapshot on Spark holds what pfo reads on DuckDB: the audit's files, the quarantine
                List.of("sql", "--role", "pfo", "--format", "csv", "SELECT (SELECT count(*) FROM audit.batch_files) AS files,"
                        + " (SELECT count(*) FROM quarantine.\"rows\") AS held"));

        Path duckdb = Files.createDirectories(folder.resolve("duckdb"));
        List<String> duckdbOutputs = new ArrayList<>();
        for (List<String> command : commands) {
            duckdbOutputs.add(runHere(withEngine(command, "--warehouse", duckdb.resolve("w.duckdb").toString(), duckdb)));
        }

        Path spark = Files.createDirectories(folder.resolve("spark"));
        try (StandaloneCluster cluster = StandaloneCluster.start(folder.resolve("cluster"), Duration.ofMinutes(2))) {
            List<String> lines = new ArrayList<>();
            for (List<String> command : commands) {
                lines.add(String.join("\t", withEngine(command, "--engine\tspark\t--master\t" + cluster.url() + "\t--warehouse",
                        spark.resolve("delta").toString(), spark)));
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

        assertEquals(duckdbOutputs.get(0).replace(duckdb.toString(), "OUT"),
                Files.readString(spark.resolve("0.out"), StandardCharsets.UTF_8).replace(spark.toString(), "OUT"),
                "what the cycle printed: the folders, rows, warnings and archive of the month");
        List<String> warnings = duckdbOutputs.get(1).lines().toList();
        assertEquals(warnings, Files.readAllLines(spark.resolve("1.out"), StandardCharsets.UTF_8), "warnings --format csv, the lifecycle's fields included");
        assertTrue(warnings.stream().filter(line -> line.contains("," + MONTH_END + ",")).count() > 5, "warnings were dispatched: " + warnings);

        assertTrue(duckdbOutputs.get(3).matches("(?s)\uFEFFfiles,held\r\n[1-9][0-9]*,[0-9]+\r\n"), duckdbOutputs.get(3));
        assertEquals(duckdbOutputs.get(3), Files.readString(spark.resolve("3.out"), StandardCharsets.UTF_8), "sql as pfo");

        List<String> manifest = Files.readAllLines(duckdb.resolve("archive").resolve(MONTH).resolve("manifest.csv"));
        assertEquals(manifest, Files.readAllLines(spark.resolve("archive").resolve(MONTH).resolve("manifest.csv")),
                "the report, notices and receipts of the month are the same bytes on both engines");
        List<String> receipts = manifest.stream().filter(line -> line.startsWith("receipt-2-")).map(line -> line.substring(0, line.indexOf(','))).toList();
        assertTrue(manifest.stream().anyMatch(line -> line.startsWith("report-" + MONTH + ".pdf")) && !receipts.isEmpty(), manifest.toString());
        try (var written = Files.list(spark.resolve("receipts"))) {
            assertEquals(receipts, written.map(path -> path.getFileName().toString()).sorted().toList(), "one receipt per region of batch 2");
        }
        for (String name : receipts) {
            assertEquals(-1L, Files.mismatch(duckdb.resolve("archive").resolve(MONTH).resolve(name), spark.resolve("receipts").resolve(name)),
                    name + " written by `receipts` on the cluster");
        }
    }

    /** The command with the engine options, its output folders (OUT/...) in the engine's folder. */
    private static List<String> withEngine(List<String> command, String engineOptions, String warehouse, Path out) {
        List<String> arguments = new ArrayList<>();
        for (String argument : command) {
            arguments.add(argument.startsWith("OUT/") ? out.resolve(argument.substring(4)).toString() : argument);
        }
        arguments.addAll(List.of(engineOptions.split("\t")));
        arguments.add(warehouse);
        return arguments;
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
