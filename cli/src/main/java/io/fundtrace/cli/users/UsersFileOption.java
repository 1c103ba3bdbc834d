package io.fundtrace.cli.users;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --users FILE of the users commands and of serve. */
public final class UsersFileOption {
    @Option(names = "--users", paramLabel = "FILE",
            description = "The users file (default: $" + UsersFile.ENVIRONMENT_VARIABLE + ", else ~/.config/fundtrace/users).")
    Path path;

    public UsersFile file() {
        return UsersFile.at(path);
    }
}
