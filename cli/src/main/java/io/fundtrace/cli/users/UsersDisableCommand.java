package io.fundtrace.cli.users;

import io.fundtrace.warehouse.WarehouseException;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `fundtrace users disable NAME`: the user can no longer sign in; a running server refuses their next request. */
@Command(name = "disable", mixinStandardHelpOptions = true,
        description = "Disable a user: a running server refuses their next request (connections already open included).")
public final class UsersDisableCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "The user's name.")
    String name;

    @CommandLine.Mixin
    UsersFileOption users;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        UsersFile file = users.file();
        Map<String, UserAccount> accounts = file.read();
        UserAccount account = accounts.get(name);
        if (account == null) {
            throw new WarehouseException("no user " + name + " in " + file.file());
        }
        accounts.put(name, account.disabled());
        file.write(new ArrayList<>(accounts.values()));
        spec.commandLine().getOut().println("user " + name + " disabled in " + file.file());
        return 0;
    }
}
