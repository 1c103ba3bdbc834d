package io.fundtrace.cli.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.cli.Fundtrace;
import io.fundtrace.warehouse.WarehouseException;
import io.fundtrace.warehouse.gate.Role;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** users add, list and disable on a real file: hashes that are salted and slow, a file only its owner reads, names and roles checked. */
final class UsersCommandsTest {
    @TempDir
    Path folder;

    private String[] run(String standardInput, String... arguments) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(standardInput.getBytes(StandardCharsets.UTF_8)));
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Fundtrace.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), arguments).execute(arguments);
            return new String[] {Integer.toString(code), out.toString(), err.toString()};
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void addsListsAndDisablesUsersInAFileOnlyItsOwnerReads() throws Exception {
        Path file = folder.resolve("conf/users");
        String[] added = run("a long county password\n", "users", "add", "ayse", "--role", "region:653121", "--users", file.toString());
        assertEquals("0", added[0], added[2]);
        run("the leader's own passphrase\n", "users", "add", "li.wei", "--role", "leader", "--users", file.toString());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        String text = Files.readString(file);
        assertFalse(text.contains("a long county password"), "no password in the file");
        Map<String, UserAccount> users = new UsersFile(file).read();
        assertEquals(Role.parse("region:653121"), users.get("ayse").role());
        PasswordHash hash = users.get("ayse").password();
        assertTrue(hash.iterations() >= 210_000 && hash.salt().length >= 16, hash.toString());
        assertTrue(hash.matches("a long county password".toCharArray()));
        assertFalse(hash.matches("a long county passwore".toCharArray()));
        assertTrue(text.contains("pbkdf2-sha256$210000$"), text);

        String[] listed = run("", "users", "list", "--users", file.toString(), "--format", "csv");
        assertEquals(List.of("\uFEFFname,role,status", "ayse,region:653121,enabled", "li.wei,leader,enabled"), listed[1].lines().toList());
        assertFalse(listed[1].contains("pbkdf2"), "never a hash on screen");

        assertEquals("0", run("", "users", "disable", "ayse", "--users", file.toString())[0]);
        assertFalse(new UsersFile(file).read().get("ayse").enabled());
        assertTrue(new UsersFile(file).read().get("li.wei").enabled());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), "still its owner's after a rewrite");
    }

    @Test
    void theSamePasswordGetsAnotherSaltAndHash() {
        PasswordHash first = PasswordHash.of("the same password".toCharArray());
        PasswordHash second = PasswordHash.of("the same password".toCharArray());
        assertNotEquals(first.text(), second.text());
        assertEquals(first, PasswordHash.parse(first.text()));
        assertThrows(WarehouseException.class, () -> new PasswordHash(1000, first.salt(), first.hash()), "too few iterations");
        assertThrows(WarehouseException.class, () -> PasswordHash.parse("md5$abc"));
    }

    @Test
    void refusesWeakPasswordsBadNamesUnknownRolesAndAUserTwice() {
        String users = folder.resolve("users").toString();
        assertTrue(run("short\n", "users", "add", "ayse", "--role", "analyst", "--users", users)[2].contains("at least 12 characters"));
        assertTrue(run("ayse's password 123\n", "users", "add", "ayse", "--role", "analyst", "--users", users)[2]
                .contains("must not contain the user's name"));
        assertTrue(run("a good long password\n", "users", "add", "bad name", "--role", "analyst", "--users", users)[2].contains("user name"));
        assertTrue(run("a good long password\n", "users", "add", "ayse", "--role", "admin", "--users", users)[2].contains("unknown role"));
        assertFalse(Files.exists(Path.of(users)), "nothing written by a refusal");
        assertEquals("0", run("a good long password\n", "users", "add", "ayse", "--role", "analyst", "--users", users)[0]);
        String[] again = run("another long password\n", "users", "add", "ayse", "--role", "leader", "--users", users);
        assertEquals("1", again[0]);
        assertTrue(again[2].contains("exists") && again[2].contains("--replace"), again[2]);
        assertEquals("0", run("another long password\n", "users", "add", "ayse", "--role", "leader", "--replace", "--users", users)[0]);
        assertEquals(Role.LEADER, new UsersFile(Path.of(users)).read().get("ayse").role());
        assertTrue(run("", "users", "disable", "nobody", "--users", users)[2].contains("no user nobody"));
    }

    @Test
    void aFileOthersMayReadIsRefused() throws Exception {
        Path file = folder.resolve("users");
        run("a good long password\n", "users", "add", "ayse", "--role", "analyst", "--users", file.toString());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        String[] listed = run("", "users", "list", "--users", file.toString());
        assertEquals("1", listed[0]);
        assertTrue(listed[2].contains("may be read or written by others (rw-r--r--)") && listed[2].contains("chmod 600"), listed[2]);
    }
}
