package io.fundtrace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs fundtrace commands one after another in this process, as a user would type them, so a Spark
 * cluster's driver starts once for all of them (StandaloneClusterTest). Arguments: a folder and a file
 * of commands, one per line, arguments separated by tabs; command N writes its output to N.out and its
 * errors to N.err in the folder. Exits with the first failing command's exit code.
 */
public final class CommandsInOneProcess {
    private CommandsInOneProcess() {
    }

    public static void main(String[] arguments) throws IOException {
        Path folder = Path.of(arguments[0]);
        List<String> commands = Files.readAllLines(Path.of(arguments[1]), StandardCharsets.UTF_8);
        for (int number = 0; number < commands.size(); number++) {
            String[] command = commands.get(number).split("\t");
            int exit;
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(folder.resolve(number + ".out"), StandardCharsets.UTF_8), true);
                 PrintWriter err = new PrintWriter(Files.newBufferedWriter(folder.resolve(number + ".err"), StandardCharsets.UTF_8), true)) {
                long started = System.nanoTime();
                exit = Fundtrace.commandLine(out, err, command).execute(command);
                System.out.printf("%s: exit %d in %.1f s%n", String.join(" ", command), exit, (System.nanoTime() - started) / 1e9);
            }
            if (exit != 0) {
                System.exit(exit);
            }
        }
        System.exit(0);
    }
}
