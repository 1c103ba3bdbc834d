package io.fundtrace.cli.users;

import io.fundtrace.warehouse.OutputFormat;
import io.fundtrace.warehouse.ResultTable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `fundtrace users list`: name, role and status of every user; never a hash. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the users: name, role, status.")
public final class UsersListCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @CommandLine.Mixin
    UsersFileOption users;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<List<String>> rows = new ArrayList<>();
        for (UserAccount user : users.file().read().values()) {
            rows.add(List.of(user.name(), user.role().toString(), user.enabled() ? "enabled" : "disabled"));
        }
        format.write(ResultTable.ofText(List.of("name", "role", "status"), rows), spec.commandLine().getOut());
        return 0;
    }
}
