package io.fundtrace.cli.engine;

import io.fundtrace.reports.Role;
import picocli.CommandLine.Option;

/** --role ROLE of the report commands: who reads the output (rules.md, Access). */
public final class ReaderRoleOption {
    @Option(names = "--role", defaultValue = "leader",
            description = "leader, pfo, department:<处室>, region:<code>, evaluator or analyst (default: ${DEFAULT-VALUE}).")
    String role;

    public Role parse() {
        return Role.parse(role);
    }
}
