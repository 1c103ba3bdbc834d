package io.fundtrace.cli.users;

import io.fundtrace.warehouse.WarehouseException;
import io.fundtrace.warehouse.gate.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `fundtrace users add NAME --role ROLE`: a new user, the password typed at the terminal or given on standard input. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Add a user with a role. The password is typed twice at the terminal, or read from the first line of",
                "standard input when there is none (printf '%s\\n' \"$PASSWORD\" | fundtrace users add ...); at least "
                        + PasswordInput.MINIMUM_LENGTH + " characters."})
public final class UsersAddCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "The user's name: letters, digits, '.', '_', '@', '-'.")
    String name;

    @Option(names = "--role", required = true, paramLabel = "ROLE",
            description = "leader, pfo, department:<处室>, region:<code>, evaluator or analyst (rules.md, Access).")
    String role;

    @Option(names = "--replace", description = "Replace an existing user's role and password (and enable it).")
    boolean replace;

    @CommandLine.Mixin
    UsersFileOption users;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        UserAccount.requireName(name);
        Role parsed = Role.parse(role);
        if (parsed.toString().chars().anyMatch(Character::isISOControl)) {
            throw new WarehouseException("a role has no control characters: " + role);
        }
        UsersFile file = users.file();
        Map<String, UserAccount> accounts = file.read();
        if (accounts.containsKey(name) && !replace) {
            throw new WarehouseException("user " + name + " exists in " + file.file() + "; --replace gives it a new role and password");
        }
        char[] password = PasswordInput.read(name);
        try {
            accounts.put(name, new UserAccount(name, parsed, true, PasswordHash.of(password)));
        } finally {
            Arrays.fill(password, '\0');
        }
        List<UserAccount> all = new ArrayList<>(accounts.values());
        file.write(all);
        spec.commandLine().getOut().println("user " + name + " " + (replace ? "set" : "added") + " with role " + parsed + " in " + file.file());
        return 0;
    }
}
