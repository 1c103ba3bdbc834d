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
    /** The commands that only write the warehouse (and print counts of what they wrote). */
    private static final Set<String> WRITERS = Set.of("ingest", "build");

    @Test
    void everyReaderTakesTheSameRoleOption() {
        CommandLine root = Fundtrace.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        Map<String, String> defaults = new TreeMap<>();
        List<String> readersWithoutRole = new ArrayList<>();
        collect(root, "", defaults, readersWithoutRole);
        assertEquals(List.of(), readersWithoutRole, "commands that read the warehouse without --role");
        Map<String, String> expected = new TreeMap<>();
        for (String command : List.of("batches", "demo", "ledger", "metrics", "notebook run", "notices", "quarantine", "report",
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
            boolean readsWarehouse = sub.getValue().getCommandSpec().findOption("--warehouse") != null && !WRITERS.contains(name);
            if (role != null) {
                defaults.put(name, role.defaultValue());
            } else if (readsWarehouse) {
                readersWithoutRole.add(name);
            }
            collect(sub.getValue(), name, defaults, readersWithoutRole);
        }
    }
}
