package io.fundtrace.cli.users;

import io.fundtrace.warehouse.WarehouseException;
import io.fundtrace.warehouse.gate.Role;
import java.util.regex.Pattern;

/** One user of fundtrace serve: a name, the role the server gives every statement of theirs, whether they may sign in, their password hash. */
public record UserAccount(String name, Role role, boolean enabled, PasswordHash password) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

    public UserAccount {
        requireName(name);
    }

    /** Letters, digits and . _ @ -, at most 64, starting with a letter or digit: safe in a file, a log line and a BASIC header. */
    public static String requireName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new WarehouseException("a user name is 1 to 64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit: "
                    + name);
        }
        return name;
    }

    public UserAccount disabled() {
        return new UserAccount(name, role, false, password);
    }
}
