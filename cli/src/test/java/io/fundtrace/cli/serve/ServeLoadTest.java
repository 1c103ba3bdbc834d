package io.fundtrace.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.cli.Fundtrace;
import io.fundtrace.cli.users.UsersFile;
import io.fundtrace.warehouse.WarehouseException;
import io.fundtrace.warehouse.gate.QueryLog;
import io.fundtrace.warehouse.gate.Role;
import io.fundtrace.warehouse.gate.SqlGate;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load on loopback, bounded: 16 JDBC clients of five roles run the notebooks' queries for as long as a
 * month-end cycle - ingest of the next drop and a build, in a process of its own as the systemd timer
 * would start it - writes the warehouse, then ten statements more each. No statement may fail, and no
 * client may see a half-built warehouse: every tenth statement asks whether the marts were built as of
 * the newest payment (after the ingest and before the build they are not), and once a client has seen
 * the new build it never sees the old one again. The clients run until the cycle ends, not a fixed
 * number of statements, so every moment of the ingest and the build is read. The figures (p50, p95,
 * throughput) are printed, not asserted: this machine's two cores are shared.
 */
final class ServeLoadTest {
    private static final int CLIENTS = 16;
    /** Statements each client runs after the cycle's build, so that every client reads the new one too. */
    private static final int AFTER_THE_CYCLE = 10;
    /** At least this many before it ends: the cycle must not outrun the clients' first statements. */
    private static final int DURING_THE_CYCLE = 10;
    private static final String BUILT_STATE = "SELECT (SELECT max(as_of) FROM marts.warnings) AS marts_as_of,"
            + " (SELECT max(pay_date) FROM model.fact_payment) AS last_payment";
    private static final List<String> ROLES = List.of("leader", "analyst", "region:653100", "region:652328", "department:农业处");

    @TempDir
    Path folder;

    private record Outcome(long nanos, String error, LocalDate martsAsOf, LocalDate lastPayment) {
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void sixteenClientsWhileACycleIngestsAndBuilds() throws Exception {
        Path dropNow = folder.resolve("drop-2019");
        Path dropNext = folder.resolve("drop-2020");
        ServeFixture.generate(dropNow, 2018, 2019);
        ServeFixture.generate(dropNext, 2018, 2020);
        Path warehouse = folder.resolve("data/warehouse.duckdb");
        ServeFixture.load(warehouse, dropNow);
        Map<String, List<String>> workload = workload(warehouse);
        Map<String, String> users = new LinkedHashMap<>();
        for (int client = 0; client < CLIENTS; client++) {
            users.put("client" + client, ROLES.get(client % ROLES.size()));
        }
        UsersFile usersFile = ServeFixture.users(folder.resolve("users"), users);
        StringWriter serverLog = new StringWriter();
        try (FundtraceServer server = ServeFixture.start(ServeFixture.settings(warehouse, usersFile, folder.resolve("archive"), 60), serverLog)) {
            assertEquals(1, server.snapshotNumber());
            CountDownLatch cycleDone = new CountDownLatch(1);
            ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
            long start = System.nanoTime();
            List<Future<List<Outcome>>> clients = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                String user = "client" + client;
                List<String> queries = workload.get(users.get(user));
                int offset = client;
                clients.add(pool.submit(() -> run(server, user, queries, offset, cycleDone)));
            }
            Future<String> cycle = pool.submit(() -> {
                try {
                    return cycle(warehouse, dropNext);
                } finally {
                    cycleDone.countDown();
                }
            });
            String cycleLog = cycle.get(15, TimeUnit.MINUTES);
            long cycleSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            for (Future<List<Outcome>> client : clients) {
                outcomes.addAll(client.get(15, TimeUnit.MINUTES));
            }
            double wall = (System.nanoTime() - start) / 1e9;
            pool.shutdown();

            List<String> errors = outcomes.stream().filter(outcome -> outcome.error() != null).map(Outcome::error).toList();
            assertEquals(List.of(), errors.subList(0, Math.min(errors.size(), 10)), errors.size() + " statements failed");
            for (Future<List<Outcome>> client : clients) {
                assertTrue(client.get().size() >= DURING_THE_CYCLE + AFTER_THE_CYCLE, "a client's statements: " + client.get().size());
            }
            assertTrue(cycleLog.contains("published for fundtrace serve: "), cycleLog);
            assertEquals(2, server.snapshotNumber(), "the cycle's build is served");
            List<Outcome> checks = outcomes.stream().filter(outcome -> outcome.martsAsOf() != null).toList();
            List<Outcome> halfBuilt = checks.stream().filter(outcome -> outcome.lastPayment().isAfter(outcome.martsAsOf())).toList();
            assertEquals(List.of(), halfBuilt, "payments newer than the marts: an ingest seen before its build");
            assertTrue(checks.stream().map(Outcome::martsAsOf).distinct().count() == 2, "clients saw the build before the cycle and the cycle's");

            List<Long> nanos = new ArrayList<>(outcomes.stream().map(Outcome::nanos).toList());
            Collections.sort(nanos);
            System.out.printf(Locale.ROOT, "serve load: %d clients, %d statements in %.1f s wall (the cycle took %d s, ingest + build"
                            + " in its own process): %.1f statements/s; latency p50 %.0f ms, p95 %.0f ms, max %.0f ms; snapshot now %d%n",
                    CLIENTS, nanos.size(), wall, cycleSeconds, nanos.size() / wall, percentile(nanos, 50), percentile(nanos, 95),
                    nanos.get(nanos.size() - 1) / 1e6, server.snapshotNumber());
        }
    }

    /** Per role, the notebooks' queries the role may run (the gate refuses the others, which a user would not send twice). */
    private static Map<String, List<String>> workload(Path warehouse) throws Exception {
        List<String> queries = new ArrayList<>(ServeFixture.notebookQueries());
        Map<String, List<String>> workload = new LinkedHashMap<>();
        for (String role : ROLES) {
            List<String> accepted = new ArrayList<>();
            try (SqlGate gate = SqlGate.open(warehouse, Role.parse(role), new QueryLog(warehouse.resolveSibling("workload-log.jsonl")))) {
                for (String query : queries) {
                    try {
                        gate.query(query, 1000);
                        accepted.add(query);
                    } catch (WarehouseException refused) {
                        // not this role's
                    }
                }
            }
            assertTrue(accepted.size() >= 8, role + " runs " + accepted.size() + " of the notebooks' queries");
            workload.put(role, accepted);
        }
        return workload;
    }

    private static List<Outcome> run(FundtraceServer server, String user, List<String> queries, int offset, CountDownLatch cycleDone)
            throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        LocalDate newestSeen = null;
        try (Connection connection = ServeFixture.connect(server, user)) {
            int after = -1;
            for (int statement = 0; after < AFTER_THE_CYCLE; statement++) {
                if (after < 0 && statement >= DURING_THE_CYCLE && cycleDone.getCount() == 0) {
                    awaitTheCyclesSnapshot(server);
                    after = 0;
                }
                if (after >= 0) {
                    after++;
                }
                boolean check = statement % 10 == 0;
                String query = check ? BUILT_STATE : queries.get((statement + offset) % queries.size());
                long begin = System.nanoTime();
                try (Statement jdbc = connection.createStatement(); ResultSet rows = jdbc.executeQuery(query)) {
                    LocalDate martsAsOf = null;
                    LocalDate lastPayment = null;
                    while (rows.next()) {
                        if (check && rows.getDate(1) != null && rows.getDate(2) != null) {
                            martsAsOf = rows.getDate(1).toLocalDate();
                            lastPayment = rows.getDate(2).toLocalDate();
                        }
                    }
                    long nanos = System.nanoTime() - begin;
                    String error = null;
                    if (martsAsOf != null && newestSeen != null && martsAsOf.isBefore(newestSeen)) {
                        error = user + " saw the build of " + martsAsOf + " after that of " + newestSeen;
                    }
                    if (martsAsOf != null) {
                        newestSeen = newestSeen == null || martsAsOf.isAfter(newestSeen) ? martsAsOf : newestSeen;
                    }
                    outcomes.add(new Outcome(nanos, error, martsAsOf, lastPayment));
                } catch (Exception e) {
                    outcomes.add(new Outcome(System.nanoTime() - begin, user + ": " + e.getMessage(), null, null));
                }
            }
        }
        return outcomes;
    }

    /**
     * Until the server serves the cycle's build: it looks for a new snapshot every 200 ms here and then
     * opens it, which on a loaded machine takes seconds after the cycle's process has ended.
     */
    private static void awaitTheCyclesSnapshot(FundtraceServer server) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (server.snapshotNumber() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    /** The month-end cycle's writes in a process of its own: ingest of the next drop, then a build (which publishes it). */
    private String cycle(Path warehouse, Path drop) throws Exception {
        Thread.sleep(2_000);
        StringBuilder log = new StringBuilder();
        String today = ServeFixture.lastDate(drop).toString();
        for (List<String> command : List.of(List.of("ingest", drop.toString(), "--today", today, "--warehouse", warehouse.toString()),
                List.of("build", "--warehouse", warehouse.toString()))) {
            List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                    "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-cp",
                    System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")), Fundtrace.class.getName()));
            java.addAll(command);
            Path output = folder.resolve(command.get(0) + ".log");
            Process process = new ProcessBuilder(java).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            assertTrue(process.waitFor(10, TimeUnit.MINUTES), command.get(0) + " finishes");
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), printed);
            log.append(printed);
        }
        return log.toString();
    }

    private static double percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
