package io.fundtrace.cli.engine;

import io.fundtrace.warehouse.gate.Role;
import picocli.CommandLine.Option;

/**
 * --role ROLE of every command that reads the warehouse: whose view of it the output shows (rules.md,
 * Access; warehouse/gate/policy.csv). One default for all of them, Role.DEFAULT, which says why.
 */
public final class ReaderRoleOption {
    @Option(names = "--role", defaultValue = Role.DEFAULT, paramLabel = "ROLE",
            description = "leader, pfo, department:<处室>, region:<code>, evaluator or analyst: whose view of the warehouse"
                    + " (rules.md, Access; default: ${DEFAULT-VALUE}).")
    String role;

    public Role parse() {
        return Role.parse(role);
    }
}
