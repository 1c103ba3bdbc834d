package io.fundtrace.cli.users;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** `fundtrace users`: the users of fundtrace serve and their roles. */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"The users of fundtrace serve: each signs in with a name and password and reads as the role given here",
                "(never the one a client asks for). Passwords are kept as salted PBKDF2-HMAC-SHA256 hashes in a file only its",
                "owner may read; a running server sees a change at the next sign-in."},
        subcommands = {UsersAddCommand.class, UsersListCommand.class, UsersDisableCommand.class})
public final class UsersCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
