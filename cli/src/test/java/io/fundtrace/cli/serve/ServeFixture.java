package io.fundtrace.cli.serve;

import io.fundtrace.cli.users.PasswordHash;
import io.fundtrace.cli.users.UserAccount;
import io.fundtrace.cli.users.UsersFile;
import io.fundtrace.ingest.Ingest;
import io.fundtrace.marts.MartRunner;
import io.fundtrace.reports.notebook.NotebookCell;
import io.fundtrace.reports.notebook.NotebookParser;
import io.fundtrace.synthetic.GeneratorOptions;
import io.fundtrace.synthetic.SyntheticDrop;
import io.fundtrace.warehouse.FileTrees;
import io.fundtrace.warehouse.Warehouse;
import io.fundtrace.warehouse.gate.Role;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * What the server tests share: a generated warehouse (seed 7, scale 0.02, built once per test JVM and
 * copied for each test class), a users file, a server on 127.0.0.1 at a free port, and JDBC
 * connections through Avatica's remote driver as the user a test names.
 */
final class ServeFixture {
    static final String PASSWORD = "a long test password";
    private static final Path NOTEBOOKS = Path.of("").toAbsolutePath().getParent().resolve("notebooks");
    private static Path template;

    private ServeFixture() {
    }

    /** A copy of the shared built warehouse under the folder (data/warehouse.duckdb). */
    static Path warehouse(Path folder) {
        try {
            Path file = folder.resolve("data").resolve("warehouse.duckdb");
            Files.createDirectories(file.getParent());
            Files.copy(template(), file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Path template() throws IOException {
        if (template == null) {
            Path folder = Files.createTempDirectory("fundtrace-serve-fixture");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> FileTrees.deleteQuietly(folder)));
            Path drop = folder.resolve("drop");
            generate(drop, 2018, 2020);
            Path file = folder.resolve("warehouse.duckdb");
            load(file, drop);
            template = file;
        }
        return template;
    }

    static void generate(Path drop, int fromYear, int toYear) {
        new SyntheticDrop(new GeneratorOptions(7, 0.02, fromYear, toYear, "utf-8", "en", 0)).writeTo(drop);
    }

    /** Ingests the drop as of its last date and builds the marts, as ingest and build do. */
    static void load(Path warehouse, Path drop) throws IOException {
        try (Warehouse opened = Warehouse.open(warehouse)) {
            new Ingest().ingest(opened, drop, lastDate(drop));
            new MartRunner(opened).build(null);
        }
    }

    static LocalDate lastDate(Path drop) throws IOException {
        for (String line : Files.readAllLines(SyntheticDrop.keyFile(drop, "drop_info.csv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("last_event_date,")) {
                return LocalDate.parse(line.substring(line.indexOf(',') + 1).strip());
            }
        }
        throw new IllegalStateException("no last_event_date in " + drop);
    }

    /** A users file with these users (name -> role), all with PASSWORD; a role starting with '-' is a disabled user's. */
    static UsersFile users(Path file, Map<String, String> roles) {
        List<UserAccount> accounts = new ArrayList<>();
        PasswordHash hash = PasswordHash.of(PASSWORD.toCharArray());
        roles.forEach((name, role) -> accounts.add(new UserAccount(name, Role.parse(role.replaceFirst("^-", "")), !role.startsWith("-"), hash)));
        UsersFile users = new UsersFile(file);
        users.write(accounts);
        return users;
    }

    static ServerSettings settings(Path warehouse, UsersFile users, Path archive, int statementTimeoutSeconds) {
        return new ServerSettings("127.0.0.1", 0, warehouse, users, archive, statementTimeoutSeconds, 50_000, 4, null, null,
                Duration.ofMillis(200));
    }

    /** A server whose log lines go to the given writer. */
    static FundtraceServer start(ServerSettings settings, StringWriter log) {
        return FundtraceServer.start(settings, new PrintWriter(log, true));
    }

    static String url(FundtraceServer server) {
        return "jdbc:avatica:remote:url=" + server.url("127.0.0.1") + ";serialization=protobuf;authentication=BASIC";
    }

    static Connection connect(FundtraceServer server, String user) throws SQLException {
        return connect(server, user, PASSWORD);
    }

    static Connection connect(FundtraceServer server, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("avatica_user", user);
        properties.setProperty("avatica_password", password);
        return DriverManager.getConnection(url(server), properties);
    }

    /** The SQL cells of the analysts' notebooks (notebooks/*.md), in file order: what clients send. */
    static List<String> notebookQueries() throws IOException {
        List<String> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            for (Path notebook : files.filter(file -> file.toString().endsWith(".md") && !file.endsWith("README.md")).sorted().toList()) {
                for (NotebookCell cell : NotebookParser.parse(Files.readString(notebook, StandardCharsets.UTF_8))) {
                    if (cell instanceof NotebookCell.Sql sql) {
                        queries.add(sql.query().strip());
                    }
                }
            }
        }
        return queries;
    }
}
