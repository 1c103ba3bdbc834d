package io.fundtrace.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A Spark standalone cluster on this machine from the project's own jars, as a user starts one: a
 * master and one worker on 127.0.0.1 at free ports, the worker's SPARK_HOME a folder whose jars/ are the
 * jars of this class path (the executors it launches take their class path from there). Started, it has
 * one live worker; closed, both processes and the executors they launched are gone.
 */
final class StandaloneCluster implements AutoCloseable {
    private static final Pattern ALIVE_WORKERS = Pattern.compile("\"aliveworkers\"\\s*:\\s*1\\b");

    private final List<Process> processes = new ArrayList<>();
    private final String url;

    private StandaloneCluster(String url) {
        this.url = url;
    }

    /** Starts both and waits until the worker has registered with the master, or fails after the timeout. */
    static StandaloneCluster start(Path folder, Duration timeout) throws IOException, InterruptedException {
        int port = freePort();
        int masterUi = freePort();
        StandaloneCluster cluster = new StandaloneCluster("spark://127.0.0.1:" + port);
        try {
            Path jars = Files.createDirectories(folder.resolve("spark-home").resolve("jars"));
            for (String entry : classPath()) {
                Path jar = Path.of(entry);
                if (entry.endsWith(".jar") && Files.isRegularFile(jar) && !Files.exists(jars.resolve(jar.getFileName()))) {
                    Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar.toAbsolutePath());
                }
            }
            cluster.launch(folder.resolve("master.log"), List.of(), "-Xmx256m", "org.apache.spark.deploy.master.Master",
                    "--host", "127.0.0.1", "--port", Integer.toString(port), "--webui-port", Integer.toString(masterUi));
            cluster.launch(folder.resolve("worker.log"), List.of("SPARK_HOME=" + folder.resolve("spark-home"), "SPARK_SCALA_VERSION=2.13"),
                    "-Xmx256m", "org.apache.spark.deploy.worker.Worker", cluster.url, "--host", "127.0.0.1",
                    "--port", Integer.toString(freePort()), "--webui-port", Integer.toString(freePort()),
                    "--cores", "2", "--memory", "1536m", "--work-dir", folder.resolve("work").toString());
            cluster.awaitWorker(masterUi, timeout);
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    /** spark://127.0.0.1:PORT */
    String url() {
        return url;
    }

    /** The JVM flags of this process that Spark needs on Java 17 (the --add-opens list and the rest of jvm.flags). */
    static List<String> sparkJvmFlags() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(flag -> flag.startsWith("--add-opens")
                || flag.startsWith("-XX:+IgnoreUnrecognizedVMOptions") || flag.startsWith("-Djdk.") || flag.startsWith("-Dio.netty")
                || flag.startsWith("-Dfile.encoding") || flag.startsWith("-Djava.awt.headless")
                || flag.startsWith("-XX:+Use") && flag.endsWith("GC")).toList();
    }

    static List<String> classPath() {
        return List.of(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")).split(java.io.File.pathSeparator));
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void launch(Path log, List<String> environment, String heap, String mainClass, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(sparkJvmFlags());
        command.addAll(List.of(heap, "-cp", String.join(java.io.File.pathSeparator, classPath()), mainClass));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        for (String variable : environment) {
            builder.environment().put(variable.substring(0, variable.indexOf('=')), variable.substring(variable.indexOf('=') + 1));
        }
        processes.add(builder.start());
    }

    /** The master's status page (json) lists one alive worker. */
    private void awaitWorker(int masterUi, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (Process process : processes) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("a cluster process ended with exit code " + process.exitValue());
                }
            }
            try {
                HttpResponse<String> status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUi + "/json/"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (ALIVE_WORKERS.matcher(status.body()).find()) {
                    return;
                }
            } catch (IOException notYet) {
                // the master is still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("no worker registered with the master within " + timeout.toSeconds() + " s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The worker first (it stops the executors it launched), then the master; what does not stop in time is killed. */
    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process process = processes.get(i);
            List<ProcessHandle> launched = process.descendants().toList();
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            launched.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
    }
}
