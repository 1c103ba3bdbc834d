package io.fundtrace.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.cli.Fundtrace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What serve refuses before it listens: no users, a users file others may read, passwords in clear over the network, a keystore password on show. */
final class ServeCommandTest {
    @TempDir
    Path folder;
    Path warehouse;
    Path users;

    @BeforeEach
    void warehouseAndUsers() {
        warehouse = ServeFixture.warehouse(folder);
        users = folder.resolve("users");
        ServeFixture.users(users, Map.of("li", "leader"));
    }

    private String refusal(String... options) {
        List<String> arguments = new ArrayList<>(List.of("serve", "--port", "0"));
        arguments.addAll(List.of(options));
        if (!arguments.contains("--warehouse")) {
            arguments.addAll(List.of("--warehouse", warehouse.toString()));
        }
        StringWriter err = new StringWriter();
        String[] all = arguments.toArray(String[]::new);
        int code = Fundtrace.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), all).execute(all);
        assertEquals(1, code, err.toString());
        return err.toString();
    }

    @Test
    void refusesWhatWouldExposeItsUsers() throws Exception {
        assertTrue(refusal("--users", folder.resolve("none").toString()).contains("no users file at"));
        assertTrue(refusal("--users", users.toString(), "--host", "0.0.0.0").contains("without --tls-keystore would send passwords in clear"));
        Files.setPosixFilePermissions(users, PosixFilePermissions.fromString("rw-rw----"));
        assertTrue(refusal("--users", users.toString()).contains("may be read or written by others (rw-rw----)"));
        Files.setPosixFilePermissions(users, PosixFilePermissions.fromString("rw-------"));
        ServeFixture.users(users, Map.of("li", "-leader"));
        assertTrue(refusal("--users", users.toString()).contains("has no enabled user"));
        ServeFixture.users(users, Map.of("li", "leader"));
        Path keystore = Files.writeString(folder.resolve("k.p12"), "not checked before the password");
        assertTrue(refusal("--users", users.toString(), "--tls-keystore", keystore.toString()).contains("--tls-keystore-password-file"));
        Path password = Files.writeString(folder.resolve("pw"), "secret\n");
        Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-r--r--"));
        assertTrue(refusal("--users", users.toString(), "--tls-keystore", keystore.toString(), "--tls-keystore-password-file", password.toString())
                .contains("may be read by others"));
        assertTrue(refusal("--users", users.toString(), "--warehouse", folder.resolve("nowhere.duckdb").toString()).contains("no warehouse at"));
    }

    @Test
    void listensOnLoopbackWithoutTlsAndEverywhereWithIt() throws Exception {
        ServeCommand plain = new ServeCommand();
        new CommandLine(plain).parseArgs("--warehouse", warehouse.toString(), "--users", users.toString());
        ServerSettings settings = plain.settings();
        assertEquals("127.0.0.1", settings.host());
        assertEquals(8765, settings.port());
        assertEquals(60, settings.statementTimeoutSeconds());
        assertTrue(Files.isDirectory(warehouse.resolveSibling("warehouse.duckdb.snapshots")), "builds publish for the server from now on");
        Path password = Files.writeString(folder.resolve("pw"), "secret\n");
        Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
        ServeCommand tls = new ServeCommand();
        new CommandLine(tls).parseArgs("--warehouse", warehouse.toString(), "--users", users.toString(), "--tls-keystore",
                Files.writeString(folder.resolve("k.p12"), "k").toString(), "--tls-keystore-password-file", password.toString());
        assertEquals("0.0.0.0", tls.settings().host());
        assertEquals("secret", new String(tls.settings().tlsKeystorePassword()));
    }
}
