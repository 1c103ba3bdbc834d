package io.fundtrace.cli.serve;

import io.fundtrace.cli.users.UsersFileOption;
import io.fundtrace.warehouse.Warehouse;
import io.fundtrace.warehouse.WarehouseException;
import io.fundtrace.warehouse.snapshot.SnapshotFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `fundtrace serve`: JDBC (Avatica) and the archive's web page on one port, every user signed in and reading as their own role. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the warehouse to signed-in users on one port: SQL over Apache Calcite's Avatica protocol for any JDBC",
                "client (jdbc:avatica:remote:url=http://HOST:8765;serialization=protobuf;authentication=BASIC), every statement",
                "through the SQL gate as the user's role from the users file; and a web page with the archived months' reports",
                "and notices the role may open. It reads the warehouse's published snapshots, never the file itself, so the",
                "monthly cycle can ingest and build meanwhile: clients see the previous build until the next one is published.",
                "Without --tls-keystore it listens on 127.0.0.1 only (passwords would cross the network in clear).",
                "Runs until stopped (Ctrl-C)."})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8765", paramLabel = "PORT", description = "The port (default: ${DEFAULT-VALUE}; 0: any free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "The address to listen on (default: 0.0.0.0 with --tls-keystore, else 127.0.0.1; another address than a loopback one needs TLS).")
    String host;

    @CommandLine.Mixin
    UsersFileOption users;

    @Option(names = "--warehouse", paramLabel = "PATH", description = "The DuckDB warehouse file (default: fundtrace-data/warehouse.duckdb).")
    Path warehouse = Warehouse.DEFAULT_PATH;

    @Option(names = "--archive", defaultValue = "fundtrace-data/archive", paramLabel = "DIR",
            description = "The cycle's archive, one folder per month (default: ./${DEFAULT-VALUE}).")
    Path archive;

    @Option(names = "--statement-timeout", defaultValue = "60", paramLabel = "SECONDS",
            description = "The time limit of one statement, from its text to its last row (default: ${DEFAULT-VALUE}).")
    int statementTimeout;

    @Option(names = "--max-rows", defaultValue = "50000", paramLabel = "N",
            description = "The most rows one statement returns (default: ${DEFAULT-VALUE}); the query log notes a cut.")
    int maxRows;

    @Option(names = "--max-statements", defaultValue = "4", paramLabel = "N",
            description = "The most statements running at once, each in a DuckDB session of up to the gate's memory limit (default: ${DEFAULT-VALUE}).")
    int maxStatements;

    @Option(names = "--tls-keystore", paramLabel = "FILE", description = "Serve HTTPS with the key and certificate of this PKCS12 keystore (keytool).")
    Path tlsKeystore;

    @Option(names = "--tls-keystore-password-file", paramLabel = "FILE",
            description = "A file (readable by its owner only) holding the keystore's password on its first line.")
    Path tlsPasswordFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ServerSettings settings = settings();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (FundtraceServer server = FundtraceServer.start(settings, err)) {
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "fundtrace-serve-stop"));
            String shown = settings.host().equals("0.0.0.0") ? InetAddress.getLocalHost().getHostName() : settings.host();
            out.println("fundtrace serve: " + server.url(shown) + " (snapshot " + server.snapshotNumber() + " of " + settings.warehouse()
                    + "; users " + settings.users().file() + "; archive " + settings.archive() + ")");
            out.println("  JDBC: jdbc:avatica:remote:url=" + server.url(shown) + ";serialization=protobuf;authentication=BASIC");
            out.println("  web:  " + server.url(shown) + "/");
            out.flush();
            server.join();
        }
        return 0;
    }

    /** The options checked: users who may sign in, a host that TLS protects, a keystore password from a private file. */
    ServerSettings settings() throws UnknownHostException {
        if (statementTimeout < 1 || maxRows < 1 || maxStatements < 1) {
            throw new WarehouseException("--statement-timeout, --max-rows and --max-statements must be at least 1");
        }
        if (!Files.isRegularFile(warehouse)) {
            throw new WarehouseException("no warehouse at " + warehouse + " (no such file): check --warehouse, or load a drop there first");
        }
        var file = users.file();
        if (!file.exists()) {
            throw new WarehouseException("no users file at " + file.file() + ": add one with fundtrace users add NAME --role ROLE");
        }
        if (file.read().values().stream().noneMatch(account -> account.enabled())) {
            throw new WarehouseException("the users file " + file.file() + " has no enabled user: fundtrace users add NAME --role ROLE");
        }
        String address = host != null ? host : tlsKeystore != null ? "0.0.0.0" : "127.0.0.1";
        if (tlsKeystore == null && !InetAddress.getByName(address).isLoopbackAddress()) {
            throw new WarehouseException("--host " + address + " without --tls-keystore would send passwords in clear over the network;"
                    + " make a keystore (README: fundtrace serve) or listen on 127.0.0.1");
        }
        char[] password = null;
        if (tlsKeystore != null) {
            if (!Files.isRegularFile(tlsKeystore)) {
                throw new WarehouseException("no keystore at " + tlsKeystore);
            }
            password = keystorePassword();
        }
        SnapshotFolder.of(warehouse).create();
        return new ServerSettings(address, port, warehouse, file, archive, statementTimeout, maxRows, maxStatements, tlsKeystore, password,
                Duration.ofSeconds(2));
    }

    private char[] keystorePassword() {
        if (tlsPasswordFile == null) {
            throw new WarehouseException("--tls-keystore needs --tls-keystore-password-file FILE (never a password on the command line)");
        }
        try {
            if (Files.getFileStore(tlsPasswordFile).supportsFileAttributeView("posix")) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(tlsPasswordFile);
                if (permissions.stream().anyMatch(permission -> permission.name().startsWith("GROUP") || permission.name().startsWith("OTHERS"))) {
                    throw new WarehouseException("the keystore password file " + tlsPasswordFile + " may be read by others: chmod 600 "
                            + tlsPasswordFile);
                }
            }
            String line = Files.readAllLines(tlsPasswordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            return line.toCharArray();
        } catch (IOException e) {
            throw new WarehouseException("cannot read the keystore password file " + tlsPasswordFile + ": " + e.getMessage(), e);
        }
    }
}
