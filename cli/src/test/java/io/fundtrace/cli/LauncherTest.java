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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The java bin/fundtrace runs and the options it passes: the heap of FUNDTRACE_JAVA_OPTS or -Xmx4g, the
 * parallel collector unless an option names a collector (Java refuses two), the java of FUNDTRACE_JAVA,
 * the answers to Java 24's start-up warnings, and a JDK 25's AOT cache for Spark commands. The launcher
 * runs in a copy of the project's layout, built as far as the launcher looks, with stand-in `java`s
 * (on the PATH, or in JDK folders whose release file gives their version) that print their arguments.
 */
class LauncherTest {
    private static final String PARALLEL = "-XX:+UseParallelGC";
    private static final String SECURITY_ACTION = "--add-opens=java.base/sun.security.action=ALL-UNNAMED";

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
        Path java = Files.writeString(root.resolve("stand-in").resolve("java"), "#!/usr/bin/env bash\nprintf '%s\\n' \"$0\" \"$@\"\n",
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

    @Test
    void theJavaFundtraceJavaNamesIsTakenAndFromJava24OnTheWarningsOfDuckDbAndSparkAreAnswered() throws Exception {
        Path jdk = standInJdk("25.0.3");
        List<String> arguments = javaArguments(null, jdk, "--version");
        assertEquals(jdk.resolve("bin").resolve("java").toString(), arguments.get(0), "the java FUNDTRACE_JAVA names, not the PATH's");
        assertTrue(arguments.containsAll(List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow")), arguments.toString());
        assertFalse(arguments.contains(SECURITY_ACTION), "a package Java 24 no longer has: " + arguments);
        Path javaHome = standInJdk("25.0.1");
        Files.move(javaHome, root.resolve("jdk-of-java-home"));
        assertEquals(root.resolve("stand-in").resolve("java").toString(), javaArguments(null, null, "--version").get(0),
                "without FUNDTRACE_JAVA the PATH's java, not JAVA_HOME's");
        List<String> onJava17 = javaArguments(null, standInJdk("17.0.15"), "--version");
        assertTrue(onJava17.contains(SECURITY_ACTION), onJava17.toString());
        assertFalse(onJava17.contains("--enable-native-access=ALL-UNNAMED"), onJava17.toString());
    }

    @Test
    void aSparkCommandOnJava25StartsFromTheAotCacheAndNoOtherCommandDoes() throws Exception {
        Path cache = Files.createFile(root.resolve("cli").resolve("target").resolve("fundtrace-spark.aot"));
        String option = "-XX:AOTCache=" + cache;
        Path java25 = standInJdk("25.0.3");
        List<String> spark = javaArguments(null, java25, "warnings", "--engine", "spark");
        assertTrue(spark.contains(option), spark.toString());
        // the JVM's own warnings on stderr: on stdout they would break the command's CSV
        assertTrue(spark.containsAll(List.of("-Xlog:disable", "-Xlog:all=warning:stderr", "-Xlog:aot*=error:stderr")), spark.toString());
        assertTrue(javaArguments(null, java25, "build", "--engine=spark").contains(option));
        assertTrue(javaArguments(null, java25, "bench", "engines", "--scale", "0.02").contains(option));
        // the DuckDB path loads no Spark class; a cache made on Spark would load them all at the start
        assertFalse(javaArguments(null, java25, "warnings").contains(option));
        assertFalse(javaArguments(null, java25, "warnings", "--engine", "duckdb", "--region", "spark").contains(option));
        assertFalse(javaArguments(null, standInJdk("21.0.2"), "warnings", "--engine", "spark").contains(option), "Java 21 has no AOT cache");
        // a build by Maven alone (not through the launcher, which deletes the cache) leaves it older than the jars
        Files.setLastModifiedTime(root.resolve("cli").resolve("target").resolve("fundtrace-cli-0.jar"), FileTime.from(Instant.now().plus(1, ChronoUnit.MINUTES)));
        List<String> afterABuild = javaArguments(null, java25, "warnings", "--engine", "spark");
        assertFalse(afterABuild.contains(option), afterABuild.toString());
        assertEquals("fundtrace: " + cache + " is older than the build, not used: run `fundtrace aot-cache` again", afterABuild.get(0));
        Files.delete(cache);
        assertFalse(javaArguments(null, java25, "warnings", "--engine", "spark").stream().anyMatch(argument -> argument.startsWith("-XX:AOTCache")));
    }

    @Test
    void theAotCacheIsRefusedBeforeJava25AndTakesNoArgumentButHelp() throws Exception {
        Finished refused = Finished.run(launcher(null, standInJdk("17.0.15"), "aot-cache"));
        assertEquals(1, refused.exit(), refused.printed());
        assertTrue(refused.printed().startsWith("fundtrace: aot-cache needs a JDK 25 or later") && refused.printed().contains("is Java 17"),
                refused.printed());

        Finished help = Finished.run(launcher(null, standInJdk("17.0.15"), "aot-cache", "--help"));
        assertEquals(0, help.exit(), help.printed());
        assertTrue(help.printed().startsWith("Usage: fundtrace aot-cache\n"), help.printed());
        Finished stray = Finished.run(launcher(null, standInJdk("25.0.3"), "aot-cache", "--scale"));
        assertEquals(1, stray.exit(), stray.printed());
        assertEquals("fundtrace: aot-cache takes no argument (got '--scale'); see fundtrace aot-cache --help\n", stray.printed(),
                "an argument is refused, not trained on");
    }

    /** The launcher's flags are ones a real JDK 25 starts with, where this machine has one (the CI's Java is 17). */
    @Test
    void aRealJdk25StartsWithTheFlagsTheLauncherGivesIt() throws Exception {
        Path jdk = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
        Assumptions.assumeTrue(Files.isExecutable(jdk.resolve("bin").resolve("java")), "no JDK 25 here");
        List<String> arguments = javaArguments(null, standInJdk(releaseVersion(jdk)), "--version");
        List<String> command = new ArrayList<>();
        command.add(jdk.resolve("bin").resolve("java").toString());
        command.addAll(arguments.subList(1, arguments.indexOf("-cp")));
        command.add("-version");
        Finished started = Finished.run(new ProcessBuilder(command).redirectErrorStream(true));
        assertEquals(0, started.exit(), started.printed());
        assertFalse(started.printed().contains("WARNING"), started.printed());
    }

    private static String releaseVersion(Path jdk) throws IOException {
        return Files.readAllLines(jdk.resolve("release")).stream().filter(line -> line.startsWith("JAVA_VERSION="))
                .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", "")).findFirst().orElseThrow();
    }

    /** A JDK folder whose bin/java is the stand-in and whose release file gives the version. */
    private Path standInJdk(String version) throws IOException {
        Path jdk = Files.createDirectories(root.resolve("jdk-" + version));
        Files.createDirectories(jdk.resolve("bin"));
        Path java = jdk.resolve("bin").resolve("java");
        if (!Files.exists(java)) {
            Files.copy(root.resolve("stand-in").resolve("java"), java);
            assertTrue(java.toFile().setExecutable(true));
        }
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"stand-in\"\nJAVA_VERSION=\"" + version + "\"\n", StandardCharsets.UTF_8);
        return jdk;
    }

    /** The arguments the launcher gives java for `fundtrace --version`, with FUNDTRACE_JAVA_OPTS set to options (unset when null). */
    private List<String> javaArguments(String options) throws Exception {
        List<String> arguments = javaArguments(options, null, "--version");
        return arguments.subList(1, arguments.size());
    }

    /**
     * The java the launcher runs and its arguments, for the command: FUNDTRACE_JAVA_OPTS set to options
     * (unset when null), FUNDTRACE_JAVA to jdk's java (unset when null: the stand-in on the PATH).
     */
    private List<String> javaArguments(String options, Path jdk, String... command) throws Exception {
        Finished finished = Finished.run(launcher(options, jdk, command));
        assertEquals(0, finished.exit(), finished.printed());
        return finished.printed().lines().toList();
    }

    /** A process run to its end (at most a minute): its exit code and what it printed. */
    private record Finished(int exit, String printed) {
        static Finished run(ProcessBuilder builder) throws Exception {
            Process process = builder.start();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
            return new Finished(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private ProcessBuilder launcher(String options, Path jdk, String... command) {
        List<String> line = new ArrayList<>(List.of(root.resolve("bin").resolve("fundtrace").toString()));
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().put("PATH", root.resolve("stand-in") + ":" + System.getenv("PATH"));
        if (options == null) {
            builder.environment().remove("FUNDTRACE_JAVA_OPTS");
        } else {
            builder.environment().put("FUNDTRACE_JAVA_OPTS", options);
        }
        // JAVA_HOME is no choice of the launcher's: its stand-in is never the one run
        builder.environment().put("JAVA_HOME", root.resolve("jdk-of-java-home").toString());
        if (jdk == null) {
            builder.environment().remove("FUNDTRACE_JAVA");
        } else {
            builder.environment().put("FUNDTRACE_JAVA", jdk.resolve("bin").resolve("java").toString());
        }
        return builder;
    }
}
