package io.fundtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options bin/fundtrace passes: the heap of FUNDTRACE_JAVA_OPTS or -Xmx4g, and the parallel
 * collector unless an option names a collector (Java refuses two). The launcher runs in a copy of the
 * project's layout, built as far as the launcher looks, with a stand-in `java` that prints its arguments.
 */
class LauncherTest {
    private static final String PARALLEL = "-XX:+UseParallelGC";

    @TempDir
    Path root;

    @BeforeEach
    void layout() throws IOException {
        Files.createDirectories(root.resolve("bin"));
        Files.createDirectories(root.resolve("cli").resolve("target"));
        Files.createDirectories(root.resolve("stand-in"));
        Path launcher = Files.copy(Path.of("..", "bin", "fundtrace"), root.resolve("bin").resolve("fundtrace"));
        Path pom = Files.copy(Path.of("..", "pom.xml"), root.resolve("pom.xml"));
        // built: the stamp is newer than every source the launcher looks at, so it does not run Maven
        Files.setLastModifiedTime(pom, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
        Files.createFile(root.resolve("cli").resolve("target").resolve(".fundtrace-built"));
        Files.createFile(root.resolve("cli").resolve("target").resolve("fundtrace-cli-0.jar"));
        Path java = Files.writeString(root.resolve("stand-in").resolve("java"), "#!/usr/bin/env bash\nprintf '%s\\n' \"$@\"\n",
                StandardCharsets.UTF_8);
        assertTrue(launcher.toFile().setExecutable(true) && java.toFile().setExecutable(true));
    }

    @Test
    void withoutOptionsTheHeapIsFourGigabytesAndTheCollectorParallel() throws Exception {
        List<String> arguments = javaArguments(null);
        assertTrue(arguments.containsAll(List.of("-Xmx4g", PARALLEL)), arguments.toString());
        assertEquals(List.of("io.fundtrace.cli.Fundtrace", "--version"), arguments.subList(arguments.size() - 2, arguments.size()));
    }

    @Test
    void aCollectorTheOptionsNameIsTheOnlyOne() throws Exception {
        List<String> arguments = javaArguments("-Xmx2g -XX:+UseG1GC");
        assertTrue(arguments.containsAll(List.of("-Xmx2g", "-XX:+UseG1GC")), arguments.toString());
        assertFalse(arguments.contains(PARALLEL), arguments.toString());
        assertFalse(arguments.contains("-Xmx4g"), arguments.toString());
    }

    @Test
    void anOptionThatOnlyMentionsGarbageCollectionNamesNoCollector() throws Exception {
        List<String> arguments = javaArguments("-Xmx2g -XX:+UseNUMA -XX:-UseGCOverheadLimit -Dnote=GC");
        assertTrue(arguments.containsAll(List.of("-Xmx2g", "-XX:-UseGCOverheadLimit", PARALLEL)), arguments.toString());
    }

    /** The arguments the launcher gives java for `fundtrace --version`, with FUNDTRACE_JAVA_OPTS set to options (unset when null). */
    private List<String> javaArguments(String options) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(root.resolve("bin").resolve("fundtrace").toString(), "--version").redirectErrorStream(true);
        builder.environment().put("PATH", root.resolve("stand-in") + ":" + System.getenv("PATH"));
        if (options == null) {
            builder.environment().remove("FUNDTRACE_JAVA_OPTS");
        } else {
            builder.environment().put("FUNDTRACE_JAVA_OPTS", options);
        }
        Process process = builder.start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), printed);
        return printed.lines().toList();
    }
}
