package io.fundtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.synthetic.SyntheticDrop;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine a command runs on: the DuckDB demo (two months of it) in its own JVM loads no Spark class
 * although Spark is on the class path (as in bin/fundtrace), and --engine spark reaches the Spark engine
 * through the service loader (this suite's one Spark session).
 */
class EngineChoiceTest {
    @TempDir
    Path temporary;

    @Test
    void theDuckDbDemoRunsWithoutLoadingASparkClass() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        assertTrue(classPath.contains("spark-sql_2.13"), "Spark is on the class path, as in bin/fundtrace");
        Path log = temporary.resolve("demo.log");
        Process demo = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-Xmx1g", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-cp", classPath,
                Fundtrace.class.getName(), "demo", "--months", "2", "--out", temporary.resolve("demo").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(demo.waitFor(5, TimeUnit.MINUTES), "the demo finishes");
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertEquals(0, demo.exitValue(), () -> String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
        List<String> loaded = lines.stream().filter(line -> line.startsWith("[") && line.contains(" source: ")).toList();
        assertTrue(loaded.stream().anyMatch(line -> line.contains(" org.duckdb.")), "the log lists loaded classes");
        List<String> spark = new ArrayList<>(loaded.stream().filter(line -> line.contains(" org.apache.spark.")).toList());
        assertEquals(List.of(), spark);
        List<String> info = Files.readAllLines(SyntheticDrop.keyFile(temporary.resolve("demo").resolve("inbox"), "drop_info.csv"), StandardCharsets.UTF_8);
        assertTrue(info.contains("seed,7") && info.contains("scale,0.02") && info.contains("monthly,true"), info.toString());
        assertTrue(Files.isRegularFile(temporary.resolve("demo").resolve("archive").resolve("2018-02").resolve("manifest.csv")),
                "the cycle archived its months");
    }

    @Test
    void sparkIsReachedThroughTheServiceLoaderAndListsAnEmptyWarehouse() throws Exception {
        // a folder the user made is a warehouse to read (a mistyped path, which is none, is refused);
        // named by a URI, as hdfs:// and s3a:// warehouses are: the engine reaches it through Hadoop's FileSystem
        Files.createDirectories(temporary.resolve("delta"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] arguments = {"batches", "--engine", "spark", "--warehouse", temporary.resolve("delta").toUri().toString(), "--format", "csv"};
        int exit = Fundtrace.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), arguments).execute(arguments);
        assertEquals(0, exit, err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals(1, lines.size(), out.toString());
        assertTrue(lines.get(0).contains("batch") && lines.get(0).contains("rows_read"), lines.get(0));
        assertTrue(Files.isDirectory(temporary.resolve("delta").resolve("audit")), "a folder of Delta tables");
    }

    @Test
    void aMistypedWarehouseUriIsRefusedNotMadeEmpty() {
        Path missing = temporary.resolve("no-such-delta");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] arguments = {"batches", "--engine", "spark", "--warehouse", missing.toUri().toString()};
        int exit = Fundtrace.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), arguments).execute(arguments);
        assertEquals(1, exit, out.toString() + err);
        assertTrue(err.toString().contains("no warehouse at " + missing.toUri()) && err.toString().contains("no such folder"), err.toString());
        assertTrue(!Files.exists(missing), "nothing was made at the mistyped URI");
    }
}
