package io.fundtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fundtrace.warehouse.gate.Role;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Every command that reads the warehouse for a person takes --role, with one default (Role.DEFAULT) for all. */
final class RoleOptionTest {
    /**
     * The commands that only write the warehouse (and print counts of what they wrote); the cycle's archive
     * is written as leader, the department's own record of what it sent.
     */
    private static final Set<String> WRITERS = Set.of("ingest", "build", "cycle");
    /** The commands whose reader signs in: the role is the user's, from the users file, never an option. */
    private static final Set<String> SIGNED_IN = Set.of("serve");
    /** users add --role gives a user of serve their role; it reads no warehouse. */
    private static final Set<String> GIVES_A_ROLE = Set.of("users add");

    @Test
    void everyReaderTakesTheSameRoleOption() {
        CommandLine root = Fundtrace.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        Map<String, String> defaults = new TreeMap<>();
        List<String> readersWithoutRole = new ArrayList<>();
        collect(root, "", defaults, readersWithoutRole);
        assertEquals(List.of(), readersWithoutRole, "commands that read the warehouse without --role");
        Map<String, String> expected = new TreeMap<>();
        for (String command : List.of("batches", "demo", "feedback", "ledger", "metrics", "notebook run", "notices", "quarantine", "report",
                "sql", "warnings")) {
            expected.put(command, Role.DEFAULT);
        }
        assertEquals(expected, defaults);
        assertEquals("leader", Role.DEFAULT);
    }

    private static void collect(CommandLine command, String prefix, Map<String, String> defaults, List<String> readersWithoutRole) {
        for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
            String name = (prefix + " " + sub.getKey()).strip();
            if (!sub.getKey().equals(sub.getValue().getCommandName())) {
                continue; // an alias
            }
            OptionSpec role = sub.getValue().getCommandSpec().findOption("--role");
            boolean readsWarehouse = sub.getValue().getCommandSpec().findOption("--warehouse") != null && !WRITERS.contains(name)
                    && !SIGNED_IN.contains(name);
            if (role != null && !GIVES_A_ROLE.contains(name)) {
                defaults.put(name, role.defaultValue());
            } else if (readsWarehouse) {
                readersWithoutRole.add(name);
            }
            collect(sub.getValue(), name, defaults, readersWithoutRole);
        }
    }
}
