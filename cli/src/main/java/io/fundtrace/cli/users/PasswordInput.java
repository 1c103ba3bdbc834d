package io.fundtrace.cli.users;

import io.fundtrace.warehouse.WarehouseException;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * A new password, never from the command line (where ps and the shell's history would show it): typed
 * twice at the terminal without echo, or, without a terminal (a script), the first line of standard
 * input. At least {@value #MINIMUM_LENGTH} characters, and not the user's name.
 */
final class PasswordInput {
    static final int MINIMUM_LENGTH = 12;

    private PasswordInput() {
    }

    static char[] read(String user) {
        Console console = System.console();
        char[] password;
        if (console != null) {
            password = console.readPassword("Password for %s: ", user);
            char[] again = console.readPassword("The same again: ");
            boolean same = password != null && Arrays.equals(password, again);
            if (again != null) {
                Arrays.fill(again, '\0');
            }
            if (!same) {
                throw new WarehouseException("the two passwords differ; nothing changed");
            }
        } else {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                password = line == null ? new char[0] : line.toCharArray();
            } catch (IOException e) {
                throw new WarehouseException("cannot read the password from standard input: " + e.getMessage(), e);
            }
        }
        if (password == null || password.length < MINIMUM_LENGTH) {
            throw new WarehouseException("a password needs at least " + MINIMUM_LENGTH + " characters; nothing changed");
        }
        if (new String(password).toLowerCase(Locale.ROOT).contains(user.toLowerCase(Locale.ROOT))) {
            throw new WarehouseException("a password must not contain the user's name; nothing changed");
        }
        return password;
    }
}
